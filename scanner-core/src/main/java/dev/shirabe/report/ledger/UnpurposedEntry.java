package dev.shirabe.report.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file or part that holds personal data with no stated purpose. Immutable; counts only.
 *
 * @param file the file on disk
 * @param part where inside it (empty for the file itself)
 * @param types findings with no stated purpose per type, in {@code FindingType} order
 * @param findings those findings
 * @param people distinct people among them (the rule of {@link Tally})
 * @param flags findings per flag
 * @param kinds kinds of data the policy does not name that they were recognised as
 * @param lastSeen when a scan last read the file
 * @param minors distinct people among them who are minors on the report's day
 */
public record UnpurposedEntry(
    String file,
    String part,
    Map<String, Long> types,
    long findings,
    long people,
    Map<String, Long> flags,
    List<Label> kinds,
    Instant lastSeen,
    long minors) {

  public UnpurposedEntry {
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    kinds = List.copyOf(kinds);
  }

  /** An entry with no minor in it. */
  public UnpurposedEntry(String file, String part, Map<String, Long> types, long findings,
      long people, Map<String, Long> flags, List<Label> kinds, Instant lastSeen) {
    this(file, part, types, findings, people, flags, kinds, lastSeen, 0);
  }
}
