package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CharMaskTest {

  @Test
  void aWordThatOccursMayBeThereAndOneWhoseFirstCharIsAbsentIsNot() {
    CharMask mask = new CharMask("担当:山田 tel");
    assertTrue(mask.mayContain("担当"));
    assertTrue(mask.mayContain("山田"));
    assertTrue(mask.mayContain("tel"));
    assertTrue(mask.mayContain(""));
    assertFalse(mask.mayContain("電話"));
    assertFalse(mask.mayContain("fax"));
  }

  @Test
  void charsThatShareTheirLowTenBitsAreNotToldApart() {
    // 'A' (0x41) and U+0441 share the low ten bits: the mask may say yes, never a wrong no.
    CharMask mask = new CharMask("A");
    assertTrue(mask.mayContain("\u0441"));
  }

  @Test
  void aWordWhoseFirstCharIsThereButNotOneOfItsPairsIsNot() {
    CharMask mask = new CharMask("the hotel, tel 03");
    assertTrue(mask.mayContain("hotel"));
    assertTrue(mask.mayContain("l, t"));
    assertFalse(mask.mayContain("tele")); // t, te, el are there; "le" is not
    assertFalse(mask.mayContain("ht"));
  }

  @Test
  void everyPieceOfATextMayBeInIt() {
    // Never a wrong no, whatever the chars: ASCII, kana and kanji, chars past the low ten bits.
    Random random = new Random(15);
    String alphabet = "abcdefghijklmnopqrstuvwxyz ,.:-\t\n0123456789ABCZ電話番号担当様\u0441\uff21";
    for (int round = 0; round < 2000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      CharMask mask = new CharMask(text);
      for (int from = 0; from < text.length(); from++) {
        for (int to = from + 1; to <= text.length(); to++) {
          assertTrue(mask.mayContain(text.substring(from, to)), text + " / " + from + "-" + to);
        }
      }
    }
  }
}
