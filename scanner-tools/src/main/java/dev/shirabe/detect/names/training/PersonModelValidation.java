package dev.shirabe.detect.names.training;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.evaluation.Evaluation;
import dev.shirabe.evaluation.EvaluationReport;
import dev.shirabe.evaluation.GoldSet;
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
        ValidationMismatches.print(gold, detectors, 30);
      }
    }
  }
}
