package dev.shirabe.detect.text;

/** Whether text is written in Japanese: kana or kanji, as opposed to Latin script. */
public final class JapaneseScript {

  private JapaneseScript() {}

  public static boolean isJapanese(char c) {
    return (c >= '\u3040' && c <= '\u30FF') // hiragana, katakana
        || (c >= '\u4E00' && c <= '\u9FFF') // CJK unified ideographs
        || (c >= '\u3400' && c <= '\u4DBF') // extension A
        || (c >= '\uFF66' && c <= '\uFF9F'); // half-width katakana
  }

  /** Kanji: CJK unified ideographs (extension A too) and the iteration mark 々. */
  public static boolean isKanji(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '々';
  }

  /** True when some char of the text is Japanese. */
  public static boolean containsJapanese(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (isJapanese(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when a Japanese char stands within {@code window} chars of the span. */
  public static boolean near(CharSequence text, int start, int end, int window) {
    int from = Math.max(0, start - window);
    int to = Math.min(text.length(), end + window);
    for (int i = from; i < to; i++) {
      if (isJapanese(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
