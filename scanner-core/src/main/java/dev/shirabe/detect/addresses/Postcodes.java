package dev.shirabe.detect.addresses;

/**
 * Postcode shapes that close an address, matched char by char in folded text (no regular
 * expression, so nothing to backtrack): US ZIP codes (12345, 12345-6789), UK postcodes
 * (SW1A 1AA, EC1A 1BB, M1 1AE: outward code, a space, inward code), Canadian ones (K1A 0B1) and
 * Japanese ones (105-0011, 〒105-0011). A bare run of four to six digits, the postcode of most
 * other countries, and the dashed forms of Poland, Portugal and Brazil (61-001, 1000-001,
 * 01310-100) count only where the caller already knows it is in an address.
 */
final class Postcodes {

  private Postcodes() {}

  /**
   * Where the postcode that starts at {@code at} ends, or -1 when none does. It must end at a
   * word boundary.
   *
   * @param bareDigits whether four to six digits alone count
   */
  static int end(String folded, int at, boolean bareDigits) {
    int end = japanese(folded, at);
    if (end < 0) {
      end = usZip(folded, at);
    }
    if (end < 0) {
      end = uk(folded, at);
    }
    if (end < 0) {
      end = canadian(folded, at);
    }
    if (end < 0 && bareDigits) {
      end = dashed(folded, at);
    }
    if (end < 0 && bareDigits) {
      int digits = digits(folded, at);
      end = digits >= 4 && digits <= 6 && !continuesNumber(folded, at + digits) ? at + digits : -1;
    }
    return end >= 0 && boundary(folded, end) ? end : -1;
  }

  /** Two to five digits, a hyphen, three or four: Poland 61-001, Portugal 1000-001, Brazil. */
  private static int dashed(String s, int at) {
    int head = digits(s, at);
    if (head < 2 || head > 5 || at + head >= s.length() || s.charAt(at + head) != '-') {
      return -1;
    }
    int tail = digits(s, at + head + 1);
    int end = at + head + 1 + tail;
    return tail >= 3 && tail <= 4 && !continuesNumber(s, end) ? end : -1;
  }

  private static int japanese(String s, int at) {
    int i = at < s.length() && s.charAt(at) == '〒' ? at + 1 : at;
    if (digits(s, i) == 3 && i + 3 < s.length() && s.charAt(i + 3) == '-' && digits(s, i + 4) == 4) {
      return i + 8;
    }
    return -1;
  }

  private static int usZip(String s, int at) {
    if (digits(s, at) != 5) {
      return -1;
    }
    int i = at + 5;
    return i < s.length() && s.charAt(i) == '-' && digits(s, i + 1) == 4 ? i + 5 : i;
  }

  /** Outward code A9, A9A, A99, AA9, AA9A, AA99; a space; inward code 9AA. */
  private static int uk(String s, int at) {
    int letters = upperLetters(s, at);
    if (letters < 1 || letters > 2) {
      return -1;
    }
    int i = at + letters;
    int digits = digits(s, i);
    if (digits < 1 || digits > 2) {
      return -1;
    }
    i += digits;
    if (digits == 1 && upperLetters(s, i) == 1) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != ' ') {
      return -1;
    }
    i++;
    return digits(s, i) == 1 && upperLetters(s, i + 1) == 2 ? i + 3 : -1;
  }

  /** A9A 9A9, with or without the space. */
  private static int canadian(String s, int at) {
    if (!(isUpper(s, at) && isDigit(s, at + 1) && isUpper(s, at + 2))) {
      return -1;
    }
    int i = at + 3 < s.length() && s.charAt(at + 3) == ' ' ? at + 4 : at + 3;
    return isDigit(s, i) && isUpper(s, i + 1) && isDigit(s, i + 2) ? i + 3 : -1;
  }

  /** True when a date, time or longer number goes on at {@code i}: "2024-01-05", "1200/3". */
  private static boolean continuesNumber(String s, int i) {
    if (i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '-' || c == '/' || c == ':' || ((c == '.' || c == ',') && isDigit(s, i + 1));
  }

  private static int digits(String s, int at) {
    int i = at;
    while (isDigit(s, i)) {
      i++;
    }
    return i - at;
  }

  private static int upperLetters(String s, int at) {
    int i = at;
    while (isUpper(s, i)) {
      i++;
    }
    return i - at;
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean isUpper(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z';
  }

  private static boolean boundary(String s, int i) {
    return i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }
}
