package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.JapanesePersonDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PERSON quality of the Japanese name detector on the shared ja_wikipedia_person corpus
 * (Japanese Wikipedia sentences, stockmarkteam/ner-wikipedia-dataset). Wikipedia prose is not
 * what Shirabe scans: many public figures named once by surname alone, foreign names in
 * katakana that IPADIC does not know, and no honorifics, labels or tables, which are the
 * evidence the detector reads. Recall is low by design there (a lone surname needs evidence);
 * precision is what a scan of business documents relies on. The floors are the values measured
 * when the detector was written, less a few points: a drop below one is a regression to look
 * into.
 */
class JaWikipediaPersonEvaluationTest {

  @Test
  void personScoresStayAboveMeasuredFloors() throws Exception {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", "ja_wikipedia_person");
    assumeTrue(Files.isRegularFile(corpus.resolve(GoldSet.GOLD_FILE)), "no corpus at " + corpus);

    DetectorSet detectors = new DetectorSet(List.of(new JapanesePersonDetector()));
    EvaluationReport report = Evaluation.run(corpus, detectors, Set.of("PERSON"));
    System.out.println("ja_wikipedia_person, " + report.files() + " files:");
    System.out.print(report.table());

    // Measured: PERSON 0.923 / 0.458 / 0.612 (P / R / F1).
    PerType person = report.type("PERSON").orElseThrow();
    assertAtLeast("PERSON precision", person.precision(), 0.90);
    assertAtLeast("PERSON recall", person.recall(), 0.44);
    assertAtLeast("PERSON F1", person.f1(), 0.59);
  }

  @Test
  void theStandardSetKeepsJapaneseProseScores() throws Exception {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", "ja_wikipedia_person");
    assumeTrue(Files.isRegularFile(corpus.resolve(GoldSet.GOLD_FILE)), "no corpus at " + corpus);

    // With every detector, as `shirabe eval` runs: the English model reads the Latin-script
    // runs of the Japanese lines too (names in romaji), and reports 6 names there, 3 of them
    // labelled. Measured: PERSON 0.922 / 0.460 / 0.614 (P / R / F1).
    EvaluationReport report = Evaluation.run(corpus, DetectorSet.standard(), Set.of("PERSON"));
    System.out.print(report.table());
    PerType person = report.type("PERSON").orElseThrow();
    assertAtLeast("PERSON precision", person.precision(), 0.90);
    assertAtLeast("PERSON recall", person.recall(), 0.44);
    assertAtLeast("PERSON F1", person.f1(), 0.59);
  }

  private static void assertAtLeast(String what, double measured, double floor) {
    assertTrue(measured >= floor, what + " " + measured + " fell below its floor " + floor);
  }
}
