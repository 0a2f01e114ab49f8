package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContextWindowTest {

  @Test
  void beforeIsFoldedAndLowerCased() {
    DetectionText text = new DetectionText("ＴＥＬ：03-1234-5678");
    assertEquals("tel:", ContextWindow.before(text, 4, 10).text());
    assertEquals("l:", ContextWindow.before(text, 4, 2).text());
  }

  @Test
  void afterStartsAtTheSpanEnd() {
    DetectionText text = new DetectionText("03-1234-5678（ＦＡＸ）です");
    assertEquals("(fax)で", ContextWindow.after(text, 12, 6).text());
    assertEquals("", ContextWindow.after(text, text.length(), 6).text());
  }

  @Test
  void afterOnLineStopsAtTheLineEnd() {
    DetectionText text = new DetectionText("1985/04/01 生まれ\n生年月日");
    assertEquals(" 生まれ", ContextWindow.afterOnLine(text, 10, 20).text());
    assertEquals(" 生", ContextWindow.afterOnLine(text, 10, 2).text());
    assertEquals("", ContextWindow.afterOnLine(text, 14, 20).text());
  }

  @Test
  void distanceIsToTheNearestTerm() {
    DetectionText text = new DetectionText("TEL/FAX 03-1234-5678");
    ContextWindow before = ContextWindow.before(text, 8, 20);
    assertEquals(1, before.distanceTo(List.of("fax")));
    assertEquals(5, before.distanceTo(List.of("tel")));
    assertEquals(1, before.distanceTo(List.of("tel", "fax")));
    assertEquals(-1, before.distanceTo(List.of("phone")));
  }

  @Test
  void latinTermsMatchWholeWordsOnly() {
    DetectionText text = new DetectionText("hotel 0312345678");
    assertEquals(-1, ContextWindow.before(text, 6, 20).distanceTo(List.of("tel")));
    DetectionText glued = new DetectionText("TEL0312345678");
    assertEquals(0, ContextWindow.before(glued, 3, 20).distanceTo(List.of("tel")));
    DetectionText japanese = new DetectionText("お問い合わせ電話番号：03-1234-5678");
    assertEquals(1, ContextWindow.before(japanese, 11, 20).distanceTo(List.of("電話番号")));
  }

  @Test
  void clippingKeepsOnlyTheTextNearerThanAnyDigit() {
    DetectionText text = new DetectionText("FAX 03-1111-2222 / 03-3333-4444 (mobile) 5");
    assertEquals(" / ", ContextWindow.before(text, 19, 30).clippedAtDigit().text());
    assertEquals(" (mobile) ", ContextWindow.after(text, 31, 30).clippedAtDigit().text());
  }
}
