package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.ContextScorer;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.vocabulary.FindingType;
import org.junit.jupiter.api.Test;

class IdentifierContextTest {

  private static ContextScorer.Evidence evidence(FindingType type, String text, String value) {
    int start = text.indexOf(value);
    return new IdentifierContext(type)
        .evidence(new DetectionText(text), start, start + value.length());
  }

  @Test
  void otherNumbersLabelsOpposeEveryIdentifier() {
    assertTrue(evidence(FindingType.MY_NUMBER, "伝票番号 4912-3456-7890", "4912").opposed());
    assertTrue(evidence(FindingType.CREDIT_CARD, "Order 4111 1111 1111 1111", "4111").opposed());
    assertTrue(evidence(FindingType.BANK_ACCOUNT, "〒1234567", "1234567").opposed());
  }

  @Test
  void aLabelNamesTheValueAfterItNotTheNextSentenceOrTheNextNumber() {
    String text = "my credit card number is 4111111111111111\n\nWill my account stay open?";
    assertFalse(evidence(FindingType.CREDIT_CARD, text, "4111").opposed());
    assertFalse(evidence(FindingType.MY_NUMBER, "注文番号 12 / 1234 5678 9018", "1234 5678").opposed());
  }

  @Test
  void labelsThatBelongToTheTypesOwnWordsDoNotOppose() {
    assertTrue(evidence(FindingType.CREDIT_CARD, "card 4111 1111 1111 1111", "4111").supported());
    assertTrue(evidence(FindingType.BANK_ACCOUNT, "口座番号 1234567", "1234567").supported());
    assertTrue(evidence(FindingType.PASSPORT, "Passport No. TK1234567", "TK1234567").supported());
    assertTrue(IdentifierContext.related("credit card", "card"));
    assertTrue(IdentifierContext.related("口座番号", "口座"));
    assertFalse(IdentifierContext.related("cc", "account"), "Latin words match whole");
  }

  @Test
  void theLongerOfTwoNestedWordsSpeaks() {
    assertTrue(evidence(FindingType.CREDIT_CARD, "ポイントカード 4111 1111 1111 1111", "4111").opposed());
    assertTrue(evidence(FindingType.CREDIT_CARD, "gift card 4111111111111111", "4111").opposed());
    assertTrue(
        evidence(FindingType.CREDIT_CARD, "クレジットカード 4111 1111 1111 1111", "4111").supported());
    String table = "\tポイントカード\n\t4111111111111111\n";
    assertTrue(evidence(FindingType.CREDIT_CARD, table, "4111").opposed(), "in a column head too");
  }

  @Test
  void aColumnHeadLabelsItsValues() {
    String table = "\t氏名\t注文番号\t個人番号\n\t山田\t1234 5678 9018\t9876 5432 1093\n";
    assertTrue(evidence(FindingType.MY_NUMBER, table, "1234 5678").opposed());
    assertTrue(evidence(FindingType.MY_NUMBER, table, "9876 5432").supported());
  }
}
