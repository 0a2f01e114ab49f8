package dev.shirabe.evaluation;

import dev.shirabe.report.SafeText;
import dev.shirabe.report.TerminalText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of an {@link Evaluation}: counts and scores per counted type and overall, and a
 * sample of the mismatches (the first {@link Evaluation#SAMPLES_PER_TYPE} false positives and
 * false negatives of each type, in file order). Immutable.
 */
public final class EvaluationReport {

  private final int files;
  private final List<PerType> perType;
  private final PerType overall;
  private final List<Mismatch> samples;

  private EvaluationReport(int files, List<PerType> perType, List<Mismatch> samples) {
    this.files = files;
    this.perType = List.copyOf(perType);
    this.overall = perType.stream().reduce(new PerType("ALL", 0, 0, 0), (a, b) -> a.plus(b));
    this.samples = List.copyOf(samples);
  }

  /** Labelled files scored. */
  public int files() {
    return files;
  }

  /** One row per counted type, in the order the types were given. */
  public List<PerType> perType() {
    return perType;
  }

  /** The row of one type, if it was counted. */
  public Optional<PerType> type(String type) {
    return perType.stream().filter(p -> p.type().equals(type)).findFirst();
  }

  /** All counted types together (micro-average: counts summed, then scored). */
  public PerType overall() {
    return overall;
  }

  /** The sampled mismatches, raw. Whoever prints them masks them unless told not to. */
  public List<Mismatch> samples() {
    return samples;
  }

  /** The scores as a fixed-width table, one line per type and a last line for all. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s%6s %6s %6s %6s %6s %9s %7s %7s%n",
            TerminalText.pad("type", 15), "gold", "found", "TP", "FP", "FN", "precision", "recall", "F1"));
    for (PerType row : perType) {
      appendRow(out, row);
    }
    appendRow(out, overall);
    return out.toString();
  }

  /**
   * The sampled mismatches, one a line: kind, type, file and span, and the text. Unless {@code
   * reveal} is set, every letter and digit of the text is masked; raw text is for gold sets
   * that are public, such as the shared corpora.
   */
  public String mismatches(boolean reveal) {
    StringBuilder out = new StringBuilder();
    for (Mismatch m : samples) {
      String text = reveal ? m.text() : mask(m.text());
      out.append(
          String.format(
              Locale.ROOT,
              "%s %s%s:%d-%d %s%n",
              m.kind() == Mismatch.Kind.FALSE_POSITIVE ? "FP" : "FN",
              TerminalText.pad(String.valueOf(m.type()), 13),
              SafeText.escape(m.file()),
              m.start(),
              m.end(),
              SafeText.escape(text)));
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, PerType row) {
    out.append(
        String.format(
            Locale.ROOT,
            "%s%6d %6d %6d %6d %6d %9.3f %7.3f %7.3f%n",
            TerminalText.pad(String.valueOf(row.type()), 15),
            row.gold(),
            row.predicted(),
            row.truePositives(),
            row.falsePositives(),
            row.falseNegatives(),
            row.precision(),
            row.recall(),
            row.f1()));
  }

  /** Letters and digits become '*'; punctuation and spaces stay, so the shape shows. */
  private static String mask(String text) {
    StringBuilder masked = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> masked.appendCodePoint(Character.isLetterOrDigit(cp) ? '*' : cp));
    return masked.toString();
  }

  /** Collects counts while an evaluation runs. */
  static final class Builder {

    /** Per type: true positives, then false positives and false negatives by Mismatch.Kind. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /** Per type and Mismatch.Kind: how many mismatches were seen, to cap the samples. */
    private final Map<String, int[]> sampled = new LinkedHashMap<>();
    private final int samplesPerType;
    private final List<Mismatch> samples = new ArrayList<>();
    private int files;

    Builder(Set<String> types, int samplesPerType) {
      for (String type : types) {
        counts.put(type, new int[3]);
        sampled.put(type, new int[2]);
      }
      this.samplesPerType = samplesPerType;
    }

    void truePositive(String type) {
      counts.get(type)[0]++;
    }

    void mismatch(Mismatch mismatch) {
      int kind = mismatch.kind().ordinal();
      counts.get(mismatch.type())[1 + kind]++;
      if (sampled.get(mismatch.type())[kind]++ < samplesPerType) {
        samples.add(mismatch);
      }
    }

    void fileDone() {
      files++;
    }

    EvaluationReport build() {
      List<PerType> rows = new ArrayList<>();
      counts.forEach((type, c) -> rows.add(new PerType(type, c[0], c[1], c[2])));
      return new EvaluationReport(files, rows, samples);
    }
  }
}
