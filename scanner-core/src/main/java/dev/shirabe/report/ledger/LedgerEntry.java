package dev.shirabe.report.ledger;

import dev.shirabe.classify.Purpose;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the personal-information ledger (個人情報管理台帳): what one location holds under
 * one category. Immutable; counts only, no value.
 *
 * @param location the folder, or the archive or mail file for what lies inside it
 * @param category the data-subject category, or null: held with no stated purpose
 * @param purposes the category's purposes the findings are held under, in the policy's order
 * @param types findings per type, in {@code FindingType} order
 * @param findings the findings
 * @param people distinct people (the rule of {@link Tally})
 * @param files files holding them
 * @param parts parts holding them
 * @param firstSeen the earliest time a file of this row entered the inventory (kept while the
 *     file stays there, changed or not)
 * @param lastSeen the latest time a scan read a file of this row
 * @param flags findings per flag
 * @param kinds kinds of data the policy does not name, found here (only with no category)
 * @param minors distinct people among them who are minors on the report's day (flag {@code
 *     minor}: younger than the policy's minor age)
 * @param retention the retention period the policy states for the category ({@code P5Y},
 *     with the words it runs from), or empty when it states none
 * @param handling the joint uses, contractors, provisions, sources and departments of its
 *     findings, by kind in {@code Handling.KINDS} order, then in the policy's order
 */
public record LedgerEntry(
    String location,
    Label category,
    List<Purpose> purposes,
    Map<String, Long> types,
    long findings,
    long people,
    long files,
    long parts,
    Instant firstSeen,
    Instant lastSeen,
    Map<String, Long> flags,
    List<Label> kinds,
    long minors,
    String retention,
    List<HandlingUse> handling) {

  public LedgerEntry {
    purposes = List.copyOf(purposes);
    retention = retention == null ? "" : retention;
    handling = List.copyOf(handling);
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    kinds = List.copyOf(kinds);
  }

  /** A row with no minor in it. */
  public LedgerEntry(String location, Label category, List<Purpose> purposes,
      Map<String, Long> types, long findings, long people, long files, long parts,
      Instant firstSeen, Instant lastSeen, Map<String, Long> flags, List<Label> kinds) {
    this(location, category, purposes, types, findings, people, files, parts, firstSeen,
        lastSeen, flags, kinds, 0);
  }

  /** A row with no retention period or handling stated. */
  public LedgerEntry(String location, Label category, List<Purpose> purposes,
      Map<String, Long> types, long findings, long people, long files, long parts,
      Instant firstSeen, Instant lastSeen, Map<String, Long> flags, List<Label> kinds,
      long minors) {
    this(location, category, purposes, types, findings, people, files, parts, firstSeen,
        lastSeen, flags, kinds, minors, "", List.of());
  }

  /** The handling of one kind ({@code Handling.KINDS}). */
  public List<HandlingUse> handling(String kind) {
    return handling.stream().filter(h -> h.kind().equals(kind)).toList();
  }

  public boolean hasPurpose() {
    return category != null;
  }
}
