package dev.shirabe.detect.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run of digits is written: its digit groups, a leading {@code +}, a bracketed group.
 * Tells phone-like writing ("212-555-0123", "(03)1234-5678", "+46 (0)8 928 571 38") from the
 * shapes of other numbers that metadata alone would not rule out: dates, IPv4 addresses, the
 * 4-4-4 grouping of a My Number, and runs too short or too long for a full number.
 */
final class PhoneShape {

  private static final String GROUP = "(?:\\(\\d{1,6}\\)|\\d++)";

  /**
   * A run of digit groups joined by single spaces, hyphens or dots or by brackets, with an
   * optional {@code +} and extension. It starts and ends at a token boundary: never inside a
   * word, an amount, a time or a dotted or hyphenated number, so it is always a whole value.
   */
  static final Pattern RUN =
      Pattern.compile(
          "(?<![\\w+\\-]|\\d[.,:/])(?:\\+ ?)?"
              + GROUP
              + "(?:[ .\\-]?"
              + GROUP
              + ")*+(?: ?(?:x|ext\\.?) ?\\d{1,6})?+(?!\\w)");

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern EXTENSION = Pattern.compile(" ?(?:x|ext\\.?) ?\\d+$");

  /** Fewer digits are a local number at best, or something else. */
  static final int MIN_DIGITS = 7;

  /** E.164's limit, country code included. */
  private static final int MAX_DIGITS = 15;

  private final String number;
  private final List<String> groups;

  private PhoneShape(String number, List<String> groups) {
    this.number = number;
    this.groups = groups;
  }

  /** The shape of a run (ASCII digits and punctuation, as in the folded text). */
  static PhoneShape of(String run) {
    String number = EXTENSION.matcher(run).replaceFirst("");
    List<String> groups = new ArrayList<>();
    Matcher m = DIGITS.matcher(number);
    while (m.find()) {
      groups.add(m.group());
    }
    return new PhoneShape(number, List.copyOf(groups));
  }

  /** The digits of the number, extension left out: "0312345678" for "03(1234)5678". */
  String digits() {
    return String.join("", groups);
  }

  boolean isInternational() {
    return number.startsWith("+");
  }

  /** One unbroken digit run: "0312345678". Nothing in its writing says "phone". */
  boolean isBare() {
    return groups.size() == 1 && !isInternational() && number.indexOf('(') < 0;
  }

  /**
   * Written the way phone numbers are: with a {@code +}, a bracketed area code, or in groups of
   * two or more digits after the first ("1-800-555-0199" is fine, "0-3-1-2-3" is not).
   */
  boolean isPhoneLike() {
    if (isInternational() || number.indexOf('(') >= 0) {
      return true;
    }
    if (groups.size() < 2) {
      return false;
    }
    for (int i = 1; i < groups.size(); i++) {
      if (groups.get(i).length() < 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when every break between this number's digit groups is also a break in {@code
   * formatted}, the number as its country writes it (libphonenumber's national format),
   * counting from the last digit: "212-555-0123" and "2125550123" keep the groups of "(212)
   * 555-0123", "21-2555-0123" does not. Leading digits that the format lacks (a trunk prefix,
   * a dialled "1-") may stand apart.
   */
  boolean keepsGroupsOf(String formatted) {
    List<String> theirs = of(formatted).groups;
    Set<Integer> allowed = breaksFromEnd(theirs);
    allowed.add(theirs.stream().mapToInt(String::length).sum());
    return allowed.containsAll(breaksFromEnd(groups));
  }

  /**
   * True when this number is written in exactly the digit groups of {@code formatted}: "020
   * 7946 0958" is in the groups of London's "020 7946 0958", "06-6123-4567" is not in those
   * of French "06 61 23 45 67" (though every break of it is one there).
   */
  boolean hasGroupsOf(String formatted) {
    return groups.size() > 1 && breaksFromEnd(groups).equals(breaksFromEnd(of(formatted).groups));
  }

  private static Set<Integer> breaksFromEnd(List<String> groups) {
    Set<Integer> breaks = new HashSet<>();
    int fromEnd = 0;
    for (int i = groups.size() - 1; i > 0; i--) {
      fromEnd += groups.get(i).length();
      breaks.add(fromEnd);
    }
    return breaks;
  }

  /** A shape that belongs to some other kind of number, whatever phone metadata says. */
  boolean isOtherNumber() {
    int digits = groups.stream().mapToInt(String::length).sum();
    return digits < MIN_DIGITS
        || digits > MAX_DIGITS
        || startsWithDate()
        || isDayMonthYear()
        || isIpAddress()
        || isMyNumberGrouping();
  }

  /** 2024-01-15, 2024.1.15, and a timestamp's date: "2015-12-22 04". */
  private boolean startsWithDate() {
    return groups.size() >= 3
        && isYear(groups.get(0))
        && isMonthOrDay(groups.get(1), 12)
        && isMonthOrDay(groups.get(2), 31);
  }

  /** 15.01.2024, 01-15-2024. */
  private boolean isDayMonthYear() {
    return groups.size() == 3
        && isMonthOrDay(groups.get(0), 31)
        && isMonthOrDay(groups.get(1), 31)
        && isYear(groups.get(2));
  }

  private boolean isIpAddress() {
    if (groups.size() != 4 || !number.matches("\\d{1,3}(?:\\.\\d{1,3}){3}")) {
      return false;
    }
    return groups.stream().allMatch(g -> Integer.parseInt(g) <= 255);
  }

  /** My Number (個人番号) is written 1234 5678 9012; no numbering plan groups a phone so. */
  private boolean isMyNumberGrouping() {
    return groups.size() == 3
        && !isInternational()
        && groups.stream().allMatch(g -> g.length() == 4);
  }

  private static boolean isYear(String group) {
    return group.length() == 4 && (group.startsWith("19") || group.startsWith("20"));
  }

  private static boolean isMonthOrDay(String group, int max) {
    if (group.length() > 2) {
      return false;
    }
    int value = Integer.parseInt(group);
    return value >= 1 && value <= max;
  }
}
