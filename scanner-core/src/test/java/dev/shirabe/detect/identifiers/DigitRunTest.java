package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitRunTest {

  private static List<DigitRun> runs(String text) {
    return DigitRun.find(new DetectionText(text).folded(), 7, 19);
  }

  private static DigitRun only(String text) {
    List<DigitRun> runs = runs(text);
    assertEquals(1, runs.size(), () -> "runs in " + text + ": " + runs);
    return runs.get(0);
  }

  @Test
  void readsGroupsJoinedBySingleSpacesOrHyphens() {
    DigitRun run = only("番号 1234 5678 9012 です");
    assertEquals("123456789012", run.digits());
    assertTrue(run.hasGroups(4, 4, 4));
    assertFalse(run.isBare());
    assertEquals(3, run.start());
    assertEquals(17, run.end());
    assertTrue(only("4111-1111-1111-1111").hasGroups(4, 4, 4, 4));
    assertTrue(only("1234567").isBare());
  }

  @Test
  void readsFullWidthDigitsDashesAndSpaces() {
    DigitRun run = only("１２３４－５６７８－９０１２");
    assertEquals("123456789012", run.digits());
    assertTrue(run.hasGroups(4, 4, 4));
    assertTrue(only("１２３４　５６７８　９０１２").hasGroups(4, 4, 4), "ideographic spaces");
    assertTrue(only("1234ー5678ー9012").hasGroups(4, 4, 4), "prolonged sound mark between digits");
  }

  @Test
  void twoSpacesOrOtherPunctuationEndARun() {
    assertEquals(List.of(), runs("1234  5678"), "two spaces part two values of four digits");
    List<DigitRun> two = runs("1234567\t7654321");
    assertEquals(2, two.size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "T1234567890123", // glued to a letter
        "1234567A",
        "SZ-0485-5550123", // a product code
        "A-0312345",
        "1,234,567", // an amount
        "12345678.5",
        "v2.1234567",
        "+81 3 1234 5678", // an international phone number
        "¥1234567",
        "1234567.pdf",
        "12:1234567",
        "0000 0000 0000", // a placeholder
        "1111111"
      })
  void aRunIsAWholeValueNeverAPieceOfOne(String text) {
    assertEquals(List.of(), runs(text), text);
  }

  @Test
  void aLabelMayTouchTheValue() {
    assertEquals("1234567", only("No.1234567").digits());
    assertEquals("1234567", only("ID:1234567").digits());
    assertEquals("1234567", only("口座番号1234567番").digits());
  }

  @Test
  void keepsOnlyRunsOfTheAskedLength() {
    String text = "123456、1234567、12345678901234567890";
    assertEquals(List.of(), DigitRun.find(text, 8, 19));
    assertEquals(1, DigitRun.find(text, 7, 7).size());
  }
}
