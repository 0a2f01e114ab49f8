package dev.shirabe.evaluation;

/**
 * The counts and scores of one type (or, in {@link EvaluationReport#overall()}, of all counted
 * types together: micro-averaged).
 *
 * @param type a type name, or {@code "ALL"} for the overall row
 */
public record PerType(String type, int truePositives, int falsePositives, int falseNegatives) {

  /** Gold spans of the type. */
  public int gold() {
    return truePositives + falseNegatives;
  }

  /** Predictions of the type. */
  public int predicted() {
    return truePositives + falsePositives;
  }

  /** Share of predictions that matched a gold span; 0 when nothing was predicted. */
  public double precision() {
    return ratio(truePositives, predicted());
  }

  /** Share of gold spans that a prediction matched; 0 when there is no gold span. */
  public double recall() {
    return ratio(truePositives, gold());
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  PerType plus(PerType other) {
    return new PerType(
        type,
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
