package dev.shirabe.detect.identifiers;

import dev.shirabe.vocabulary.FindingType;
import java.util.List;

/**
 * Finds payment card numbers: a run of 12 to 19 digits that passes Luhn, starts with the
 * issuer identification number of a card scheme and has one of that scheme's lengths ({@link
 * #ISSUERS}), written unbroken or in the groups cards are printed in (4-4-4-4, 4-6-5 for
 * American Express, 4-6-4 for Diners Club), with spaces or hyphens, in ASCII or full-width.
 *
 * <p>Luhn, prefix and length together leave few other numbers standing; those that remain are
 * settled by context ({@link IdentifierContext}): a number labelled as an order, slip, invoice
 * or point-card number is not reported, and numbers of 12 or 13 digits (Maestro, the old Visa
 * length) are reported only with a card word nearby, because My Numbers, JAN/EAN-13 and UPC
 * codes have those lengths too, or in a table column of card numbers ({@link
 * IdentifierColumns}). A number in a column of numbers that mostly fail Luhn is not reported:
 * it passes by chance. {@code normalized} is the digits; masks keep the last four.
 */
public final class CreditCardDetector extends CheckedNumberDetector {

  public static final String NAME = "credit-card";

  private static final int MIN_DIGITS = 12;
  private static final int MAX_DIGITS = 19;

  /** Shorter numbers need a card word: the lengths of My Numbers and product codes. */
  private static final int MIN_DIGITS_UNLABELLED = 14;

  private static final double GROUPED = 0.7;
  private static final double BARE = 0.6;

  /** A range of issuer identification numbers and the lengths of the cards it issues. */
  private record Issuer(int low, int high, int minLength, int maxLength) {

    boolean issued(String digits) {
      int length = digits.length();
      if (length < minLength || length > maxLength) {
        return false;
      }
      int prefix = Integer.parseInt(digits, 0, String.valueOf(low).length(), 10);
      return prefix >= low && prefix <= high;
    }
  }

  /**
   * The card schemes' prefixes and lengths (ISO/IEC 7812 issuer identification numbers as the
   * schemes publish them).
   */
  private static final List<Issuer> ISSUERS = List.of(
      new Issuer(4, 4, 16, 16), // Visa
      new Issuer(4, 4, 13, 13),
      new Issuer(4, 4, 19, 19),
      new Issuer(51, 55, 16, 16), // Mastercard
      new Issuer(2221, 2720, 16, 16), // Mastercard, 2-series
      new Issuer(34, 34, 15, 15), // American Express
      new Issuer(37, 37, 15, 15),
      new Issuer(3528, 3589, 16, 19), // JCB
      new Issuer(1800, 1800, 15, 15), // JCB, 15-digit numbers of its first ranges
      new Issuer(2131, 2131, 15, 15),
      new Issuer(300, 305, 14, 19), // Diners Club International
      new Issuer(3095, 3095, 14, 19),
      new Issuer(36, 36, 14, 19),
      new Issuer(38, 39, 14, 19),
      new Issuer(6011, 6011, 16, 19), // Discover
      new Issuer(644, 649, 16, 19),
      new Issuer(65, 65, 16, 19),
      new Issuer(62, 62, 16, 19), // UnionPay (and Discover's 622126–622925)
      new Issuer(5018, 5018, 12, 19), // Maestro
      new Issuer(5020, 5020, 12, 19),
      new Issuer(5038, 5038, 12, 19),
      new Issuer(5893, 5893, 12, 19),
      new Issuer(6304, 6304, 12, 19),
      new Issuer(6759, 6759, 12, 19),
      new Issuer(6761, 6763, 12, 19));

  public CreditCardDetector() {
    super(FindingType.CREDIT_CARD, NAME, MIN_DIGITS, MAX_DIGITS);
  }

  /** Bare, or in the groups cards are printed in. */
  @Override
  protected boolean isWrittenSo(DigitRun run) {
    return isCardGrouping(run) || run.isBare();
  }

  @Override
  protected boolean passesCheck(String digits) {
    return isCardNumber(digits);
  }

  /** 14 digits or more: shorter ones are the lengths of My Numbers and product codes. */
  @Override
  protected boolean standsAlone(DigitRun run) {
    return run.digits().length() >= MIN_DIGITS_UNLABELLED;
  }

  @Override
  protected double confidence(DigitRun run) {
    return isCardGrouping(run) ? GROUPED : BARE;
  }

  /** Luhn, and the prefix and length of a card scheme. */
  static boolean isCardNumber(String digits) {
    return CheckDigits.luhn(digits) && ISSUERS.stream().anyMatch(issuer -> issuer.issued(digits));
  }

  /**
   * The groups cards are printed and typed in: fours from the left with a shorter last group
   * ("4111 1111 1111 1111", "6304 0000 0000 0000 018"), 4-6-5 (American Express) and 4-6-4
   * (Diners Club).
   */
  private static boolean isCardGrouping(DigitRun run) {
    int groups = run.groupCount();
    if (run.hasGroups(4, 6, 5) || run.hasGroups(4, 6, 4)) {
      return true;
    }
    if (groups < 3) {
      return false;
    }
    for (int i = 0; i < groups - 1; i++) {
      if (run.group(i) != 4) {
        return false;
      }
    }
    return run.group(groups - 1) <= 4;
  }
}
