package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardDetectorTest {

  private static final CreditCardDetector DETECTOR = new CreditCardDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.CREDIT_CARD);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111", // Visa
        "4012888888881881",
        "5555555555554444", // Mastercard
        "2223003122003222", // Mastercard 2-series
        "378282246310005", // American Express
        "371449635398431",
        "3530111333300000", // JCB
        "3566002020360505",
        "30569309025904", // Diners Club
        "36227206271667",
        "38520000023237",
        "6011111111111117", // Discover
        "6200000000000005", // UnionPay
        "6759649826438453" // Maestro
      })
  void findsTheSchemesTestNumbers(String number) {
    Finding f = PROBE.only("お支払いカード " + number + " にて");
    assertEquals(number, f.normalized());
  }

  @Test
  void luhnMustPass() {
    PROBE.none("4111111111111112");
    PROBE.none("card 4111 1111 1111 1112");
    PROBE.none("5555555555554445");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Each passes Luhn.
        "1111111111111117", // no scheme issues numbers starting 1111 or 9
        "9111111111111110",
        "3527111111111111", // just outside JCB's 3528–3589
        "3590111111111113",
        "37828224631003", // Amex prefix, 14 digits: Amex has 15
        "55555555555544440", // Mastercard prefix, 17 digits
        "4111111111111111111112" // longer than any card
      })
  void prefixAndLengthMustBeAScheme(String number) {
    PROBE.none("card " + number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111 1111 1111 1111", "4111-1111-1111-1111", "３７８２ ８２２４６３ １０００５",
      "４１１１－１１１１－１１１１－１１１１", "3056 930902 5904", "6759 6498 2643 8453"})
  void readsPrintedGroupsAndFullWidth(String number) {
    Finding f = PROBE.only("カード番号：" + number);
    assertEquals(number, f.text());
    assertTrue(f.normalized().matches("\\d{14,19}"));
  }

  @Test
  void otherGroupingsAreNotCardNumbers() {
    PROBE.none("41111 11111 11111 1");
    PROBE.none("411 111 111 111 1111");
  }

  @Test
  void twelveAndThirteenDigitsNeedACardWord() {
    PROBE.none("JANコード 4901234567894"); // a Visa prefix, passes Luhn: a product code
    PROBE.none("4222222222222");
    assertEquals("4222222222222", PROBE.only("My card 4222222222222 expires soon").normalized());
    assertEquals("630400000000", PROBE.only("card number 630400000000").normalized()); // Maestro, 12
  }

  @ParameterizedTest
  @ValueSource(strings = {"注文番号 4111111111111111", "伝票番号：4111-1111-1111-1111",
      "Tracking 4111111111111111", "ポイントカード 4111 1111 1111 1111", "会員カード番号 4111111111111111",
      "gift card 4111 1111 1111 1111"})
  void numbersLabelledAsOtherNumbersOrOtherCardsAreNot(String text) {
    PROBE.none(text);
  }

  @Test
  void printedGroupsWeighMoreThanABareRun() {
    // Confidence from the shape; context is weighed by ContextScorer in DetectorSet.
    assertTrue(PROBE.only("4111 1111 1111 1111").confidence() > PROBE.only("4111111111111111").confidence());
  }

  @Test
  void masksKeepTheLastFour() {
    assertEquals("****-****-****-1111",
        Masking.mask(FindingType.CREDIT_CARD, "4111-1111-1111-1111"));
  }

  @Test
  void isCardNumberChecksLuhnPrefixAndLength() {
    assertTrue(CreditCardDetector.isCardNumber("4111111111111111"));
    assertFalse(CreditCardDetector.isCardNumber("4111111111111112"));
    assertFalse(CreditCardDetector.isCardNumber("3400000000000000")); // Amex prefix, 16 digits
    assertTrue(CreditCardDetector.isCardNumber("3528111111111110")); // JCB's first prefix
  }

  @Test
  void aColumnOfNumbersThatMostlyFailLuhnVetoesTheOneThatPasses() {
    // Sixteen digits with a Visa prefix: only the third passes Luhn, as one in ten does.
    String csv = "山田 太郎,4504310399315827,2024/01/15\n佐藤 花子,4940199530552034,2024/01/16\n"
        + "鈴木 一郎,4761436537056563,2024/01/17\n田中 次郎,4093056529413078,2024/01/18\n";
    PROBE.none(csv);
    PROBE.only("4761436537056563"); // the same number alone: Luhn, prefix and length suffice
  }

  @Test
  void aColumnOfCardNumbersNeedsNoCardWordForTheShortLengths() {
    // Thirteen-digit Visa numbers, each passing Luhn, in rows with a name and a mail address.
    String csv = "山田 太郎,4222222222222,yamada@example.jp\n佐藤 花子,4000000000006,sato@example.jp\n"
        + "鈴木 一郎,4111111111119,suzuki@example.jp\n";
    assertEquals(List.of("4222222222222", "4000000000006", "4111111111119"),
        PROBE.detect(csv).stream().map(Finding::normalized).toList());
  }
}
