package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextScorerTest {

  private static final ContextWords BIRTH =
      new ContextWords(List.of("生年月日", "born", "生まれ"), List.of("納期", "due"));

  private static ContextScorer.Evidence evidence(String text, String value) {
    int start = text.indexOf(value);
    return new ContextScorer(12).evidence(new DetectionText(text), start, start + value.length(), BIRTH);
  }

  @Test
  void wordsBeforeOrAfterWithinTheWindowSupport() {
    assertTrue(evidence("生年月日：1985年4月1日", "1985年4月1日").supported());
    assertTrue(evidence("1985年4月1日生まれ", "1985年4月1日").supported());
    assertTrue(evidence("ＢＯＲＮ 1985-04-01", "1985-04-01").supported(), "folded and case-blind");
    assertFalse(evidence("生年月日は別紙をご覧ください。なお提出日は 2024-04-01", "2024-04-01").supported(),
        "outside the window");
  }

  @Test
  void theNearerWordDecides() {
    assertTrue(evidence("納期 2024-04-01", "2024-04-01").opposed());
    assertTrue(evidence("生年月日 納期 2024-04-01", "2024-04-01").opposed());
    assertTrue(evidence("納期 生年月日 1985-04-01", "1985-04-01").supported());
  }

  @Test
  void theHeadOfATableColumnCountsAsALabel() {
    String table = "\t氏名\t生年月日\n\t山田 太郎\t1985/04/01\n";
    assertTrue(evidence(table, "1985/04/01").supported());
  }

  @Test
  void wordsAfterAValueCountOnItsLineOnly() {
    // The next line's word labels what follows it there, not the date above it.
    assertFalse(evidence("2024/01/18\n生年月日 1985/04/01", "2024/01/18").supported());
    assertTrue(evidence("2024/01/18\n生年月日 1985/04/01", "1985/04/01").supported());
    assertTrue(evidence("1985/04/01 born", "1985/04/01").supported());
  }

  @Test
  void aColumnHeadThatSpeaksDecidesOverTheNeighbouringCells() {
    // The window of the first row reaches back into the header row's other columns.
    String table = "\t生年月日\t納期\n\t1985/04/01\t2024/04/01\n";
    assertTrue(evidence(table, "1985/04/01").supported());
    assertTrue(evidence(table, "2024/04/01").opposed());
    assertFalse(evidence(table, "2024/04/01").supported());
  }

  @Test
  void supportRaisesAndOppositionLowersConfidence() {
    ContextScorer scorer = new ContextScorer(12);
    Finding plain = new Finding(FindingType.EMAIL, null, 5, 10, "x", "x", 0.6, "t");
    // EMAIL has no context words in the dictionaries: unchanged.
    assertEquals(0.6, scorer.apply(new DetectionText("aaaaaxxxxx"), plain).confidence());
  }

  @Test
  void aWindowOfAsciiCharsIsAskedAboutTheWordsOfAsciiCharsOnly() {
    ContextWindow ascii = ContextWindow.before(new DetectionText("born 1985"), 5, 12);
    ContextWindow japanese = ContextWindow.before(new DetectionText("生まれ born 1985"), 9, 12);
    assertEquals(List.of("born"), BIRTH.supportingIn(ascii));
    assertEquals(BIRTH.supporting(), BIRTH.supportingIn(japanese));
    assertEquals(List.of("due"), BIRTH.opposingIn(ascii));
  }

  @Test
  void theWordsThatMayBeInAWindowFindWhatAllTheWordsFind() {
    // Windows of English, Japanese and both, with the person and date-of-birth words: the
    // nearest word is the same whether the window is asked about all words or its own.
    String[] pieces = {"dear ", "mr ", "full name: ", "様", "担当", " ", "\t", "née ", "hi",
        "this ", "date of birth ", "生年月日", "x", "Ｄｒ", "ms."};
    java.util.Random random = new java.util.Random(15);
    for (FindingType type : List.of(FindingType.PERSON, FindingType.DATE_OF_BIRTH)) {
      ContextWords words = ContextWords.of(type);
      int found = 0;
      for (int round = 0; round < 20_000; round++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 1 + random.nextInt(6); k++) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        DetectionText detection = new DetectionText(text + "X" + text);
        int at = text.length();
        for (ContextWindow window : List.of(ContextWindow.before(detection, at, 24),
            ContextWindow.afterOnLine(detection, at + 1, 24))) {
          int all = window.distanceTo(words.supporting());
          assertEquals(all, window.distanceTo(words.supportingIn(window)), window.text());
          assertEquals(window.distanceTo(words.opposing()),
              window.distanceTo(words.opposingIn(window)), window.text());
          found += all >= 0 ? 1 : 0;
        }
      }
      assertTrue(found > 1000, "too few windows with a word: " + found);
    }
  }
}
