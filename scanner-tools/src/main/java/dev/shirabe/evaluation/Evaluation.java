package dev.shirabe.evaluation;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Scores a {@link DetectorSet} against a labelled folder ({@link GoldSet}), per type.
 *
 * <p>Matching rule, per file and type: predictions are taken in text order; each is matched to
 * the not yet matched gold span of its type that it overlaps most (sharing at least one char
 * is enough), and is then a true positive. A prediction left without one is a false positive;
 * a gold span left unmatched is a false negative. Each gold span and each prediction is
 * matched at most once, so a prediction covering two gold spans scores one of them, and two
 * predictions inside one gold span score one true and one false positive.
 *
 * <p>Only the counted types are scored: by default those that occur in the gold file, since a
 * gold set that does not label a type says nothing about predictions of it. Files the gold set
 * does not list are unlabelled and skipped.
 */
public final class Evaluation {

  /** How many false positives and how many false negatives a report keeps per type. */
  public static final int SAMPLES_PER_TYPE = 10;

  private Evaluation() {}

  /** Scores every type that the folder's gold file labels. */
  public static EvaluationReport run(Path folder, DetectorSet detectors) throws IOException {
    GoldSet gold = GoldSet.read(folder);
    return run(gold, detectors, gold.labelledTypes());
  }

  /**
   * Scores the given types only (type names, as in {@link dev.shirabe.vocabulary.FindingType}).
   * Naming a type that the gold set does not label counts every prediction of it as false.
   */
  public static EvaluationReport run(Path folder, DetectorSet detectors, Set<String> types)
      throws IOException {
    return run(GoldSet.read(folder), detectors, types);
  }

  /** Scores against a gold set already read (one kept apart from its folder, say). */
  public static EvaluationReport run(GoldSet gold, DetectorSet detectors, Set<String> types)
      throws IOException {
    EvaluationReport.Builder report = new EvaluationReport.Builder(types, SAMPLES_PER_TYPE);
    for (GoldDocument labelled : gold.documents()) {
      String text = gold.text(labelled);
      GoldDocument document = GoldPlacement.place(labelled, text);
      List<Finding> predictions = detectors.detect(text);
      for (String type : types) {
        score(document, type, predictions, report);
      }
      report.fileDone();
    }
    return report.build();
  }

  private static void score(
      GoldDocument document, String type, List<Finding> predictions, EvaluationReport.Builder report) {
    List<GoldSpan> golds =
        document.entities().stream().filter(e -> e.type().equals(type)).toList();
    boolean[] matched = new boolean[golds.size()];
    List<Finding> ofType =
        predictions.stream()
            .filter(f -> f.type().name().equals(type))
            .sorted(Comparator.comparingInt(Finding::start))
            .toList();
    for (Finding prediction : ofType) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < golds.size(); i++) {
        int overlap = overlap(prediction, golds.get(i));
        if (!matched[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        matched[best] = true;
        report.truePositive(type);
      } else {
        report.mismatch(
            new Mismatch(
                Mismatch.Kind.FALSE_POSITIVE,
                where(document),
                type,
                prediction.start(),
                prediction.end(),
                prediction.text()));
      }
    }
    for (int i = 0; i < golds.size(); i++) {
      if (!matched[i]) {
        GoldSpan g = golds.get(i);
        report.mismatch(
            new Mismatch(
                Mismatch.Kind.FALSE_NEGATIVE, where(document), type, g.start(), g.end(), g.text()));
      }
    }
  }

  private static String where(GoldDocument document) {
    return document.part().isEmpty()
        ? document.file()
        : document.file() + dev.shirabe.vocabulary.Part.SEPARATOR + document.part();
  }

  private static int overlap(Finding prediction, GoldSpan gold) {
    return Math.min(prediction.end(), gold.end()) - Math.max(prediction.start(), gold.start());
  }
}
