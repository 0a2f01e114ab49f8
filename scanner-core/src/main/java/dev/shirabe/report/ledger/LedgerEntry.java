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
 * @param firstSeen the earliest time a scan read a file of this row (as the inventory holds it)
 * @param lastSeen the latest such time
 * @param flags findings per flag
 * @param kinds kinds of data the policy does not name, found here (only with no category)
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
    List<Label> kinds) {

  public LedgerEntry {
    purposes = List.copyOf(purposes);
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    kinds = List.copyOf(kinds);
  }

  public boolean hasPurpose() {
    return category != null;
  }
}
