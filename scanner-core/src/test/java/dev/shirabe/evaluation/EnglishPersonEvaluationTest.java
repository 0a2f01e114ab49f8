package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.training.PersonModelSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * English PERSON quality on the shared corpora the English person model learned from, through
 * the standard detector set, as {@code shirabe eval DIR --types PERSON [--held-out]} prints it.
 * The held-out files (numbered 0 mod 5, {@link PersonModelSplit}) were never trained on: they
 * say how the model does on text it has not seen. The floors are the values measured when the
 * model was trained, less a few points.
 */
class EnglishPersonEvaluationTest {

  @Test
  void wnut17HeldOutStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.540 / 0.245 / 0.337 (P / R / F1) on 220 names. Social-media text: names in
    // lower case, user names, nicknames; most names are new to the model.
    PerType person = score("en_wnut17_person", PersonModelSplit::heldOut);
    assertAtLeast("precision", person.precision(), 0.50);
    assertAtLeast("recall", person.recall(), 0.22);
  }

  @Test
  void wnut17WholeStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.894 / 0.675 / 0.770; four files in five were trained on.
    PerType person = score("en_wnut17_person", file -> true);
    assertAtLeast("precision", person.precision(), 0.86);
    assertAtLeast("recall", person.recall(), 0.65);
  }

  @Test
  void presidioHeldOutStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.911 / 0.679 / 0.778 on 165 names. Most misses are lone given names or
    // surnames in prose and names in lower case; most wrong finds are firms named after their
    // partners ("Hawkins, Richardson and Santana"), which the gold set does not label.
    PerType person = score("en_presidio_synth", PersonModelSplit::heldOut);
    assertAtLeast("precision", person.precision(), 0.87);
    assertAtLeast("recall", person.recall(), 0.64);
  }

  @Test
  void presidioWholeStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.964 / 0.869 / 0.914.
    PerType person = score("en_presidio_synth", file -> true);
    assertAtLeast("precision", person.precision(), 0.94);
    assertAtLeast("recall", person.recall(), 0.84);
  }

  private static PerType score(String name, Predicate<String> files) throws Exception {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", name);
    assumeTrue(Files.isRegularFile(corpus.resolve(GoldSet.GOLD_FILE)), "no corpus at " + corpus);
    GoldSet gold = GoldSet.read(corpus).only(files);
    EvaluationReport report = Evaluation.run(
        gold, DetectorSet.standard(), new LinkedHashSet<>(List.of("PERSON")));
    System.out.println(name + ", " + report.files() + " files:");
    System.out.print(report.table());
    // Public corpora: their text may be printed.
    System.out.print(report.mismatches(true));
    return report.type("PERSON").orElseThrow();
  }

  private static void assertAtLeast(String what, double measured, double floor) {
    assertTrue(measured >= floor, "PERSON " + what + " " + measured + " fell below its floor " + floor);
  }
}
