package dev.shirabe.report.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report counts over all its rows. Immutable.
 *
 * @param locations distinct locations (folders, or archives for what lies inside them)
 * @param files files holding the findings counted
 * @param parts parts (the file itself, a mail, an attachment, a member) holding them
 * @param findings the findings
 * @param people distinct people among them (the rule of {@link Tally})
 * @param flagged findings that carry a flag
 * @param types findings per type, in {@code FindingType} order
 * @param flags findings per flag
 * @param minors distinct people who are minors on the report's day
 */
public record Totals(long locations, long files, long parts, long findings, long people,
    long flagged, Map<String, Long> types, Map<String, Long> flags, long minors) {

  public Totals {
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
  }

  /** Totals with no minor in them. */
  public Totals(long locations, long files, long parts, long findings, long people,
      long flagged, Map<String, Long> types, Map<String, Long> flags) {
    this(locations, files, parts, findings, people, flagged, types, flags, 0);
  }
}
