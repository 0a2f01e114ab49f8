package dev.shirabe.report;

/**
 * Column alignment for a terminal, where kanji, kana and full-width forms take two cells and
 * combining marks none: what every text table of Shirabe pads its cells with. It measures text
 * as shown: what came from a file is escaped first ({@link SafeText}), so that its width is the
 * escaped form's and no control character reaches the terminal to move the cursor.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code s} followed by spaces up to {@code width} cells; one space when it is wider. */
  public static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s + " " : s + " ".repeat(width - w);
  }

  /** {@code s} cut to {@code width} cells, its end replaced by {@code …} when it was wider. */
  public static String cut(String s, int width) {
    if (width(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int n = Character.charCount(c);
      if (w + cells(c) > width - 1) {
        break;
      }
      w += cells(c);
      b.append(s, i, i + n);
      i += n;
    }
    return b.append('…').toString();
  }

  /** {@code s} after spaces up to {@code width} cells (numbers); one space when it is wider. */
  public static String padLeft(String s, int width) {
    int w = width(s);
    return w >= width ? " " + s : " ".repeat(width - w) + s;
  }

  /**
   * The cells {@code s} takes on a terminal: two for East Asian wide and full-width characters
   * (Unicode's East_Asian_Width W and F), none for combining marks, variation selectors and
   * zero-width format characters (the separate dakuten of a macOS file name, an accent), one
   * for the rest. Counted per code point, not per UTF-16 unit.
   */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      w += cells(c);
    }
    return w;
  }

  private static int cells(int c) {
    if (c < 0x300) {
      return 1; // ASCII and Latin-1: the usual case
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || (c >= 0x1160 && c <= 0x11FF)) {
      return 0; // marks, ZWJ and ZWSP, Hangul medial vowels and final consonants
    }
    return wide(c) ? 2 : 1;
  }

  /** East_Asian_Width W or F (Unicode 15), by the blocks that hold them. */
  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115F) // Hangul Jamo initials
        || c == 0x2329 || c == 0x232A
        || (c >= 0x231A && c <= 0x231B) || (c >= 0x23E9 && c <= 0x23EC) || c == 0x23F0
        || c == 0x23F3 || (c >= 0x25FD && c <= 0x25FE) || (c >= 0x2614 && c <= 0x2615)
        || (c >= 0x2648 && c <= 0x2653) || c == 0x267F || c == 0x2693 || c == 0x26A1
        || (c >= 0x26AA && c <= 0x26AB) || (c >= 0x26BD && c <= 0x26BE)
        || (c >= 0x26C4 && c <= 0x26C5) || c == 0x26CE || c == 0x26D4 || c == 0x26EA
        || (c >= 0x26F2 && c <= 0x26F3) || c == 0x26F5 || c == 0x26FA || c == 0x26FD
        || c == 0x2705 || (c >= 0x270A && c <= 0x270B) || c == 0x2728 || c == 0x274C
        || c == 0x274E || (c >= 0x2753 && c <= 0x2755) || c == 0x2757
        || (c >= 0x2795 && c <= 0x2797) || c == 0x27B0 || c == 0x27BF
        || (c >= 0x2B1B && c <= 0x2B1C) || c == 0x2B50 || c == 0x2B55
        || (c >= 0x2E80 && c <= 0x303E) // CJK radicals, ideographic description, CJK symbols
        || (c >= 0x3041 && c <= 0x33FF) // kana, Bopomofo, Hangul compatibility, CJK compat.
        || (c >= 0x3400 && c <= 0x4DBF) // CJK Extension A
        || (c >= 0x4E00 && c <= 0xA4CF) // CJK unified ideographs, Yi
        || (c >= 0xA960 && c <= 0xA97F) // Hangul Jamo Extended-A
        || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) // vertical, small forms
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) // full-width forms
        || (c >= 0x16FE0 && c <= 0x18CFF) // Tangut, Khitan
        || (c >= 0x1AFF0 && c <= 0x1B2FF) // kana supplement and extensions, Nushu
        || c == 0x1F004 || c == 0x1F0CF || c == 0x1F18E || (c >= 0x1F191 && c <= 0x1F19A)
        || (c >= 0x1F200 && c <= 0x1F251) // enclosed ideographic supplement
        || (c >= 0x1F300 && c <= 0x1F64F) // pictographs, emoticons
        || (c >= 0x1F680 && c <= 0x1F6FF) // transport and map symbols
        || (c >= 0x1F7E0 && c <= 0x1F7EB)
        || (c >= 0x1F90C && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD); // CJK Extensions B to H
  }
}
