package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.addresses.AddressNumbers.Strength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "1-2-3, 1-2-3, FULL",
    "五丁目二番一号, 5-2-1, FULL",
    "3丁目, 3, CHOME_ONLY",
    "1番地の2, 1-2, FULL",
    "123の4, 123-4, FULL",
    "3番地, 3, FULL",
    "599, 599, SINGLE",
    "9番9-1203号室, 9-9-1203, FULL",
    "二丁目 8-1, 2-8-1, FULL",
  })
  void readsBlockNumbers(String text, String canonical, Strength strength) {
    AddressNumbers.Block block = AddressNumbers.parse(text, 0);
    assertEquals(canonical, block.canonical());
    assertEquals(strength, block.strength());
    assertEquals(text.length(), block.end());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-15", "03-1234-5678", "2020年", "3人", "1,234円", "1.5", "12:30",
      "3/4", "1-2km", "三", "1番目", "3号棟", "1号線", "123456", "1-2-3-4-5-6", "0"})
  void refusesOtherNumbers(String text) {
    assertNull(AddressNumbers.parse(text, 0), text);
  }

  @Test
  void aCommaEndsAChainButContinuesALoneNumber() {
    assertEquals("9-9-9", AddressNumbers.parse("9-9-9,090-5555-0701", 0).canonical());
    assertNull(AddressNumbers.parse("599,000", 0));
  }

  @Test
  void tellsBlockNumeralsFromNumeralsInNames() {
    assertTrue(AddressNumbers.startsBlock("三丁目", 0));
    assertTrue(AddressNumbers.startsBlock("二番地", 0));
    assertFalse(AddressNumbers.startsBlock("六本木", 0));
    assertFalse(AddressNumbers.startsBlock("一番町", 0));
    assertFalse(AddressNumbers.startsBlock("八丁堀", 0));
    assertEquals(2, AddressNumbers.districtCounterEnd("1条西", 0));
    assertEquals(3, AddressNumbers.districtCounterEnd("6地割", 0));
    assertEquals(-1, AddressNumbers.districtCounterEnd("6丁目", 0));
  }

  @ParameterizedTest
  @CsvSource({"一, 1", "十, 10", "二十三, 23", "百五, 105", "二〇一, 201", "千二百, 1200", "十十, 0"})
  void valuesKanjiNumerals(String numeral, int value) {
    assertEquals(value, AddressNumbers.kanjiValue(numeral, 0, numeral.length()));
  }
}
