package dev.shirabe.detect.identifiers;

/**
 * The check-digit schemes of the identifiers Shirabe finds. A number that fails its scheme is
 * a typo or something else, and is not reported as that identifier. Inputs are ASCII digits
 * (and letters for IBAN), as {@link DigitRun#digits()} gives them.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** Luhn (ISO/IEC 7812-1), payment card numbers: the last digit checks the others. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * The remainder mod 11 of the digits before the check digit, weighted 2, 3, 4, 5, 6, 7, 2, 3,
   * … from the digit next to it leftwards: the "modulus 11, weights 2–7" scheme that Japan
   * uses for the individual number and the driver's licence number. Each decides for itself
   * which check digit a remainder gives.
   *
   * @param digits the number; its check digit stands at {@code checkIndex}
   */
  static int modulus11Remainder(CharSequence digits, int checkIndex) {
    int sum = 0;
    int weight = 2;
    for (int i = checkIndex - 1; i >= 0; i--) {
      sum += (digits.charAt(i) - '0') * weight;
      weight = weight == 7 ? 2 : weight + 1;
    }
    return sum % 11;
  }

  /**
   * ISO 7064 MOD 97-10 as IBAN uses it: the first four chars moved to the end, letters read as
   * 10–35, and the whole taken as a number, which must leave 1 when divided by 97.
   *
   * @param iban upper-case letters and digits, no spaces
   */
  static boolean iban(String iban) {
    int remainder = 0;
    int n = iban.length();
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
