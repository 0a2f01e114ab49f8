package dev.shirabe.report.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The files and parts that hold personal data with no stated purpose, the most urgent first
 * ({@link Holdings#unpurposed}). Immutable.
 *
 * @param generated when it was made
 * @param entries one per file or part
 * @param totals over the findings with no stated purpose
 * @param unreadableFiles files the inventory holds that could not be read (their data unknown)
 */
public record UnpurposedReport(Instant generated, List<UnpurposedEntry> entries, Totals totals,
    long unreadableFiles) {

  public UnpurposedReport {
    entries = List.copyOf(entries);
  }
}
