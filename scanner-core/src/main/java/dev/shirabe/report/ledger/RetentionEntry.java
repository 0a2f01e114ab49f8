package dev.shirabe.report.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one location holds of one category past the retention period the policy states for it.
 * Immutable; counts and dates only, no value.
 *
 * @param location the folder, or the archive or mail file for what lies inside it
 * @param category the data-subject category
 * @param retentions the periods (ISO 8601: P5Y), as the scans found them in the policy
 * @param from where the periods ran from: a date in the record, the file's modification time
 * @param ended the earliest day a period of these findings ended: how long overdue they are
 * @param types findings per type
 * @param findings the findings past their period
 * @param people distinct people among them
 * @param files files holding them
 * @param lastSeen the latest time a scan read a file of this row
 */
public record RetentionEntry(
    String location,
    Label category,
    List<String> retentions,
    Set<RetentionReport.From> from,
    LocalDate ended,
    Map<String, Long> types,
    long findings,
    long people,
    long files,
    Instant lastSeen) {

  public RetentionEntry {
    retentions = List.copyOf(retentions);
    from = Set.copyOf(from);
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
  }
}
