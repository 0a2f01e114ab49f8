package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
