package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.names.training.PersonModelSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PERSON quality of the Japanese name detector on the shared ja_wikipedia_person corpus
 * (Japanese Wikipedia sentences, stockmarkteam/ner-wikipedia-dataset): running text with many
 * public figures named once by surname alone, foreign names in katakana that IPADIC does not
 * know, and no honorifics, labels or tables. The trained name model ({@code
 * JapaneseNameModel}) learned from the files not numbered 0 mod 5; what counts is the score on
 * those held out, which it never saw. The floors are the values measured, less a point or two:
 * a drop below one is a regression to look into.
 */
class JaWikipediaPersonEvaluationTest {

  @Test
  void personScoresStayAboveMeasuredFloors() throws Exception {
    Path corpus = corpus();

    DetectorSet detectors = new DetectorSet(List.of(new JapanesePersonDetector()));
    GoldSet heldOut = GoldSet.read(corpus).only(PersonModelSplit::heldOut);
    EvaluationReport report = Evaluation.run(heldOut, detectors, Set.of("PERSON"));
    System.out.println("ja_wikipedia_person, " + report.files() + " held-out files:");
    System.out.print(report.table());

    // Measured on the 29 held-out files, this detector alone: PERSON 0.889 / 0.809 / 0.847 (P / R
    // / F1; 2026-12-07 evening); before the lone words that are none and kin words, 0.889 / 0.804 /
    // 0.844; with every detector (`shirabe eval … --held-out`) 0.889 / 0.809 / 0.847; before names
    // glued to 政権 or an event (の乱) 0.884 / 0.804 / 0.842 (every detector 0.884 / 0.809 /
    // 0.845); before words listed with names 0.885 / 0.793 / 0.837 (every detector 0.885 / 0.798 / 0.840); before the
    // model 0.900 / 0.431 / 0.583, before UniDic's katakana words 0.867 / 0.738 / 0.797, before
    // unsure words standing as names and titles in brackets 0.882 / 0.791 / 0.834, before the
    // subject's predicate, a kanji name's last piece and …である 0.880 / 0.793 / 0.834.
    PerType person = report.type("PERSON").orElseThrow();
    assertAtLeast("PERSON precision", person.precision(), 0.885);
    assertAtLeast("PERSON recall", person.recall(), 0.805);
    assertAtLeast("PERSON F1", person.f1(), 0.845);
  }

  /**
   * Issue 11's floors on the held-out fold, with every detector as `shirabe eval --held-out`
   * runs them: PERSON precision 0.88 and F1 0.85. Measured 2026-12-07: 0.890 / 0.814 / 0.850
   * (323 found, 40 wrong, 74 missed): on the line; one name fewer fails it.
   */
  @Test
  void theStandardSetMeetsTheHeldOutFloors() throws Exception {
    Path corpus = corpus();

    GoldSet heldOut = GoldSet.read(corpus).only(PersonModelSplit::heldOut);
    EvaluationReport report = Evaluation.run(heldOut, DetectorSet.standard(), Set.of("PERSON"));
    System.out.print(report.table());
    PerType person = report.type("PERSON").orElseThrow();
    assertAtLeast("PERSON precision", person.precision(), 0.88);
    assertAtLeast("PERSON F1", person.f1(), 0.85);
  }

  @Test
  void theStandardSetKeepsJapaneseProseScores() throws Exception {
    Path corpus = corpus();

    // With every detector, as `shirabe eval` runs, on every file (4 in 5 trained on, so this
    // flatters the model): the English model reads the Latin-script runs of the Japanese lines
    // too (names in romaji). Measured: PERSON 0.948 / 0.901 / 0.924 (P / R / F1; before the
    // evening of 2026-12-07, 0.946 / 0.886 / 0.915).
    EvaluationReport report = Evaluation.run(corpus, DetectorSet.standard(), Set.of("PERSON"));
    System.out.print(report.table());
    PerType person = report.type("PERSON").orElseThrow();
    assertAtLeast("PERSON precision", person.precision(), 0.94);
    assertAtLeast("PERSON recall", person.recall(), 0.895);
    assertAtLeast("PERSON F1", person.f1(), 0.92);
  }

  /** The shared corpus; the test is skipped where it is not present. */
  private static Path corpus() {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", "ja_wikipedia_person");
    assumeTrue(Files.isRegularFile(corpus.resolve(GoldSet.GOLD_FILE)), "no corpus at " + corpus);
    return corpus;
  }

  private static void assertAtLeast(String what, double measured, double floor) {
    assertTrue(measured >= floor, what + " " + measured + " fell below its floor " + floor);
  }
}
