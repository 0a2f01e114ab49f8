package dev.shirabe.detect.identifiers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole number written as digit groups joined by single spaces or hyphens, as identifiers
 * are written: "1234 5678 9012", "4111-1111-1111-1111", "1234567". Found in the folded text,
 * so full-width digits, Japanese dashes and the ideographic space count as their ASCII forms.
 *
 * <p>A run is a whole value or nothing: it does not start or end inside a word
 * ("T1234567890123", "1234567A"), a code or a longer dotted, hyphenated or comma-grouped number
 * ("SZ-0485-5550", "1,234,567", "2024.01.15"), and it is never one digit repeated ({@link
 * #isPlaceholder}). The identifier detectors share it, so that they agree on where a number
 * starts and ends, and each reads the text in one pass without a regular expression.
 */
public final class DigitRun {

  private final int start;
  private final int end;
  private final String digits;
  private final int[] groups;

  private DigitRun(int start, int end, String digits, int[] groups) {
    this.start = start;
    this.end = end;
    this.digits = digits;
    this.groups = groups;
  }

  /**
   * Every run of the folded text with {@code minDigits} to {@code maxDigits} digits, in text
   * order.
   */
  public static List<DigitRun> find(String folded, int minDigits, int maxDigits) {
    List<DigitRun> runs = new ArrayList<>();
    int[] groups = new int[8];
    int n = folded.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(folded.charAt(i))) {
        i++;
        continue;
      }
      // Measure the run first: most are short (years, counts) and are dropped unbuilt.
      int start = i;
      int count = 0;
      int digits = 0;
      while (true) {
        int groupStart = i;
        while (i < n && isDigit(folded.charAt(i))) {
          i++;
        }
        if (count == groups.length) {
          groups = Arrays.copyOf(groups, count * 2);
        }
        groups[count++] = i - groupStart;
        digits += i - groupStart;
        if (i + 1 < n && isSeparator(folded.charAt(i)) && isDigit(folded.charAt(i + 1))) {
          i++;
        } else {
          break;
        }
      }
      if (digits >= minDigits && digits <= maxDigits
          && startsValue(folded, start) && endsValue(folded, i)
          && !isPlaceholder(folded, start, i)) {
        runs.add(new DigitRun(start, i, digitsOf(folded, start, i, digits),
            Arrays.copyOf(groups, count)));
      }
    }
    return runs;
  }

  /**
   * Whether a number is one digit repeated ("0000 0000 0000", "1111111"): the placeholder of a
   * form or an example, nobody's number, though "000000000000" passes the My Number check.
   */
  static boolean isPlaceholder(String folded, int start, int end) {
    char first = folded.charAt(start);
    for (int i = start + 1; i < end; i++) {
      char c = folded.charAt(i);
      if (isDigit(c) && c != first) {
        return false;
      }
    }
    return true;
  }

  private static String digitsOf(String folded, int start, int end, int count) {
    char[] digits = new char[count];
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = folded.charAt(i);
      if (isDigit(c)) {
        digits[k++] = c;
      }
    }
    return new String(digits);
  }

  /**
   * Whether a value may start at {@code start}: not glued to a letter or digit, to a sign
   * ("+81", "¥"), or to punctuation that continues a code or number ("A-0312", "1,234",
   * "1.5"). A label may touch it: "No.1234567", "ID:123456789012".
   */
  static boolean startsValue(String folded, int start) {
    if (start == 0) {
      return true;
    }
    char before = folded.charAt(start - 1);
    if (isAsciiLetterOrDigit(before) || before == '+'
        || Character.getType(before) == Character.CURRENCY_SYMBOL) {
      return false;
    }
    char twoBefore = start >= 2 ? folded.charAt(start - 2) : ' ';
    return !(isCodeJoiner(before) && isAsciiLetterOrDigit(twoBefore)
        || isNumberJoiner(before) && isDigit(twoBefore));
  }

  /**
   * Whether a value may end at {@code end}: not glued to a letter or digit, nor to punctuation
   * that goes on with more of it ("1234-AB", "1234.5", "1234567.pdf", "1,234").
   */
  static boolean endsValue(String folded, int end) {
    if (end == folded.length()) {
      return true;
    }
    char after = folded.charAt(end);
    if (isAsciiLetterOrDigit(after)) {
      return false;
    }
    char twoAfter = end + 1 < folded.length() ? folded.charAt(end + 1) : ' ';
    return !((isCodeJoiner(after) || after == '.') && isAsciiLetterOrDigit(twoAfter)
        || isNumberJoiner(after) && isDigit(twoAfter));
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The digits alone, ASCII: "123456789012" for "１２３４ ５６７８ ９０１２". */
  public String digits() {
    return digits;
  }

  /** One unbroken group: nothing in how it is written says what it is. */
  public boolean isBare() {
    return groups.length == 1;
  }

  /** Whether the run is written in exactly these groups: {@code hasGroups(4, 4, 4)}. */
  public boolean hasGroups(int... lengths) {
    return Arrays.equals(groups, lengths);
  }

  public int groupCount() {
    return groups.length;
  }

  /** The number of digits of the group at {@code index}, counted from 0. */
  public int group(int index) {
    return groups[index];
  }

  @Override
  public String toString() {
    return digits + Arrays.toString(groups) + "@" + start;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-';
  }

  /** Joins the parts of a code wherever it stands: "SZ-0485", "ABC_123". */
  private static boolean isCodeJoiner(char c) {
    return c == '-' || c == '_';
  }

  /** Joins the parts of a number between digits: "1,234", "1.5", "12:30", "3/4". */
  private static boolean isNumberJoiner(char c) {
    return c == '.' || c == ',' || c == '/' || c == ':';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
