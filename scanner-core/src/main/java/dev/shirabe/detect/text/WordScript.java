package dev.shirabe.detect.text;

/**
 * The one script all chars of a word are written in, as names use them: kanji (with the marks
 * names write with them: 佐々木, 〆木, 八ヶ代), katakana (either width) or hiragana; any other
 * char, a mix or an empty word is {@link #OTHER}. Codes, not an enum, so that a {@link
 * JapaneseToken} carries its surface's script in a byte, worked out once when the token is
 * made ({@code names.NameScript} reads it).
 */
public final class WordScript {

  public static final byte KANJI = 0;
  public static final byte KATAKANA = 1;
  public static final byte HIRAGANA = 2;
  public static final byte OTHER = 3;

  private WordScript() {}

  /** The script of the word's chars. */
  public static byte of(CharSequence word) {
    int n = word.length();
    if (n == 0) {
      return OTHER;
    }
    byte script = of(word.charAt(0));
    for (int i = 1; i < n && script != OTHER; i++) {
      if (of(word.charAt(i)) != script) {
        return OTHER;
      }
    }
    return script;
  }

  public static byte of(char c) {
    if (isKanji(c)) {
      return KANJI;
    }
    if (Kana.isHiragana(c)) {
      return HIRAGANA;
    }
    return Kana.isKatakana(c) || Kana.isHalfWidthKatakana(c) ? KATAKANA : OTHER;
  }

  /** Ideographs, and the marks names write with them (佐々木, 〆木, 八ヶ代). */
  /** Whether the word holds ASCII chars alone (none past U+007F). */
  public static boolean isAscii(CharSequence word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKanji(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF') || c == '々' || c == '〆' || c == 'ヶ';
  }
}
