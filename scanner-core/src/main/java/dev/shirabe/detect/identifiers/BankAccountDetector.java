package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds bank account numbers: Japanese accounts where a bank word makes them plain, and IBANs.
 *
 * <p>A Japanese account number is seven digits, a shape shared with postal codes, customer
 * codes and local phone numbers, so it is reported only with a bank word near it or heading
 * its column (口座番号, 普通, 当座, 支店, 振込先, ゆうちょ …; {@link IdentifierContext}) and no
 * other number's label nearer (〒, 電話, 注文番号). Shapes:
 *
 * <ul>
 *   <li>seven digits ("普通 1234567"), or a branch number and the account ("123-1234567");
 *   <li>ゆうちょ銀行 accounts: the 記号 (five digits, the first a 1) and the 番号 (six to eight
 *       digits) joined ("12345-12345671", also with the last digit of the 番号 bracketed,
 *       "12345-1234567(1)"), or the eight-digit 番号, ending in 1, on its own ("番号 12345671").
 * </ul>
 *
 * <p>An IBAN is two letters of a country that issues them, two check digits and the national
 * number, in that country's length ({@code iban-lengths.txt}), unbroken or in groups of four,
 * and passing ISO 7064 MOD 97-10. That structure is plain enough without a label; only another
 * number's label rules it out. {@code normalized}: the digits of a Japanese account, the IBAN
 * without spaces.
 */
public final class BankAccountDetector implements Detector {

  public static final String NAME = "bank-account";

  private static final int ACCOUNT_DIGITS = 7;
  private static final int BRANCH_DIGITS = 3;
  private static final int YUCHO_KIGO_DIGITS = 5;
  /** The 番号 of a ゆうちょ account: up to eight digits, the last a 1; six or more here. */
  private static final int YUCHO_BANGO_MIN = 6;
  private static final int YUCHO_BANGO_MAX = 8;

  /** The 記号 of a ゆうちょ account and the word 番号, right before its 番号. */
  private static final Pattern KIGO_BEFORE = Pattern.compile("(?<![0-9])(1\\d{4}) ?:? ?番号 ?:? ?$");
  private static final int KIGO_ROOM = 16;

  private static final double JAPANESE = 0.6;
  private static final double IBAN = 0.7;

  private static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();
  private static final int IBAN_MIN = 15;

  private final IdentifierContext context = new IdentifierContext(FindingType.BANK_ACCOUNT);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    List<Finding> findings = new ArrayList<>();
    String folded = text.folded();
    int maxDigits = YUCHO_KIGO_DIGITS + YUCHO_BANGO_MAX;
    for (DigitRun run : DigitRun.find(folded, ACCOUNT_DIGITS, maxDigits)) {
      if (!isJapaneseAccount(run)) {
        continue;
      }
      int end = run.end();
      String digits = run.digits();
      int start = run.start();
      if (run.groupCount() == 2 && run.group(0) == YUCHO_KIGO_DIGITS
          && hasBracketedDigit(folded, end)) {
        digits += folded.charAt(end + 1);
        end += 3;
      } else if (run.isBare() && digits.length() == YUCHO_BANGO_MAX) {
        // "記号 12345 番号 12345671": the account is the pair, reported as one.
        Matcher kigo = KIGO_BEFORE.matcher(folded)
            .region(Math.max(0, start - KIGO_ROOM), start);
        if (kigo.find()) {
          digits = kigo.group(1) + digits;
          start = kigo.start(1);
        }
      }
      if (context.evidence(text, start, end).supported()) {
        findings.add(text.finding(FindingType.BANK_ACCOUNT, null, start, end, digits, JAPANESE, NAME));
      }
    }
    findIbans(text, findings);
    return findings;
  }

  /** The shapes of a Japanese account number: see the class comment. */
  private static boolean isJapaneseAccount(DigitRun run) {
    String digits = run.digits();
    if (run.isBare()) {
      return digits.length() == ACCOUNT_DIGITS
          || (digits.length() == YUCHO_BANGO_MAX && digits.charAt(digits.length() - 1) == '1');
    }
    if (run.hasGroups(BRANCH_DIGITS, ACCOUNT_DIGITS)) {
      return true;
    }
    return run.groupCount() == 2
        && run.group(0) == YUCHO_KIGO_DIGITS
        && digits.charAt(0) == '1'
        && run.group(1) >= YUCHO_BANGO_MIN
        && run.group(1) <= YUCHO_BANGO_MAX;
  }

  /** "(1)" right after a ゆうちょ number: the last digit of its 番号, set apart. */
  private static boolean hasBracketedDigit(String folded, int at) {
    return at + 3 <= folded.length()
        && folded.charAt(at) == '('
        && isDigit(folded.charAt(at + 1))
        && folded.charAt(at + 2) == ')';
  }

  /**
   * IBANs: a country code of two capitals where a value may start, two check digits, then
   * capitals and digits, with single spaces allowed between groups of four.
   */
  private void findIbans(DetectionText text, List<Finding> findings) {
    String folded = text.folded();
    int n = folded.length();
    for (int i = 0; i + IBAN_MIN <= n; i++) {
      if (!isUpper(folded.charAt(i)) || !isUpper(folded.charAt(i + 1))
          || !isDigit(folded.charAt(i + 2)) || !isDigit(folded.charAt(i + 3))
          || !DigitRun.startsValue(folded, i)) {
        continue;
      }
      Integer length = IBAN_LENGTHS.get(folded.substring(i, i + 2));
      if (length == null) {
        continue;
      }
      StringBuilder iban = new StringBuilder(length);
      int j = i;
      while (j < n && iban.length() < length) {
        char c = folded.charAt(j);
        if (isUpper(c) || isDigit(c)) {
          iban.append(c);
          j++;
        } else if (c == ' ' && iban.length() % 4 == 0 && j + 1 < n
            && (isUpper(folded.charAt(j + 1)) || isDigit(folded.charAt(j + 1)))) {
          j++;
        } else {
          break;
        }
      }
      if (iban.length() == length && DigitRun.endsValue(folded, j)
          && CheckDigits.iban(iban.toString())
          && !context.evidence(text, i, j).opposed()) {
        findings.add(text.finding(FindingType.BANK_ACCOUNT, null, i, j, iban.toString(), IBAN, NAME));
        i = j - 1;
      }
    }
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Map<String, Integer> ibanLengths() {
    Map<String, Integer> lengths = new HashMap<>();
    for (String line : WordList.load("iban-lengths.txt")) {
      String[] fields = line.split(" ");
      lengths.put(fields[0].toUpperCase(Locale.ROOT), Integer.parseInt(fields[1]));
    }
    return Map.copyOf(lengths);
  }
}
