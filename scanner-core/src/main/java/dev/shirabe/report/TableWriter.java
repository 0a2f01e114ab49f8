package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The scan's table for a person reading a terminal: the findings' rows (the shared table rows
 * from the scan's layout, {@link FindingRows}: type, confidence, masked value, category, place)
 * stream as parts finish, with no buffering of the whole scan; then the summary, with the
 * problems met. Always masked: a table is for eyes, and eyes do not need raw values.
 */
final class TableWriter implements FindingWriter {

  private final Map<String, Long> byCategory = new TreeMap<>();
  private final Map<String, Long> byFlag = new TreeMap<>();

  /**
   * A table is read by a person: past this many problems of one kind it says how many more
   * there were instead of listing them (the json and jsonl formats list every one).
   */
  static final int MAX_LISTED = 1000;

  private final Map<Problem.Status, Problems> problems = new EnumMap<>(Problem.Status.class);

  private final Medium medium;
  private final PrintWriter out;
  private final Policy labels;
  private final RowWriter<ScanRow> rows;
  private boolean wroteRows;

  TableWriter(RowLayout<ScanRow> layout, OutputStream stream, Policy labels) {
    this.labels = labels;
    try {
      this.medium = Medium.of(RowFormat.TABLE, stream, true);
      this.rows = RowFormat.TABLE.open(layout, medium);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.out = medium.text();
    for (Problem.Status status : Problem.Status.values()) {
      problems.put(status, new Problems());
    }
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    if (record.finding().isPersonal()) { // the summary counts personal data: no role mailbox
      byCategory.merge(record.category() == null ? "no stated purpose"
          : FindingRows.category(record, labels), 1L, Long::sum);
      for (String flag : record.classification().flags()) {
        byFlag.merge(flag, 1L, Long::sum);
      }
    }
    rows.row(new ScanRow.Found(record));
    wroteRows = true;
  }

  @Override
  public void problem(Problem problem) {
    problems.get(problem.status()).add(problem);
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    rows.close();
    if (wroteRows) {
      out.println();
    }
    out.printf(
        Locale.ROOT,
        "Scanned %d files (%s), %d parts, in %.1f s%n",
        summary.files(),
        bytes(summary.bytes()),
        summary.parts(),
        summary.elapsedNanos() / 1e9);
    String byType =
        summary.findingsByType().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().name() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    out.printf(Locale.ROOT, "Findings: %d%s%n", summary.findings(),
        byType.isEmpty() ? "" : "  (" + byType + ")");
    if (summary.roleMailboxes() > 0) {
      out.printf(Locale.ROOT, "Role mailboxes (EMAIL/role, not counted as personal data): %d%n",
          summary.roleMailboxes());
    }
    if (!byCategory.isEmpty()) {
      out.printf(Locale.ROOT, "By category: %s%n", counts(byCategory));
    }
    if (!byFlag.isEmpty()) {
      out.printf(Locale.ROOT, "Flagged (!): %s%n", counts(byFlag));
    }
    if (summary.changes() != null) {
      ChangeCounts c = summary.changes();
      out.printf(Locale.ROOT,
          "Since the last scan: %d new, %d changed, %d unchanged (not read again), %d removed%s%n",
          c.added(), c.changed(), c.unchanged(), c.removed(), ChangeTexts.reread(c));
    }
    out.printf(Locale.ROOT, "Files that failed: %d%n", summary.failedFiles());
    list(Problem.Status.FAILED);
    long partial = problems.get(Problem.Status.PARTIAL).total;
    if (partial > 0) {
      out.printf(Locale.ROOT, "Read in part: %d%n", partial);
      list(Problem.Status.PARTIAL);
    }
    if (summary.skipped() > 0) {
      out.printf(Locale.ROOT, "Skipped (not scanned): %d%n", summary.skipped());
      list(Problem.Status.SKIPPED);
    }
    out.flush();
  }

  /** One line per problem of this status, then how many were not listed. */
  private void list(Problem.Status status) {
    Problems of = problems.get(status);
    for (Problem p : of.listed) {
      out.println("  " + FindingRows.place(p.file(), p.part()) + ": " + SafeText.escape(p.reason()));
    }
    if (of.total > of.listed.size()) {
      out.printf(Locale.ROOT, "  … and %d more not listed%n", of.total - of.listed.size());
    }
  }

  /** The first {@value #MAX_LISTED} problems of one status, and how many there were. */
  private static final class Problems {
    final List<Problem> listed = new ArrayList<>();
    long total;

    void add(Problem problem) {
      if (listed.size() < MAX_LISTED) {
        listed.add(problem);
      }
      total++;
    }
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    String units = "KMGT";
    double v = n;
    int u = -1;
    while (v >= 1024 && u < units.length() - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %sB", v, units.charAt(u));
  }

  @Override
  public void close() throws IOException {
    medium.close();
  }
}
