package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Ocr;
import dev.shirabe.extract.OcrSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR's quality on generated scanned paper, held to floors a little under what was measured
 * (docs/ocr.md). A subset of the set `shirabe bench ocr` measures, to keep the test short: a
 * form at 150 and at 300 dpi (PNG) and a card at 150 dpi (image-only PDF).
 */
class ScannedPaperOcrTest {

  /**
   * Floors of precision and recall per type. Measured on this subset (Debian 12's Tesseract
   * 5.3.0, its jpn and eng data, IPA fonts): PERSON 0.667 / 0.667, ADDRESS 1.000 / 0.667,
   * PHONE 0.833 / 0.833, EMAIL 1.000 / 0.667; one value of three (six phones) is a step of
   * 0.333 (0.167), so a floor sits under the step below.
   */
  private static final Map<String, double[]> FLOORS = Map.of(
      "PERSON", new double[] {0.6, 0.6},
      "ADDRESS", new double[] {0.9, 0.6},
      "PHONE", new double[] {0.8, 0.8},
      "EMAIL", new double[] {0.9, 0.6});

  @TempDir Path dir;

  @Test
  void precisionAndRecallPerTypeStayAboveTheirFloors() throws Exception {
    Ocr ocr = Ocr.of(OcrSettings.DEFAULTS);
    assumeTrue(ocr.available(), "tesseract not installed, OCR not measured: " + ocr.missing());
    assumeTrue(!ScannedPaper.installedFonts().isEmpty(), "no Japanese font (fonts-ipafont-*)");
    assertEquals(3, ScannedPaper.write(dir, 3, 42).size());
    GoldSet gold = GoldSet.read(dir);
    EvaluationReport report = Evaluation.run(gold, DetectorSet.standard(), gold.labelledTypes());
    System.out.print(report.table());
    for (Map.Entry<String, double[]> floor : FLOORS.entrySet()) {
      PerType t = report.type(floor.getKey()).orElseThrow();
      assertTrue(t.precision() >= floor.getValue()[0] && t.recall() >= floor.getValue()[1],
          floor.getKey() + ": precision " + t.precision() + ", recall " + t.recall()
              + " under the floors\n" + report.table());
    }
  }
}
