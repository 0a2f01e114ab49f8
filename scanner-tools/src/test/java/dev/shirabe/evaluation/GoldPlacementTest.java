package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold spans given by text alone, as for OCR, placed in the text the extractor gave. */
class GoldPlacementTest {

  @Test
  void aSpanIsPlacedWhereItsTextIsDespiteSpacesAndWidths() {
    String text = "氏名  山田太郎\n電話 ０３-1234-5678\n";
    GoldDocument placed = GoldPlacement.place(new GoldDocument("a.png", List.of(
        new GoldSpan("PERSON", -1, -1, "山田 太郎"),
        new GoldSpan("PHONE", -1, -1, "03-1234-5678"))), text);
    GoldSpan name = placed.entities().get(0);
    assertEquals("山田太郎", text.substring(name.start(), name.end()));
    GoldSpan phone = placed.entities().get(1);
    assertEquals("０３-1234-5678", text.substring(phone.start(), phone.end()));
  }

  @Test
  void aMisreadSpanStaysNowhereAndTwoEqualSpansTakeTwoPlaces() {
    String text = "TEL 03-1111-2222 FAX 03-1111-2222";
    GoldDocument placed = GoldPlacement.place(new GoldDocument("a.png", List.of(
        new GoldSpan("PHONE", -1, -1, "03-1111-2222"),
        new GoldSpan("PHONE", -1, -1, "03-1111-2222"),
        new GoldSpan("EMAIL", -1, -1, "a@example.com"))), text);
    assertEquals(4, placed.entities().get(0).start());
    assertEquals(21, placed.entities().get(1).start());
    assertEquals(GoldPlacement.NOWHERE, placed.entities().get(2).start());
  }

  @Test
  void spansWithOffsetsAreLeftAsTheyAre() {
    GoldDocument document = new GoldDocument("a.txt", List.of(new GoldSpan("PHONE", 0, 3, "x")));
    assertEquals(document, GoldPlacement.place(document, "abc"));
  }

  @Test
  void offsetsCountingCodePointsAfterAnEmojiAreMovedToTheirChars() {
    String text = "so cute \uD83D\uDE0D My name is krithika and Karina";
    // As en_wnut17_person-0079 gives them: code points, one fewer than chars after the emoji.
    int start = text.codePointCount(0, text.indexOf("krithika"));
    GoldDocument placed = GoldPlacement.place(new GoldDocument("a.txt", List.of(
        new GoldSpan("PERSON", start, start + 8, "krithika"),
        new GoldSpan("PERSON", 0, 2, "so"))), text);
    GoldSpan name = placed.entities().get(0);
    assertEquals("krithika", text.substring(name.start(), name.end()));
    assertEquals(new GoldSpan("PERSON", 0, 2, "so"), placed.entities().get(1));
  }
}
