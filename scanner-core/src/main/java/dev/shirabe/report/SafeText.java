package dev.shirabe.report;

/**
 * Text from a scanned file (a file or folder name, an archive member's name, a mail subject, a
 * value, a parser's message quoting the file) made safe to show: a name such as
 * {@code ESC]0;… BEL} or {@code ESC[2J} cannot retitle or clear the terminal, a newline cannot
 * split a table row or a CSV line, and a right-to-left override cannot disguise
 * {@code gpj.exe} as {@code exe.jpg}. What every table, CSV and HTML output of Shirabe shows
 * such text through; JSON carries the exact string instead.
 *
 * <p>The escaped form is visible and unambiguous (it reads back to exactly one string):
 *
 * <ul>
 *   <li>{@code \\} for a backslash, so that a name holding the characters {@code \n} is told
 *       from one holding a newline;
 *   <li>{@code \t}, {@code \n}, {@code \r} for tab, line feed and carriage return;
 *   <li>{@code \xHH} (two lowercase hex digits) for the other C0 controls (ESC is {@code \x1b},
 *       BEL {@code \x07}), DEL ({@code \x7f}) and the C1 controls U+0080–U+009F;
 *   <li><code>&#92;u{HHHH}</code> for the characters that change the direction or lines of the text
 *       around them without showing: U+061C, U+200E, U+200F, U+2028–U+202E and U+2066–U+2069.
 * </ul>
 *
 * Everything else is kept as it is, including U+FFFD (what undecodable bytes of a name became)
 * and lone surrogates. Escape a string once, where it leaves the data for a layout: escaping an
 * escaped string doubles its backslashes.
 */
public final class SafeText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SafeText() {}

  /** {@code s} with its unsafe characters and backslashes escaped; null as empty. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    int first = 0;
    while (first < s.length() && !needsEscape(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // the usual case: nothing to do, nothing copied
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(c)) {
        b.append(c);
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c < 0x100) {
        b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      } else {
        b.append("\\u{").append(Integer.toHexString(c)).append('}');
      }
    }
    return b.toString();
  }

  /** True for the characters {@link #escape} writes in another form. */
  public static boolean needsEscape(char c) {
    return c == '\\' || isControl(c) || isInvisibleLayout(c);
  }

  /** C0 controls (TAB, LF, CR and ESC among them), DEL and the C1 controls. */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** Bidirectional marks, embeddings, overrides and isolates; line and paragraph separators. */
  static boolean isInvisibleLayout(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u2028' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
