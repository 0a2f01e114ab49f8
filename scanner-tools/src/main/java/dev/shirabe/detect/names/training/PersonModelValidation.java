package dev.shirabe.detect.names.training;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.evaluation.Evaluation;
import dev.shirabe.evaluation.EvaluationReport;
import dev.shirabe.evaluation.GoldDocument;
import dev.shirabe.evaluation.GoldSet;
import dev.shirabe.evaluation.GoldSpan;
import dev.shirabe.vocabulary.Finding;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Scores the English person detector, PERSON only, on the validation fold ({@link
 * PersonModelSplit#validation}) of each corpus the model is trained on, with whichever {@code
 * en-person.bin} comes first on the class path: {@code dictionaries/train-person-model.sh
 * --validation} puts the model it trained without that fold there, so settings are chosen
 * without looking at the held-out files. With {@code -Dmismatches=true} it also lists a sample
 * of what it missed and what it found wrongly (the shared corpora are public text).
 *
 * <p>{@code java … PersonModelValidation SHARED_DIR}
 */
public final class PersonModelValidation {

  private PersonModelValidation() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    DetectorSet detectors = DetectorSet.standard();
    for (String corpus : PersonModelTrainer.CORPORA) {
      GoldSet gold = GoldSet.read(shared.resolve("corpus").resolve(corpus))
          .only(PersonModelSplit::validation);
      EvaluationReport report = Evaluation.run(gold, detectors, Set.of("PERSON"));
      System.out.println(corpus + " validation fold: " + report.files() + " files");
      System.out.print(report.table());
      if (Boolean.getBoolean("mismatches")) {
        printMismatches(gold, detectors);
      }
    }
  }

  /** Every false positive (with its confidence) and every missed name, in a little context. */
  private static void printMismatches(GoldSet gold, DetectorSet detectors) throws IOException {
    for (GoldDocument document : gold.documents()) {
      String text = gold.text(document);
      List<GoldSpan> persons = document.entities().stream()
          .filter(s -> s.type().equals("PERSON")).toList();
      List<Finding> found = detectors.detect(text).stream()
          .filter(f -> f.type().name().equals("PERSON")).toList();
      for (Finding f : found) {
        if (persons.stream().noneMatch(g -> g.start() < f.end() && f.start() < g.end())) {
          System.out.printf(Locale.ROOT, "FP %.2f %s%n", f.confidence(), around(text, f.start(), f.end()));
        }
      }
      for (GoldSpan g : persons) {
        if (found.stream().noneMatch(f -> g.start() < f.end() && f.start() < g.end())) {
          System.out.println("FN " + around(text, g.start(), g.end()));
        }
      }
    }
  }

  private static String around(String text, int start, int end) {
    return (text.substring(Math.max(0, start - 30), start) + "[" + text.substring(start, end) + "]"
        + text.substring(end, Math.min(text.length(), end + 30))).replace('\n', ' ');
  }
}
