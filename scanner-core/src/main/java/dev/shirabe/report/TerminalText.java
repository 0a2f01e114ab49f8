package dev.shirabe.report;

/**
 * Column alignment for a terminal, where kanji, kana and full-width forms take two cells: what
 * every text table of Shirabe pads its cells with. It measures text as shown: what came from a
 * file is escaped first ({@link SafeText}), so that its width is the escaped form's and no
 * control character reaches the terminal to move the cursor.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code s} followed by spaces up to {@code width} cells; one space when it is wider. */
  public static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s + " " : s + " ".repeat(width - w);
  }

  /** The cells {@code s} takes on a terminal (East Asian wide characters count two). */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
          || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
          || (c >= 0xFFE0 && c <= 0xFFE6);
      w += wide ? 2 : 1;
    }
    return w;
  }
}
