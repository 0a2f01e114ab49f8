package dev.shirabe.report.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data kept past its retention period ({@link Holdings#retention}), the longest overdue
 * first. Immutable.
 *
 * @param generated when it was made
 * @param day the day the periods were measured against (the report's, in its time zone)
 * @param entries per location and category, the earliest period end first
 * @param totals over all rows
 */
public record RetentionReport(Instant generated, LocalDate day, List<RetentionEntry> entries,
    Totals totals) {

  /** Where a retention period runs from. */
  public enum From {
    /** A date the record gives, labelled by one of the category's retention-from words. */
    RECORD("記載の日付", "Date in the record"),
    /** The file's modification time: no retention-from word, or none found in the record. */
    MODIFIED("ファイルの更新日時", "File modification time");

    private final String ja;
    private final String en;

    From(String ja, String en) {
      this.ja = ja;
      this.en = en;
    }

    /** The name the formats show: {@code record}, {@code modified}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String text() {
      return ja + " / " + en;
    }
  }

  public RetentionReport {
    entries = List.copyOf(entries);
  }
}
