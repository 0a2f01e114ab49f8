package dev.shirabe.detect.identifiers;

import dev.shirabe.vocabulary.FindingType;

/**
 * Finds My Numbers (個人番号): twelve digits whose last is the check digit the law prescribes
 * (番号法施行令 and its 総務省令: {@link #isValid}), written unbroken or in the 4-4-4 groups of
 * the card, with spaces or hyphens, in ASCII or full-width digits.
 *
 * <p>One twelve-digit number in eleven passes the check by chance, so the check alone does not
 * make a My Number. The rule:
 *
 * <ul>
 *   <li>A number labelled as another number is never one: an opposing word nearer than any
 *       supporting one, before or after it or heading its table column (注文番号, 伝票番号,
 *       法人番号, order, invoice …; {@link IdentifierContext}).
 *   <li>A number with a supporting word (マイナンバー, 個人番号, My Number) is one.
 *   <li>A number in a table column of twelve-digit numbers that mostly fail the check is
 *       never one: it passes by chance ({@link IdentifierColumns}).
 *   <li>Without a label, the 4-4-4 grouping, the way the number is printed on the card and
 *       copied from it, makes it one; so does a column of at least three numbers that all
 *       pass, in a row with a name, phone or address (a header-less export: {@link
 *       IdentifierColumns}). Twelve unbroken digits without either are more often an order,
 *       contract or slip number ("202401150001"), and are not reported.
 * </ul>
 *
 * <p>The 13-digit corporate number (法人番号) is public and never matches: it has thirteen
 * digits. {@code normalized} is the twelve digits.
 */
public final class MyNumberDetector extends CheckedNumberDetector {

  public static final String NAME = "my-number";

  private static final int DIGITS = 12;

  /** Before context: the check digit and the shape agree, nothing else is known. */
  private static final double CONFIDENCE = 0.6;

  public MyNumberDetector() {
    super(FindingType.MY_NUMBER, NAME, DIGITS, DIGITS);
  }

  /** Twelve digits bare or in fours, as the card prints them. */
  @Override
  protected boolean isWrittenSo(DigitRun run) {
    return run.hasGroups(4, 4, 4) || run.isBare();
  }

  @Override
  protected boolean passesCheck(String digits) {
    return isValid(digits);
  }

  /** In fours, as the card prints them: no other twelve-digit number is written so. */
  @Override
  protected boolean standsAlone(DigitRun run) {
    return run.hasGroups(4, 4, 4);
  }

  @Override
  protected double confidence(DigitRun run) {
    return CONFIDENCE;
  }

  /**
   * Whether twelve ASCII digits end in the check digit of a My Number: with Pn the n-th digit
   * counted leftwards from the one next to the check digit and Qn = n + 1 for n ≤ 6, n − 5
   * for 7 ≤ n ≤ 11, the check digit is 11 − (Σ Pn × Qn mod 11), or 0 when that remainder is
   * 0 or 1. Qn runs 2…7, 2…6: the modulus 11 weights of {@link CheckDigits#modulus11Remainder}.
   */
  static boolean isValid(String digits) {
    if (digits.length() != DIGITS) {
      return false;
    }
    int remainder = CheckDigits.modulus11Remainder(digits, DIGITS - 1);
    int check = remainder <= 1 ? 0 : 11 - remainder;
    return digits.charAt(DIGITS - 1) - '0' == check;
  }
}
