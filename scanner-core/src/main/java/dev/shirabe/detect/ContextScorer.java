package dev.shirabe.detect;

import dev.shirabe.vocabulary.Finding;
import java.util.List;
import java.util.function.Function;

/**
 * The one context mechanism every finding goes through (as in Presidio's context enhancer
 * and Google DLP's hotwords): the words within a window before a finding and after it on its
 * line, and the head of its table column, raise or lower its confidence according to its
 * type's {@link ContextWords}. Detectors may also ask for the {@link Evidence} themselves, when
 * context is not a matter of degree (a date is a date of birth only near birth words).
 *
 * <p>Thread-safe and stateless.
 */
public final class ContextScorer {

  /** Chars looked at on each side: room for "生年月日（西暦）：" or "Date of birth: ". */
  public static final int DEFAULT_WINDOW = 24;

  /** A supporting word closes this share of the gap to certainty: 0.6 → 0.8. */
  static final double SUPPORT = 0.5;

  /** An opposing word, with no supporting word nearer, halves the confidence. */
  static final double OPPOSE = 0.5;

  private final int window;

  public ContextScorer(int window) {
    if (window < 0) {
      throw new IllegalArgumentException("window must not be negative");
    }
    this.window = window;
  }

  public ContextScorer() {
    this(DEFAULT_WINDOW);
  }

  public int window() {
    return window;
  }

  /**
   * What the context of a span says.
   *
   * @param support distance in chars to the nearest supporting word, or -1 when none
   * @param oppose distance to the nearest opposing word, or -1 when none
   */
  public record Evidence(int support, int oppose) {

    public boolean supported() {
      return support >= 0 && (oppose < 0 || support <= oppose);
    }

    public boolean opposed() {
      return oppose >= 0 && (support < 0 || oppose < support);
    }
  }

  /**
   * The evidence for the span [start, end) of the text, for the given words. In the body of a
   * table, a column head that holds any of the words decides alone, as a label right before
   * the value: the window there holds the neighbouring cells and, in the first rows, the ends
   * of the header row, which label other columns ("生年月日\t入社日" over a birth date).
   */
  public Evidence evidence(DetectionText text, int start, int end, ContextWords words) {
    String header = text.columnHeader(start);
    if (!header.isEmpty()) {
      boolean support = words.supporting().stream().anyMatch(header::contains);
      boolean oppose = words.opposing().stream().anyMatch(header::contains);
      if (support || oppose) {
        return new Evidence(support ? 0 : -1, oppose ? 0 : -1);
      }
    }
    ContextWindow before = ContextWindow.before(text, start, window);
    ContextWindow after = ContextWindow.afterOnLine(text, end, window);
    return new Evidence(
        nearest(before, after, words::supportingIn), nearest(before, after, words::opposingIn));
  }

  /** The distance to the nearest of the words (those that may be in each window), or -1. */
  private static int nearest(ContextWindow before, ContextWindow after,
      Function<ContextWindow, List<String>> words) {
    int b = before.distanceTo(words.apply(before));
    int a = after.distanceTo(words.apply(after));
    return b < 0 ? a : a < 0 ? b : Math.min(a, b);
  }

  /** The finding with its confidence raised or lowered by its context. */
  public Finding apply(DetectionText text, Finding finding) {
    ContextWords words = ContextWords.of(finding.type());
    if (words.supporting().isEmpty() && words.opposing().isEmpty()) {
      return finding; // nothing to weigh: spare cutting windows around every finding
    }
    Evidence evidence = evidence(text, finding.start(), finding.end(), words);
    double c = finding.confidence();
    if (evidence.supported()) {
      c = c + (1 - c) * SUPPORT;
    } else if (evidence.opposed()) {
      c = c * OPPOSE;
    } else {
      return finding;
    }
    return new Finding(finding.type(), finding.subtype(), finding.start(), finding.end(),
        finding.text(), finding.normalized(), Math.round(c * 1000) / 1000.0, finding.detector());
  }
}
