package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A health-insurance card's 記号・番号: found only as a labelled pair near a word of insurance. */
class HealthInsuranceDetectorTest {

  private final HealthInsuranceDetector detector = new HealthInsuranceDetector();

  private List<Finding> find(String text) {
    return detector.detect(new DetectionText(text));
  }

  @Test
  void aSymbolAndNumberEachAfterItsLabelNearTheCardAreOneFinding() {
    String text = "保険証 記号 1234 番号 56\n";
    List<Finding> found = find(text);
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals(FindingType.HEALTH_INSURANCE, f.type());
    assertEquals("1234・56", f.normalized());
    assertEquals("1234 番号 56", text.substring(f.start(), f.end()));
  }

  @Test
  void oneLabelForBothWithTheBranchNumber() {
    List<Finding> found = find("被保険者証の記号・番号：東京12・345-01 を控えた。");
    assertEquals(1, found.size());
    assertEquals("東京12・345・01", found.get(0).normalized());
  }

  @Test
  void fullWidthDigitsAndColonsAreRead() {
    List<Finding> found = find("健康保険被保険者証　記号：８８１２　番号：７");
    assertEquals(1, found.size());
    assertEquals("8812・7", found.get(0).normalized());
  }

  @Test
  void aColumnHeadedByTheCardIsEnough() {
    String csv = "氏名,保険証 記号番号\n山田太郎,記号 55 番号 1203\n";
    assertEquals(1, find(csv).size());
  }

  @Test
  void symbolAndNumberOfAnythingElseAreNot() {
    assertTrue(find("部品の記号 A12 番号 3 を発注した。").isEmpty());
    assertTrue(find("伝票の記号・番号 77-123").isEmpty());
  }

  @Test
  void theInsurersNumberAloneIsNotThePersons() {
    assertTrue(find("保険者番号 06139012").isEmpty());
  }

  @Test
  void itsValuesAreMaskedToTheirLastDigitsAndItIsRestricted() {
    assertEquals(FindingType.Sensitivity.RESTRICTED, FindingType.HEALTH_INSURANCE.sensitivity());
    String masked = Masking.mask(FindingType.HEALTH_INSURANCE, "1234・5678");
    assertEquals("****・5678", masked);
  }

  @Test
  void theStandardSetRunsIt() {
    List<Finding> all = DetectorSet.standard().detect("保険証 記号 4321 番号 9");
    assertTrue(all.stream().anyMatch(f -> f.type() == FindingType.HEALTH_INSURANCE));
  }
}
