package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void wideCharactersTakeTwoCellsAndNarrowOnesOne() {
    assertEquals(4, TerminalText.width("山田"));
    assertEquals(6, TerminalText.width("ａｂｃ")); // full-width Latin
    assertEquals(3, TerminalText.width("ｱｲｳ")); // half-width katakana
    assertEquals(5, TerminalText.width("a 山b"));
  }

  @Test
  void combiningMarksTakeNoCell() {
    // A macOS file name is in NFD: the dakuten is a mark of its own, drawn on the kana before.
    String nfd = Normalizer.normalize("ダイアリー_ガ.txt", Normalizer.Form.NFD);
    assertEquals(TerminalText.width(Normalizer.normalize(nfd, Normalizer.Form.NFC)),
        TerminalText.width(nfd));
    assertEquals(4, TerminalText.width("cafe\u0301")); // an accent on the e
    assertEquals(2, TerminalText.width("👍\uFE0F")); // the variation selector adds nothing
  }

  @Test
  void charactersBeyondTheBasicPlaneAreMeasuredOnce() {
    assertEquals(2, TerminalText.width("𠮷")); // CJK Extension B: one character, two cells
    assertEquals(2, TerminalText.width("😀"));
    assertEquals(1, TerminalText.width("𝐀")); // mathematical bold A: narrow
  }

  @Test
  void padFillsToTheWidthAndTruncatesNothing() {
    assertEquals("山田  |", TerminalText.pad("山田", 6) + "|");
    assertEquals("ガ    |", TerminalText.pad(Normalizer.normalize("ガ", Normalizer.Form.NFD), 6)
        .replace("\u30AB\u3099", "ガ") + "|");
    assertEquals("abcdef |", TerminalText.pad("abcdef", 4) + "|");
  }
}
