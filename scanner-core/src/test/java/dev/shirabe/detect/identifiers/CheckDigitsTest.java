package dev.shirabe.detect.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckDigitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "5555555555554444", "378282246310005",
      "3530111333300000", "30569309025904", "6011111111111117", "79927398713"})
  void luhnAcceptsPublishedTestNumbers(String number) {
    assertTrue(CheckDigits.luhn(number), number);
  }

  @Test
  void luhnRejectsAnyOneDigitChanged() {
    String valid = "4111111111111111";
    for (int i = 0; i < valid.length(); i++) {
      char[] wrong = valid.toCharArray();
      wrong[i] = (char) ('0' + (wrong[i] - '0' + 1) % 10);
      assertFalse(CheckDigits.luhn(new String(wrong)), new String(wrong));
    }
  }

  @Test
  void modulus11WeighsTwoToSevenFromTheCheckDigitLeftwards() {
    // 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 = 77 = 7 × 11, weights from the right: 2, 3, …, 7.
    assertEquals(0, CheckDigits.modulus11Remainder("1234560", 6));
    // Weights start again at 2 after 7: eight digits before the check digit.
    // 1×3 + 0×2 + 0×7 + … + 0×2 = 3 (the first digit has weight 3).
    assertEquals(3, CheckDigits.modulus11Remainder("100000000", 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013000", "GB29NWBK60161331926819",
      "FR1420041010050500013M02606", "NL91ABNA0417164300", "NO9386011117947"})
  void ibanAcceptsRegistryExamples(String iban) {
    assertTrue(CheckDigits.iban(iban), iban);
  }

  @Test
  void ibanRejectsAChangedDigitAndSwappedDigits() {
    assertFalse(CheckDigits.iban("DE89370400440532013001"));
    assertFalse(CheckDigits.iban("DE89370400440532031000"));
    assertFalse(CheckDigits.iban("DE88370400440532013000"));
  }
}
