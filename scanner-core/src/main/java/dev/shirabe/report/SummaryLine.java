package dev.shirabe.report;

import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.ScanSummary;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A scan's summary in one line for standard error: what {@code shirabe scan} prints after a
 * machine format, and what the Spark job prints after every run, so that the two read alike.
 */
public final class SummaryLine {

  private SummaryLine() {}

  /** "shirabe: 12 files, 14 parts, 30 findings (EMAIL 10, ...), ...; 3 new, ... (1.2 s)". */
  public static String of(ScanSummary s) {
    String byType =
        s.findingsByType().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().name() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "shirabe: %d files, %d parts, %d findings%s%s, %d files failed, %d problems, %d skipped%s"
            + " (%.1f s)",
        s.files(),
        s.parts(),
        s.findings(),
        byType.isEmpty() ? "" : " (" + byType + ")",
        s.roleMailboxes() == 0 ? "" : " and " + s.roleMailboxes() + " role mailboxes",
        s.failedFiles(),
        s.problems(),
        s.skipped(),
        s.changes() == null ? "" : "; " + changes(s.changes()),
        s.elapsedNanos() / 1e9);
  }

  /** "3 new, 1 changed, 120 unchanged, 2 removed": the same words as the table's summary. */
  public static String changes(ChangeCounts c) {
    return String.format(Locale.ROOT, "%d new, %d changed, %d unchanged, %d removed%s",
        c.added(), c.changed(), c.unchanged(), c.removed(), ChangeTexts.reread(c));
  }
}
