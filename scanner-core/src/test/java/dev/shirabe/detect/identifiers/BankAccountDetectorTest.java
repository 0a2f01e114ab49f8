package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountDetectorTest {

  private static final BankAccountDetector DETECTOR = new BankAccountDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.BANK_ACCOUNT);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "口座番号：1234567",
        "普通 1234567",
        "普通預金　１２３４５６７",
        "当座 1234567",
        "みらい銀行 渋谷支店 (普) 1234567",
        "振込先：みらい銀行 本店営業部 1234567",
        "account no. 1234567 at Mirai Trust Bank"
      })
  void sevenDigitsWithABankWord(String text) {
    assertEquals("1234567", PROBE.only(text).normalized());
  }

  @Test
  void aBranchNumberAndTheAccount() {
    Finding f = PROBE.only("店番-口座番号 123-1234567");
    assertEquals("123-1234567", f.text());
    assertEquals("1231234567", f.normalized());
  }

  @Test
  void yuchoAccounts() {
    assertEquals("1234512345671", PROBE.only("ゆうちょ銀行 12345-12345671").normalized());
    assertEquals("1234512345671", PROBE.only("振込先 ゆうちょ 12345-1234567(1)").normalized());
    Finding pair = PROBE.only("ゆうちょ銀行 記号 12345 番号 12345671");
    assertEquals("12345 番号 12345671", pair.text(), "記号 and 番号 are one account");
    assertEquals("1234512345671", pair.normalized());
    assertEquals("1234512345671", PROBE.only("ゆうちょ銀行　記号：１２３４５　番号：１２３４５６７１").normalized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567", "お客様コード 1234567", "〒1234567", "郵便番号 1234567",
      "電話 1234567 (口座振替のご案内)", "注文番号 1234567", "普通自動車免許 取得 2017年"})
  void sevenDigitsWithoutABankWordOrUnderAnotherLabelAreNot(String text) {
    PROBE.none(text);
  }

  @Test
  void otherShapesAreNot() {
    PROBE.none("口座番号 123456"); // six digits
    PROBE.none("口座番号 123456789");
    PROBE.none("口座番号 12-34567");
    PROBE.none("口座番号 1234567-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "DE89370400440532013000",
      "GB29 NWBK 6016 1331 9268 19", "FR14 2004 1010 0505 0001 3M02 606", "ＮＬ９１ＡＢＮＡ０４１７１６４３００"})
  void ibansNeedNoLabel(String iban) {
    Finding f = PROBE.only("Please transfer to " + iban + " by Friday.");
    assertEquals(iban, f.text());
    assertTrue(f.normalized().matches("[A-Z]{2}\\d{2}[A-Z0-9]+"), f.normalized());
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89 3704 0044 0532 0130 01", // check digits fail
      "DE89 3704 0044 0532 0130", // too short for Germany
      "XX89 3704 0044 0532 0130 00", // no such country
      "Order DE89370400440532013000"})
  void ibansMustCheckAndFitTheirCountry(String text) {
    PROBE.none(text);
  }

  @Test
  void anIbanDoesNotSwallowTheNextWord() {
    Finding f = PROBE.only("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX");
    assertEquals("DE89370400440532013000", f.normalized());
  }
}
