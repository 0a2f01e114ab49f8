package dev.shirabe.vocabulary;


/**
 * Masked forms of values, for everything printed or stored without {@code --reveal}. A masked
 * value lets a person recognise which entry is meant (the domain of an email, the last digits
 * of a number, the family name) without giving the value away.
 */
public final class Masking {

  private static final char MASK = '*';

  private Masking() {}

  /** The ways of masking, one a kind of value ({@link FindingType#mask}). */
  public enum Rule {
    /** {@code y****@example.co.jp}. */
    EMAIL,
    /** Every digit but the last four, at most half of them shown: {@code ****-****-1234}. */
    LAST_DIGITS,
    /** The first word: {@code 山田 **}. */
    FIRST_WORD,
    /** The first group of an IP address: {@code 192.*.*.***}. */
    FIRST_GROUP,
    /** The first and last chars of a long enough value. */
    ENDS,
    /** A named value's name kept, the value starred: {@code JSESSIONID=********}. */
    VALUE_AFTER_NAME
  }

  public static String mask(FindingType type, String value) {
    return mask(type.mask(), value);
  }

  public static String mask(Rule rule, String value) {
    return switch (rule) {
      case EMAIL -> email(value);
      case LAST_DIGITS -> keepLastDigits(value, 4);
      case FIRST_WORD -> firstWord(value);
      case FIRST_GROUP -> keepFirstGroup(value);
      case ENDS -> keepEnds(value);
      case VALUE_AFTER_NAME -> keepName(value);
    };
  }

  /**
   * {@code y****@example.co.jp}: the first char of the local part and the domain. A local part
   * of one char is starred whole ({@code *@example.com}): shown, it would be the whole of it.
   */
  static String email(String value) {
    int at = Math.max(value.lastIndexOf('@'), value.lastIndexOf('＠'));
    if (at <= 0) {
      return keepEnds(value);
    }
    String local = value.substring(0, at);
    return keepFirst(local) + value.substring(at);
  }

  /** Every digit but the last {@code keep} becomes a star; separators stay. */
  static String keepLastDigits(String value, int keep) {
    int digits = (int) value.codePoints().filter(Character::isDigit).count();
    // Short values keep less, so that at least half is always hidden.
    int shown = Math.min(keep, digits / 2);
    StringBuilder out = new StringBuilder(value.length());
    int seen = 0;
    for (int c : value.codePoints().toArray()) {
      if (Character.isDigit(c)) {
        seen++;
        out.appendCodePoint(seen > digits - shown ? c : MASK);
      } else {
        out.appendCodePoint(Character.isLetter(c) ? MASK : c);
      }
    }
    return out.toString();
  }

  /**
   * {@code 192.*.*.***}, {@code 2001:***:*:*::*}: the first octet or hextet, which tells the
   * network's owner or kind (10 private, 2001 global), and the separators; the rest starred.
   */
  static String keepFirstGroup(String value) {
    int first = 0;
    while (first < value.length() && ".:．：".indexOf(value.charAt(first)) < 0) {
      first++;
    }
    if (first == value.length()) {
      return stars(first); // no groups to tell apart: hide it all
    }
    StringBuilder out = new StringBuilder(value.length()).append(value, 0, first);
    boolean hidden = false;
    for (int c : value.substring(first).codePoints().toArray()) {
      hidden |= Character.isLetterOrDigit(c);
      out.appendCodePoint(Character.isLetterOrDigit(c) ? MASK : c);
    }
    // Nothing after the first group ("fe80::"): showing it would show the whole address.
    return hidden ? out.toString() : keepLastDigits(value, 0);
  }

  /** {@code 山田 **}, {@code Taro ******}: the first word (or first char) shown, the rest starred. */
  static String firstWord(String value) {
    String trimmed = value.strip();
    int space = indexOfSpace(trimmed);
    if (space > 0) {
      return trimmed.substring(0, space) + " " + stars(length(trimmed.substring(space + 1)));
    }
    return keepFirst(trimmed);
  }

  /**
   * The first char shown and the rest starred, or all starred when there is no rest: never the
   * whole value. Chars are code points, so that 𠮷 is shown or starred whole, never halved.
   */
  static String keepFirst(String value) {
    int n = length(value);
    if (n <= 1) {
      return stars(n);
    }
    return value.substring(0, value.offsetByCodePoints(0, 1)) + stars(n - 1);
  }

  /**
   * {@code _ga=***********************}: the name before the first {@code =} shown (it says
   * which cookie, not whose), the value starred whole, since any part of a random identifier
   * narrows it down; without a name, all starred.
   */
  static String keepName(String value) {
    int eq = value.indexOf('=');
    return eq > 0
        ? value.substring(0, eq + 1) + stars(length(value.substring(eq + 1)))
        : stars(length(value));
  }

  /** The first and last char shown when the value is long enough to hide something. */
  static String keepEnds(String value) {
    int n = length(value);
    if (n <= 4) {
      return stars(n);
    }
    int firstEnd = value.offsetByCodePoints(0, 1);
    int lastStart = value.offsetByCodePoints(value.length(), -1);
    return value.substring(0, firstEnd) + stars(n - 2) + value.substring(lastStart);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000') {
        return i;
      }
    }
    return -1;
  }

  private static String stars(int n) {
    return String.valueOf(MASK).repeat(Math.max(n, 0));
  }
}
