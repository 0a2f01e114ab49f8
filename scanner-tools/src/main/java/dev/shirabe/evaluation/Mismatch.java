package dev.shirabe.evaluation;

/**
 * A prediction that matched no gold span, or a gold span that no prediction matched. Holds the
 * raw text: {@link EvaluationReport#mismatches(boolean)} masks it unless asked not to.
 *
 * @param file the file, as the gold set names it
 */
public record Mismatch(Kind kind, String file, String type, int start, int end, String text) {

  public enum Kind {
    FALSE_POSITIVE,
    FALSE_NEGATIVE
  }
}
