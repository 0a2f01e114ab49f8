package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
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

  /** A header-less export: a name, a My Number, a phone and a mail address a row. */
  private static final String HEADERLESS_CSV = """
      山田 太郎,757491186252,03-5555-0101,yamada@example.jp
      佐藤 花子,770658948113,03-5555-0102,sato@example.jp
      鈴木 一郎,561748338014,03-5555-0103,suzuki@example.jp
      """;

  @Test
  void aColumnOfPassingNumbersInRowsAboutPeopleIsOneWithoutALabel() {
    List<String> found = PROBE.detect(HEADERLESS_CSV).stream().map(Finding::normalized).toList();
    assertEquals(List.of("757491186252", "770658948113", "561748338014"), found);
    String tabs = "\t山田 太郎\t757491186252\t03-5555-0101\n\t佐藤 花子\t770658948113\t03-5555-0102\n"
        + "\t鈴木 一郎\t561748338014\t03-5555-0103\n";
    assertEquals(3, PROBE.detect(tabs).size(), "as Tika writes a spreadsheet");
    assertEquals(found, DetectorSet.standard().detect(HEADERLESS_CSV).stream()
        .filter(f -> f.type() == FindingType.MY_NUMBER).map(Finding::normalized).toList());
  }

  @Test
  void aColumnSpeaksOnlyWithEnoughValuesAndRowsAboutPeople() {
    // Two values may both pass by chance (1 in 121).
    PROBE.none(HEADERLESS_CSV.substring(HEADERLESS_CSV.indexOf('\n') + 1));
    // Rows of products: a column of passing numbers, but nobody to hold them.
    PROBE.none("ボルト M6,757491186252,120\nナット M6,770658948113,300\nワッシャー,561748338014,80\n");
  }

  @Test
  void aColumnOfMostlyFailingNumbersVetoesTheOneThatPassesByChance() {
    // Only 1234 5678 9018 passes: grouped as on the card, it would be reported alone.
    String table = "\t氏名\t番号\n\t山田 太郎\t6828 8909 3100\n\t佐藤 花子\t2516 7800 8374\n"
        + "\t鈴木 一郎\t1234 5678 9018\n\t田中 次郎\t0718 8181 7414\n";
    PROBE.none(table);
    PROBE.none(table.replace("番号", "個人番号"));
    String mostPass = table.replace("0718 8181 7414", "9876 5432 1093")
        .replace("2516 7800 8374", "7574 9118 6252");
    assertEquals(3, PROBE.detect(mostPass).size(), "most pass (a typo): the grouping decides");
  }

  @ParameterizedTest
  @ValueSource(strings = {"伝票 1234 5678 9018", "伝票No. 1234 5678 9018", "伝票NO：1234-5678-9018",
      "受付 1234 5678 9018", "受付No.1234-5678-9018", "No. 1234 5678 9018", "#1234 5678 9018",
      "Slip No. 1234 5678 9018", "Receipt No. 1234 5678 9018", "Voucher 1234 5678 9018",
      "Customer No. 1234 5678 9018", "会員No. 1234 5678 9018", "お客様番号 1234 5678 9018",
      "請求書No. 1234 5678 9018", "領収書 No. 1234 5678 9018", "チケット番号 1234 5678 9018",
      "整理券 1234 5678 9018", "1234 5678 9018（伝票番号）", "1234 5678 9018 (受付番号)",
      "\tNo.\t氏名\n\t1234 5678 9018\t山田\n", "\t伝票\t氏名\n\t1234 5678 9018\t山田\n",
      "\t受付\t氏名\n\t1234 5678 9018\t山田\n", "\tReceipt\t氏名\n\t1234 5678 9018\t山田\n"})
  void slipReceiptAndReceptionNumbersAreNotOne(String text) {
    PROBE.none(text); // each passes the check digit
  }

  @Test
  void aNumberWordTakesItsKindFromTheWordBeforeIt() {
    assertEquals("123456789018", PROBE.only("マイナンバー No. 123456789018").normalized());
    assertEquals("123456789018", PROBE.only("個人番号No.1234 5678 9018").normalized());
    assertEquals("123456789018", PROBE.only("My Number #: 123456789018").normalized());
  }
}
