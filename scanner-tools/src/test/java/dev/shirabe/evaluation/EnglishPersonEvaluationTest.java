package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.names.training.PersonModelSplit;
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
    // Measured: 0.650 / 0.364 / 0.466 (P / R / F1) on 220 names. The model before scored
    // 0.537 / 0.295 / 0.381 against misplaced gold (files 0067-0086 give code-point offsets,
    // which GoldPlacement now mends), 0.653 / 0.359 / 0.463 against the mended gold. Social-media
    // text: names in lower case, user names, nicknames; most names are new to the model.
    PerType person = score("en_wnut17_person", PersonModelSplit::heldOut);
    assertAtLeast("precision", person.precision(), 0.60);
    assertAtLeast("recall", person.recall(), 0.33);
    // Issue 15 asks for 0.45 on these files.
    assertAtLeast("F1", person.f1(), 0.46); // 0.4658
  }

  @Test
  void wnut17WholeStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.929 / 0.769 / 0.842 (0.897 / 0.745 / 0.814 before the gold's code-point
    // offsets were mended, in training and here); four files in five were trained on. (0.686 recall when
    // the model read every word: it knew some lower-case names of its training files by heart,
    // outside its name lists, which EnglishPersonModel's windows no longer show it.)
    PerType person = score("en_wnut17_person", file -> true);
    assertAtLeast("precision", person.precision(), 0.90);
    assertAtLeast("recall", person.recall(), 0.74);
  }

  @Test
  void presidioHeldOutStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.886 / 0.752 / 0.813 on 165 names (0.887 / 0.758 / 0.817 with the model trained
    // on en_wnut17_person's misplaced gold: one name fewer; 0.911 / 0.685 / 0.782 with 150
    // iterations). Most misses are lone given names or
    // surnames in prose and names in lower case; most wrong finds are firms named after their
    // partners ("Hawkins, Richardson and Santana"), which the gold set does not label.
    PerType person = score("en_presidio_synth", PersonModelSplit::heldOut);
    assertAtLeast("precision", person.precision(), 0.86);
    assertAtLeast("recall", person.recall(), 0.73);
    // Issue 15: not below 0.78 (the F1 before the faster name finder); 0.80 asked of the
    // WNUT-17 work.
    assertAtLeast("F1", person.f1(), 0.81); // 0.8131
  }

  @Test
  void presidioWholeStaysAboveMeasuredFloors() throws Exception {
    // Measured: 0.956 / 0.910 / 0.932 (0.968 / 0.872 / 0.917 with 150 iterations).
    PerType person = score("en_presidio_synth", file -> true);
    assertAtLeast("precision", person.precision(), 0.93);
    assertAtLeast("recall", person.recall(), 0.88);
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
