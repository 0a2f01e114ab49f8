package dev.shirabe.detect.names;

import dev.shirabe.detect.text.Kana;

/** The script a word of a name is written in: kanji, katakana (either width) or hiragana. */
enum NameScript {
  KANJI,
  KATAKANA,
  HIRAGANA,
  OTHER;

  /** The one script all chars of the word are written in, or OTHER. */
  static NameScript of(String word) {
    if (word.isEmpty()) {
      return OTHER;
    }
    NameScript script = null;
    for (int i = 0; i < word.length(); i++) {
      NameScript here = of(word.charAt(i));
      if (here == OTHER || script != null && script != here) {
        return OTHER;
      }
      script = here;
    }
    return script;
  }

  static NameScript of(char c) {
    if (isKanji(c)) {
      return KANJI;
    }
    if (Kana.isHiragana(c)) {
      return HIRAGANA;
    }
    return Kana.isKatakana(c) || Kana.isHalfWidthKatakana(c) ? KATAKANA : OTHER;
  }

  boolean has(char c) {
    return this != OTHER && of(c) == this;
  }

  /** Ideographs, and the marks names write with them (佐々木, 〆木, 八ヶ代). */
  private static boolean isKanji(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\uF900' && c <= '\uFAFF') || c == '々' || c == '〆' || c == 'ヶ';
  }
}
