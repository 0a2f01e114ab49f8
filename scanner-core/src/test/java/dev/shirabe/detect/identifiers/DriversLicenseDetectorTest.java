package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DriversLicenseDetectorTest {

  private static final DriversLicenseDetector DETECTOR = new DriversLicenseDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.DRIVERS_LICENSE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "309012345620", // the example of published descriptions: check digit 2
        // Another published example: 4×5 + 5×4 + … + 7×2 = 174, 174 mod 11 = 9, 11 − 9 = 2.
        "459803358720",
        "300000000910", // remainder 0: 11 − 0 = 11, last digit 1
        "300000000400" // remainder 1: 11 − 1 = 10, last digit 0
      })
  void theCheckDigit(String number) {
    assertTrue(DriversLicenseDetector.isValid(number), number);
  }

  @Test
  void anyOneOfTheFirstElevenDigitsChangedFailsTheCheck() {
    String valid = "309012345620";
    for (int i = 0; i < 11; i++) {
      char[] wrong = valid.toCharArray();
      wrong[i] = (char) ('0' + (wrong[i] - '0' + 1) % 10);
      assertFalse(DriversLicenseDetector.isValid(new String(wrong)), new String(wrong));
    }
    // The last digit counts reissues; the check does not cover it.
    assertTrue(DriversLicenseDetector.isValid("309012345621"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"運転免許証番号：309012345620", "免許証番号 第309012345620号",
      "運転免許証 第 ３０９０１２３４５６２０ 号", "Driver's License No. 309012345620",
      "driver’s license: 3090-1234-5620"})
  void twelveDigitsWithALicenceWord(String text) {
    List<Finding> findings = PROBE.detect(text);
    assertEquals(1, findings.size(), () -> text + ": " + findings);
    Finding f = findings.get(0);
    assertEquals(FindingType.DRIVERS_LICENSE, f.type());
    assertEquals("309012345620", f.normalized());
    assertEquals(text.substring(f.start(), f.end()), f.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"309012345620", "運転免許証番号 309012345630", "注文番号 309012345620",
      "免許証番号 30901234562"})
  void otherwiseNot(String text) {
    PROBE.none(text);
  }

  @Test
  void aColumnOfPassingNumbersInRowsAboutPeopleIsOneWithoutALabel() {
    // Each passes the licence's check digit (and fails the My Number check).
    String table = "\t山田 太郎\t301669156404\t東京都港区芝公園9-9-9\n"
        + "\t佐藤 花子\t307495288314\t東京都目黒区自由が丘9-9-9\n"
        + "\t鈴木 一郎\t300239042486\t東京都世田谷区桜新町9-9-9\n";
    assertEquals(List.of("301669156404", "307495288314", "300239042486"),
        PROBE.detect(table).stream().map(Finding::normalized).toList());
    // Under its label, but two of three fail (the eleventh digit is the check): chance.
    PROBE.none("\t氏名\t免許証番号\t住所\n" + table.replace("307495288314", "307495288324")
        .replace("300239042486", "300239042496"));
  }
}
