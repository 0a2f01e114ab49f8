package dev.shirabe.detect.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {

  private static final PhoneDetector DETECTOR = new PhoneDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.PHONE);

  @Test
  void findsAJapaneseNumberWithItsE164Form() {
    Finding f = PROBE.only("電話番号：03-1234-5678");
    assertEquals("03-1234-5678", f.text());
    assertEquals("+81312345678", f.normalized());
    assertNull(f.subtype());
    assertEquals(PhoneDetector.NAME, f.detector());
    assertTrue(f.confidence() >= 0.9, "a labelled valid number is near certain");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "０３－１２３４－５６７８", // full-width digits and hyphen-minus
        "03−1234−5678", // minus sign
        "03‐1234‐5678", // hyphen
        "03ー1234ー5678", // katakana prolonged sound mark
        "03ｰ1234ｰ5678", // its half-width form
        "０３ー１２３４ー５６７８",
        "（03）1234-5678", // full-width brackets
        "03（1234）5678",
        "(03)1234-5678",
        "0312345678"
      })
  void readsTheDigitsDashesAndBracketsOfJapaneseText(String number) {
    Finding f = PROBE.only("お電話は" + number + "まで");
    assertEquals(number, f.text());
    assertEquals("+81312345678", f.normalized());
  }

  /** A spreadsheet cell typed as a number keeps no leading 0: the home number it was. */
  @Test
  void aLabelledJapaneseNumberWhoseZeroASpreadsheetDroppedIsTheHomeNumber() {
    // As Tika writes a sheet: a tab before each cell.
    List<Finding> column = PROBE.detect(
        "\t氏名\t電話番号\n\t山田太郎\t9012345678\n\t佐藤花子\t312345678\n");
    assertEquals(List.of("+819012345678", "+81312345678"),
        column.stream().map(Finding::normalized).toList());
    assertEquals("+818011112222", PROBE.only("携帯電話：8011112222（山田）").normalized());
    // Controls: in English text the American number stays American; hyphens are a person's
    // writing, who writes the 0; without a label a bare run says nothing of a phone.
    assertEquals("+19012345678", PROBE.only("Phone: 9012345678").normalized());
    assertEquals("+19012345678", PROBE.only("電話：901-234-5678").normalized());
    assertTrue(PROBE.detect("山田様の番号は312345678です").stream()
        .noneMatch(f -> f.normalized().startsWith("+81")));
  }

  @Test
  void findsMobileAndFreeDialNumbers() {
    assertEquals("+819012345678", PROBE.only("携帯：090-1234-5678").normalized());
    assertEquals("+81120123456", PROBE.only("フリーダイヤル 0120-123-456").normalized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"TEL03-1234-5678", "Tel:0312345678", "tel.03-1234-5678", "Phone03-1234-5678"})
  void findsNumbersWithAGluedLatinLabel(String text) {
    Finding f = PROBE.only(text);
    assertEquals("+81312345678", f.normalized());
    assertNull(f.subtype());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FAX06-6123-4567",
        "FAX.06-6123-4567",
        "Fax: 06-6123-4567",
        "fax 06-6123-4567",
        "ＦＡＸ：０６－６１２３－４５６７",
        "ファックス 06-6123-4567",
        "ファクス：06-6123-4567",
        "FAX番号 06-6123-4567",
        "TEL/FAX 06-6123-4567",
        "06-6123-4567（FAX）"
      })
  void aFaxLabelMakesSubtypeFax(String text) {
    Finding f = PROBE.only(text);
    assertEquals(PhoneDetector.SUBTYPE_FAX, f.subtype());
    assertEquals("+81661234567", f.normalized());
  }

  @Test
  void eachNumberTakesTheLabelRightBeforeIt() {
    List<Finding> findings = PROBE.detect("TEL 03-1111-2222 FAX 03-1111-3333");
    assertEquals(2, findings.size());
    assertNull(findings.get(0).subtype());
    assertEquals(PhoneDetector.SUBTYPE_FAX, findings.get(1).subtype());

    List<Finding> listed = PROBE.detect("FAX 03-1111-2222 / 03-3333-4444");
    assertEquals(2, listed.size());
    assertEquals(PhoneDetector.SUBTYPE_FAX, listed.get(0).subtype());
    assertNull(listed.get(1).subtype(), "the label does not reach past the first number");
  }

  @Test
  void findsInternationalNumbers() {
    assertEquals("+81312345678", PROBE.only("Tokyo office: +81-3-1234-5678").normalized());
    assertEquals("+81312345678", PROBE.only("+81 (0)3-1234-5678").normalized());
    assertEquals("+442079460958", PROBE.only("London: +44 20 7946 0958").normalized());
    assertEquals("+12125550123", PROBE.only("NY +1 212-555-0123").normalized());
    assertEquals("+81312345678", PROBE.only("Tel+81 3 1234 5678").normalized());
  }

  @Test
  void findsNationalNumbersOfOtherRegionsInEnglishText() {
    assertEquals("+12125550123", PROBE.only("Please call (212) 555-0123 tomorrow.").normalized());
    assertEquals("+12125550123", PROBE.only("Her number is 212-555-0123.").normalized());
    assertEquals("+12125550123", PROBE.only("reach me on 212.555.0123").normalized());
    assertEquals("+441614960123", PROBE.only("our Manchester line, 0161 496 0123, is open").normalized());
    assertEquals("+12125550123", PROBE.only("Fax: 001-212-555-0123").normalized());
  }

  @Test
  void aNumberValidAtHomeAndAbroadInTheSameGroupsIsReadByTheLanguageAroundIt() {
    // A London number is also a valid Japanese 020 number, written in the same groups.
    assertEquals("+442079460958", PROBE.only("Call our London office on 020 7946 0958.").normalized());
    assertEquals("+812079460958", PROBE.only("ロンドン事務所 020 7946 0958 までお電話ください").normalized());
  }

  @Test
  void aNumberValidAtHomeButWrittenInTheGroupsOfAnotherRegionIsThatRegions() {
    assertEquals("+33393921685", PROBE.only("tél. 03.93.92.16.85").normalized());
    assertEquals("+81393921685", PROBE.only("03-9392-1685").normalized());
  }

  @Test
  void aNumberOfOtherRegionsRanksBelowAHomeNumber() {
    assertTrue(PROBE.only("(212) 555-0123").confidence() < PROBE.only("03-1234-5678").confidence());
  }

  @Test
  void aForeignNumberWithoutTrunkPrefixMustBeGroupedTheWayItsCountryGroupsIt() {
    assertEquals("+12125550123", PROBE.only("see 212 555 0123").normalized());
    PROBE.none("see 21-2555-0123");
  }

  @Test
  void eightDigitRunsAreNotTakenForHongKongOrSingaporeNumbers() {
    PROBE.none("文書番号 第2024-0123号");
    PROBE.none("Apt. 675 62314 Mellemvej 32");
    PROBE.none("see 9472 7916");
    // Written with the country code they are found; a label makes a local number a phone.
    assertEquals("+85294727916", PROBE.only("+852 9472 7916").normalized());
    assertEquals("12345678", PROBE.only("TEL 1234-5678").normalized());
  }

  @Test
  void aLabelMakesAPhoneOfANumberValidNowhere() {
    Finding f = PROBE.only("Phone: 467 3395");
    assertEquals("4673395", f.normalized(), "country unknown: the digits");
    assertTrue(f.confidence() < 0.5);
    PROBE.none("Room 467 3395");
  }

  @Test
  void aPlusAndACountryCodeMakeAPhoneEvenWhenNotValid() {
    // +41 96… is not a Swiss number in use; "(0)96 471 07 95" alone would be a Japanese one.
    Finding f = PROBE.only("+41 (0)96 471 07 95");
    assertEquals("+41964710795", f.normalized());
    assertTrue(f.confidence() < 0.5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-01-15",
        "2024/1/15",
        "2024.01.15",
        "15.01.2024",
        "令和6年1月15日",
        "Date: 2015-12-22 04:34:22",
        "〒100-0001 東京都千代田区千代田1-1",
        "100-0001",
        "郵便番号 1000001"
      })
  void datesAndPostalCodesAreNotPhones(String text) {
    PROBE.none(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "注文番号：0312345678",
        "伝票番号 090-1234-5678",
        "受付番号: 03-1234-5678",
        "お問い合わせ番号 0612345678",
        "Order No. 212-555-0123",
        "Invoice # 2125550123",
        "SKU 0312345678",
        "製造番号 SN 0312345678",
        "Tracking number: 020 7946 0958"
      })
  void numbersLabelledAsSomethingElseAreNotPhones(String text) {
    PROBE.none(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "個人番号 1234 5678 9012",
        "My Number: 0123-4567-8901",
        "1234 5678 9012",
        "123456789012",
        "0312345678901234",
        "4111 1111 1111 1111",
        "合計 0312345678円",
        "¥0312345678",
        "$212-555-0123",
        "192.168.100.200",
        "version 10.0.19041.1234",
        "The survey counted 2125550123 answers"
      })
  void identifiersLongRunsAndAmountsAreNotPhones(String text) {
    PROBE.none(text);
  }

  @Test
  void findsEveryNumberOfAList() {
    assertEquals(2, PROBE.detect("03-1234-5678、03-1234-5679").size());
    assertEquals(2, PROBE.detect("03-1234-5678 03-1234-5679").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tel: +99 123 4567", "Mobile: +999 12 345 678", "Fax: +99-123-4567"})
  void aLabelledNumberWithAnUnknownCountryCodeIsReportedUnverified(String text) {
    // No numbering plan has country code 99 or 999: only the label makes these phones.
    Finding f = PROBE.only(text);
    assertTrue(f.confidence() < 0.5, "valid nowhere: low confidence");
    assertTrue(f.confidence() >= DetectorSet.MIN_CONFIDENCE, "but reported");
    assertFalse(f.normalized().startsWith("+"), "no E.164 form: " + f.normalized());
    assertEquals(f.text().replaceAll("[^0-9]", ""), f.normalized());
    String masked = Masking.mask(FindingType.PHONE, f.text());
    assertNotEquals(f.text(), masked);
    assertFalse(masked.contains(f.normalized().substring(0, 4)), "masked: " + masked);
  }

  @Test
  void anUnlabelledNumberValidNowhereIsNotReported() {
    PROBE.none("+99 123 4567");
    PROBE.none("see 467 3395 and more");
    PROBE.none("Batch 930.167.3943 shipped");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "416 60 039 office\n",
        "781 1704 home",
        "(37) 788-063-Office\\,07700 063 966-Fax",
        "930.167.3943 fax\n+447700677662 mobile"
      })
  void aLineTypeWordClosingTheNumbersLineLabelsIt(String text) {
    Finding f = PROBE.detect(text).get(0);
    assertEquals(0, f.start());
    assertTrue(f.confidence() >= DetectorSet.MIN_CONFIDENCE);
  }

  @Test
  void aFaxWordClosingTheLineMakesSubtypeFax() {
    List<Finding> found = PROBE.detect("+46 (0)8 928 571 38 fax\n+1-984-182-0190 mobile");
    assertEquals(2, found.size());
    assertEquals(PhoneDetector.SUBTYPE_FAX, found.get(0).subtype());
    assertNull(found.get(1).subtype());
  }

  @Test
  void aWordAfterTheNumberThatGoesOnIsNotItsLabel() {
    PROBE.none("781 1704 office hours are long");
    PROBE.none("781 1704 home runs this season");
  }
}
