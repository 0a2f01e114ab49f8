package dev.shirabe.cli;

import dev.shirabe.report.SummaryLine;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.ScanSummary;

/** Short summaries for standard error (the same line the Spark job prints: {@link SummaryLine}). */
final class Summaries {

  private Summaries() {}

  static String oneLine(ScanSummary s) {
    return SummaryLine.of(s);
  }

  /** "3 new, 1 changed, 120 unchanged, 2 removed": the same words as the table's summary. */
  static String changes(ChangeCounts c) {
    return SummaryLine.changes(c);
  }
}
