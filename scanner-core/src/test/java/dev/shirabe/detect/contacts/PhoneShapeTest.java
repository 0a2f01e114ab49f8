package dev.shirabe.detect.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneShapeTest {

  @Test
  void digitsLeaveOutPunctuationAndTheExtension() {
    assertEquals("0312345678", PhoneShape.of("03(1234)5678").digits());
    assertEquals("3458993560", PhoneShape.of("345-899-3560x4587").digits());
  }

  @Test
  void tellsPhoneLikeWritingFromBareAndOddRuns() {
    assertTrue(PhoneShape.of("212-555-0123").isPhoneLike());
    assertTrue(PhoneShape.of("1-800-555-0199").isPhoneLike());
    assertTrue(PhoneShape.of("(03)12345678").isPhoneLike());
    assertTrue(PhoneShape.of("+46 (0)8 928 571 38").isPhoneLike());
    assertFalse(PhoneShape.of("0-3-1-2-3-4-5-6-7-8").isPhoneLike());
    assertFalse(PhoneShape.of("0312345678").isPhoneLike());
    assertTrue(PhoneShape.of("0312345678").isBare());
  }

  @Test
  void recognisesTheShapesOfOtherNumbers() {
    assertTrue(PhoneShape.of("2024-01-15").isOtherNumber());
    assertTrue(PhoneShape.of("2015-12-22 04").isOtherNumber());
    assertTrue(PhoneShape.of("15.01.2024").isOtherNumber());
    assertTrue(PhoneShape.of("192.168.100.200").isOtherNumber());
    assertTrue(PhoneShape.of("1234 5678 9012").isOtherNumber());
    assertTrue(PhoneShape.of("123-4567").isPhoneLike());
    assertFalse(PhoneShape.of("123-4567").isOtherNumber());
    assertTrue(PhoneShape.of("123-456").isOtherNumber(), "too short");
    assertTrue(PhoneShape.of("1234567890123456").isOtherNumber(), "too long");
    assertFalse(PhoneShape.of("03-1234-5678").isOtherNumber());
  }

  @Test
  void groupsMustBreakWhereTheCountryBreaksThem() {
    assertTrue(PhoneShape.of("212-555-0123").keepsGroupsOf("(212) 555-0123"));
    assertTrue(PhoneShape.of("2125550123").keepsGroupsOf("(212) 555-0123"));
    assertTrue(PhoneShape.of("1-212-555-0123").keepsGroupsOf("(212) 555-0123"));
    assertTrue(PhoneShape.of("212 5550123").keepsGroupsOf("(212) 555-0123"));
    assertFalse(PhoneShape.of("21-2555-0123").keepsGroupsOf("(212) 555-0123"));
    assertFalse(PhoneShape.of("675 62314").keepsGroupsOf("6756 2314"));
  }
}
