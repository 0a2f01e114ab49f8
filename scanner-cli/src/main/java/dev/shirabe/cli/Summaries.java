package dev.shirabe.cli;

import dev.shirabe.pipeline.ScanSummary;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Short summaries for standard error. */
final class Summaries {

  private Summaries() {}

  static String oneLine(ScanSummary s) {
    String byType =
        s.findingsByType().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().name() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "shirabe: %d files, %d parts, %d findings%s, %d files failed, %d problems (%.1f s)",
        s.files(),
        s.parts(),
        s.findings(),
        byType.isEmpty() ? "" : " (" + byType + ")",
        s.failedFiles(),
        s.problems(),
        s.elapsedNanos() / 1e9);
  }
}
