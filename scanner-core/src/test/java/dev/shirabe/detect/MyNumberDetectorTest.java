package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MyNumberDetectorTest {

  private static final MyNumberDetector DETECTOR = new MyNumberDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.MY_NUMBER);

  @ParameterizedTest
  @ValueSource(strings = {"123456789018", "987654321093", "314159265352", "111122223333",
      "100000000080", "100000000030"})
  void theCheckDigitOfTheLaw(String number) {
    // The last two: remainders 0 and 1, both giving the check digit 0.
    assertTrue(MyNumberDetector.isValid(number), number);
  }

  @Test
  void anyOneDigitChangedFailsTheCheck() {
    String valid = "123456789018";
    for (int i = 0; i < valid.length(); i++) {
      char[] wrong = valid.toCharArray();
      wrong[i] = (char) ('0' + (wrong[i] - '0' + 1) % 10);
      assertFalse(MyNumberDetector.isValid(new String(wrong)), new String(wrong));
    }
    PROBE.none("個人番号：123456789019");
    PROBE.none("1234 5678 9017");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234 5678 9018", "1234-5678-9018", "１２３４　５６７８　９０１８",
      "１２３４－５６７８－９０１８", "1234−5678−9018"})
  void theCardsGroupingNeedsNoLabel(String number) {
    Finding f = PROBE.only("番号 " + number + " を控えました");
    assertEquals(number, f.text());
    assertEquals("123456789018", f.normalized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"個人番号：123456789018", "マイナンバー 123456789018", "My Number: 123456789018",
      "individual number 123456789018", "１２３４５６７８９０１８（個人番号）"})
  void twelveUnbrokenDigitsNeedAWordForThem(String text) {
    assertEquals("123456789018", PROBE.only(text).normalized());
  }

  @Test
  void twelveUnbrokenDigitsWithoutALabelAreNotOne() {
    PROBE.none("123456789018");
    PROBE.none("保守契約番号 202401150007"); // passes the check, and is a contract number
  }

  @Test
  void otherGroupingsAreNotOne() {
    PROBE.none("マイナンバー 123 456 789 018");
    PROBE.none("マイナンバー 12345678-9018");
  }

  @ParameterizedTest
  @ValueSource(strings = {"伝票番号 4912-3456-7890", "お問い合わせ伝票番号：4912-3456-7890",
      "注文番号 1234 5678 9018", "Invoice 1234-5678-9018", "会員番号 1234 5678 9018",
      "法人番号 1234 5678 9018", "運転免許証番号 1234 5678 9018"})
  void numbersLabelledAsOthersAreNotOne(String text) {
    PROBE.none(text); // each passes the check digit
  }

  @Test
  void numbersInAColumnHeadedAsOthersAreNotOne() {
    String table = "\t注文番号\t伝票番号\t商品コード\t個人番号\n"
        + "\t202401150007\t4912-3456-7890\t1234 5678 9018\t9876 5432 1093\n"
        + "\t314159265352\t1111 2222 3333\t1234-5678-9018\t123456789018\n";
    List<Finding> findings = PROBE.detect(table);
    assertEquals(List.of("987654321093", "123456789018"),
        findings.stream().map(Finding::normalized).toList());
  }

  @Test
  void aMyNumberCardIsNoOtherCard() {
    assertEquals("123456789018", PROBE.only("マイナンバーカード 1234 5678 9018").normalized());
    assertEquals("123456789018", PROBE.only("My Number card: 123456789018").normalized());
  }

  @Test
  void examplesAndPlaceholdersAreNotOne() {
    PROBE.none("マイナンバー（記入例：1234 5678 9018）");
    PROBE.none("個人番号 0000 0000 0000"); // passes the check: remainder 0, check digit 0
    assertTrue(MyNumberDetector.isValid("000000000000"));
  }

  @Test
  void thirteenDigitsAreNeverOne() {
    PROBE.none("法人番号 1234567890123");
    PROBE.none("マイナンバー 1123456789018");
  }
}
