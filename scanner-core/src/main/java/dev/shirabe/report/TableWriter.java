package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Aligned columns for a person reading a terminal: type, confidence, masked value, place.
 * Rows stream as parts finish (no buffering of the whole scan); the place comes last because
 * its length varies. Always masked: a table is for eyes, and eyes do not need raw values.
 */
final class TableWriter implements FindingWriter {

  private static final int VALUE_WIDTH = 28;
  /** A category's label is cut to this, so that a flag's " !" still fits the column. */
  private static final int CATEGORY_WIDTH = 18;
  /** What the category column shows for data held with no stated purpose. */
  static final String NO_PURPOSE = "-";

  private final Map<String, Long> byCategory = new TreeMap<>();
  private final Map<String, Long> byFlag = new TreeMap<>();

  /**
   * A table is read by a person: past this many problems of one kind it says how many more
   * there were instead of listing them (the json and jsonl formats list every one).
   */
  static final int MAX_LISTED = 1000;

  private final Map<Problem.Status, Problems> problems = new EnumMap<>(Problem.Status.class);

  private final PrintWriter out;
  private final Policy labels;
  private boolean headerWritten;

  TableWriter(OutputStream stream, Policy labels) {
    this.labels = labels;
    this.out =
        new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    for (Problem.Status status : Problem.Status.values()) {
      problems.put(status, new Problems());
    }
  }

  @Override
  public void write(FindingRecord record) {
    if (!headerWritten) {
      out.println(pad("TYPE", 14) + pad("CONF", 6) + pad("VALUE", VALUE_WIDTH) + "  "
          + pad("CATEGORY", CATEGORY_WIDTH) + "WHERE");
      headerWritten = true;
    }
    String type = record.finding().type().name()
        + (record.finding().subtype() == null ? "" : "/" + record.finding().subtype());
    String where = place(record.file(), record.part());
    // By its label, as the policy names it: the machine formats carry the id.
    String category = record.category() == null ? NO_PURPOSE
        : PolicyLabels.category(labels, record.category());
    List<String> flags = record.classification().flags();
    if (record.finding().isPersonal()) { // the summary counts personal data: no role mailbox
      byCategory.merge(record.category() == null ? "no stated purpose" : category, 1L, Long::sum);
      for (String flag : flags) {
        byFlag.merge(flag, 1L, Long::sum);
      }
    }
    // A flag shows as "!" after the category; the summary names them.
    out.println(
        pad(type, 14)
            + pad(String.format(Locale.ROOT, "%.2f", record.finding().confidence()), 6)
            + pad(SafeText.escape(record.masked()), VALUE_WIDTH)
            + "  "
            + pad(TerminalText.cut(category, CATEGORY_WIDTH - 3) + (flags.isEmpty() ? "" : " !"),
                CATEGORY_WIDTH)
            + where);
  }

  @Override
  public void problem(Problem problem) {
    problems.get(problem.status()).add(problem);
  }

  @Override
  public void finish(ScanSummary summary) {
    if (headerWritten) {
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

  /** {@code file ▸ part} as shown: names of files and members escaped ({@link SafeText}). */
  private static String place(String file, String part) {
    String shown = SafeText.escape(file);
    return part.isEmpty() ? shown : shown + Part.SEPARATOR + SafeText.escape(part);
  }

  /** One line per problem of this status, then how many were not listed. */
  private void list(Problem.Status status) {
    Problems of = problems.get(status);
    for (Problem p : of.listed) {
      out.println("  " + place(p.file(), p.part()) + ": " + SafeText.escape(p.reason()));
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

  /**
   * Pads text as shown (escaped) to a display width, counting East Asian wide chars as two
   * columns.
   */
  static String pad(String s, int width) {
    return TerminalText.pad(s, width);
  }

  @Override
  public void close() {
    out.close();
  }
}
