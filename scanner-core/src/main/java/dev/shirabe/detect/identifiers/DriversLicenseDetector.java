package dev.shirabe.detect.identifiers;

import dev.shirabe.vocabulary.FindingType;

/**
 * Finds Japanese driver's licence numbers (運転免許証番号): twelve digits, labelled as such.
 *
 * <p>The number has been built the same way nationwide since the National Police Agency's
 * notice of 1981: the public safety commission's code (2 digits), the year of first issue (2),
 * a serial (6), a check digit, and the count of reissues (1). The check digit is the modulus
 * 11 scheme with weights 2–7 over the first ten digits ({@link #isValid}); the agency does not
 * publish it, but every independent description of it agrees and gives worked examples that
 * it reproduces. A number that fails it is not reported.
 *
 * <p>Twelve digits with a passing check digit are still far too common (one in ten passes), so
 * a licence word must stand near the number or head its column (運転免許証番号, 免許証番号,
 * Driver's License; {@link IdentifierContext}), and no other number's label nearer; or the
 * number must stand in a table column of such numbers that all pass, in a row with other
 * personal data ({@link IdentifierColumns}). In a column where most fail, none is reported.
 * {@code normalized} is the twelve digits.
 */
public final class DriversLicenseDetector extends CheckedNumberDetector {

  public static final String NAME = "drivers-license";

  private static final int DIGITS = 12;
  private static final int CHECK_INDEX = 10;

  private static final double CONFIDENCE = 0.6;

  public DriversLicenseDetector() {
    super(FindingType.DRIVERS_LICENSE, NAME, DIGITS, DIGITS);
  }

  @Override
  protected boolean passesCheck(String digits) {
    return isValid(digits);
  }

  @Override
  protected double confidence(DigitRun run) {
    return CONFIDENCE;
  }

  /**
   * Whether the eleventh of twelve ASCII digits checks the ten before it: with r the remainder
   * mod 11 of those ten weighted 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 from the left, it is the last
   * digit of 11 − r (so 1 when r is 0, and 0 when r is 1).
   */
  static boolean isValid(String digits) {
    if (digits.length() != DIGITS) {
      return false;
    }
    int remainder = CheckDigits.modulus11Remainder(digits, CHECK_INDEX);
    return digits.charAt(CHECK_INDEX) - '0' == (11 - remainder) % 10;
  }
}
