package dev.shirabe.detect.text;

/**
 * Maps each char to one char, so that offsets survive: full-width ASCII (Ａ, ０, ＠, －, （）
 * becomes ASCII, the ideographic space a space, and the many dashes of Japanese text a hyphen.
 * Unlike NFKC, it never changes the length of the text.
 */
public final class WidthFolding {

  private WidthFolding() {}

  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      char f = fold(c, i > 0 ? text.charAt(i - 1) : ' ', i + 1 < out.length ? text.charAt(i + 1) : ' ');
      out[i] = f;
      changed |= f != c;
    }
    return changed ? new String(out) : text.toString();
  }

  private static char fold(char c, char before, char after) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // full-width ASCII block
    }
    switch (c) {
      case '\u3000': // ideographic space
        return ' ';
      case '\u2010': // hyphen
      case '\u2011': // non-breaking hyphen
      case '\u2012': // figure dash
      case '\u2013': // en dash
      case '\u2014': // em dash
      case '\u2015': // horizontal bar
      case '\u2212': // minus sign
      case '\uFE63': // small hyphen-minus
        return '-';
      case '\u30FC': // katakana prolonged sound mark ー
      case '\uFF70': // half-width ｰ
        // A real long-vowel mark in a word; a dash only between digits (０３ー１２３４).
        return isDigit(before) && isDigit(after) ? '-' : c;
      case '\u00A0': // no-break space
        return ' ';
      default:
        return c;
    }
  }

  private static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
  }
}
