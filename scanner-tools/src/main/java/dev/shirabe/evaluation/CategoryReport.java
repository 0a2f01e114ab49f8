package dev.shirabe.evaluation;

import dev.shirabe.report.TerminalText;
import dev.shirabe.vocabulary.Part;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Category accuracy and the no-purpose report's precision and recall over labelled parts.
 * Immutable.
 */
public record CategoryReport(List<PartResult> parts) {

  /** How a part with no stated purpose is written in tables. */
  static final String NONE = "(none)";

  /**
   * One labelled part.
   *
   * @param expected the labelled category, null for no stated purpose
   * @param predicted the category most of its findings were given, null for none
   * @param findings how many findings it holds
   * @param unpurposed how many of them have no category
   * @param agreeing how many of them have the labelled category (or none, when none is labelled)
   */
  public record PartResult(String file, String part, String expected, String predicted,
      int findings, int unpurposed, int agreeing) {

    public boolean correct() {
      return Objects.equals(expected, predicted);
    }

    /** Listed by the no-purpose report: some of its personal data has no category. */
    public boolean reportedUnpurposed() {
      return unpurposed > 0;
    }
  }

  public CategoryReport {
    parts = List.copyOf(parts);
  }

  /** Only the parts that hold findings are scored: a part with none has nothing to classify. */
  private List<PartResult> scored() {
    return parts.stream().filter(p -> p.findings() > 0).toList();
  }

  /** Parts whose category (by their findings' majority) is the labelled one. */
  public double accuracy() {
    List<PartResult> s = scored();
    return s.isEmpty() ? 0 : s.stream().filter(PartResult::correct).count() / (double) s.size();
  }

  /** Findings given their part's labelled category. */
  public double findingAccuracy() {
    long all = scored().stream().mapToLong(PartResult::findings).sum();
    long right = scored().stream().mapToLong(PartResult::agreeing).sum();
    return all == 0 ? 0 : right / (double) all;
  }

  /** Of the parts the no-purpose report lists, those labelled with no stated purpose. */
  public double noPurposePrecision() {
    long listed = scored().stream().filter(PartResult::reportedUnpurposed).count();
    long right = scored().stream()
        .filter(p -> p.reportedUnpurposed() && p.expected() == null).count();
    return listed == 0 ? 1 : right / (double) listed;
  }

  /** Of the parts labelled with no stated purpose, those the no-purpose report lists. */
  public double noPurposeRecall() {
    long labelled = scored().stream().filter(p -> p.expected() == null).count();
    long found = scored().stream()
        .filter(p -> p.reportedUnpurposed() && p.expected() == null).count();
    return labelled == 0 ? 1 : found / (double) labelled;
  }

  /** The figures, then each part that was got wrong. */
  public String table() {
    StringBuilder out = new StringBuilder();
    List<PartResult> s = scored();
    long empty = parts.size() - s.size();
    out.append(String.format(Locale.ROOT,
        "parts %d (%d with no stated purpose)%s%n", s.size(),
        s.stream().filter(p -> p.expected() == null).count(),
        empty > 0 ? ", " + empty + " labelled parts without findings" : ""));
    out.append(String.format(Locale.ROOT, "category accuracy  parts %.3f  findings %.3f%n",
        accuracy(), findingAccuracy()));
    out.append(String.format(Locale.ROOT, "no stated purpose  precision %.3f  recall %.3f%n",
        noPurposePrecision(), noPurposeRecall()));
    for (PartResult p : s) {
      if (!p.correct() || p.reportedUnpurposed() != (p.expected() == null)) {
        out.append(String.format(Locale.ROOT, "  %sgot %s(%d of %d findings without"
                + " one)  %s%n",
            TerminalText.pad(name(p.expected()), 17), TerminalText.pad(name(p.predicted()), 17), p.unpurposed(), p.findings(),
            p.part().isEmpty() ? p.file() : p.file() + Part.SEPARATOR + p.part()));
      }
    }
    return out.toString();
  }

  private static String name(String category) {
    return category == null ? NONE : category;
  }
}
