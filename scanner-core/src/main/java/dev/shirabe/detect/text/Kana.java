package dev.shirabe.detect.text;

/**
 * Kana in one canonical form, for keys that must compare equal however a name was typed:
 * hiragana and half-width katakana become full-width katakana (やまだ, ﾔﾏﾀﾞ → ヤマダ). Also a
 * looser key that forgives what varies between two spellings of one reading: voicing marks
 * (ヤマサキ / ヤマザキ) and long vowels (ユウコ / ユーコ, オオタ / オータ).
 */
public final class Kana {

  /** Half-width katakana U+FF66..U+FF9D as full-width, in code point order. */
  private static final String HALF_WIDTH_TO_FULL =
      "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

  private Kana() {}

  public static boolean isHiragana(char c) {
    return c >= 'ぁ' && c <= 'ゖ' || c == 'ゝ' || c == 'ゞ';
  }

  /** Full-width katakana, with the prolonged sound mark and the iteration marks. */
  public static boolean isKatakana(char c) {
    return c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == 'ヽ' || c == 'ヾ';
  }

  public static boolean isHalfWidthKatakana(char c) {
    return c >= '\uFF66' && c <= '\uFF9F';
  }

  /** Any kana: hiragana, katakana or half-width katakana. */
  public static boolean isKana(char c) {
    return isHiragana(c) || isKatakana(c) || isHalfWidthKatakana(c);
  }

  /**
   * The text with hiragana and half-width katakana as full-width katakana; a half-width
   * voicing mark joins the kana before it (ｶﾞ → ガ). Other chars are kept.
   */
  public static String toKatakana(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'ぁ' && c <= 'ゖ' || c == 'ゝ' || c == 'ゞ') {
        out.append((char) (c + 0x60));
      } else if (c >= '\uFF66' && c <= '\uFF9D') {
        out.append(HALF_WIDTH_TO_FULL.charAt(c - 0xFF66));
      } else if (c == '\uFF9E' || c == '\uFF9F') { // ﾞ ﾟ
        int last = out.length() - 1;
        char voiced = last >= 0 ? voice(out.charAt(last), c == '\uFF9F') : 0;
        if (voiced != 0) {
          out.setCharAt(last, voiced);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** カ + ゛ → ガ, ハ + ゜ → パ, ウ + ゛ → ヴ; 0 when the kana takes no such mark. */
  private static char voice(char c, boolean semi) {
    if (semi) {
      return c >= 'ハ' && c <= 'ホ' && (c - 'ハ') % 3 == 0 ? (char) (c + 2) : 0;
    }
    if (c == 'ウ') {
      return 'ヴ';
    }
    boolean voiceable =
        (c >= 'カ' && c <= 'ト' && (c <= 'ヂ' ? (c - 'カ') % 2 == 0 : (c - 'ツ') % 2 == 0))
            || (c >= 'ハ' && c <= 'ホ' && (c - 'ハ') % 3 == 0);
    return voiceable ? (char) (c + 1) : 0;
  }

  /**
   * A key under which two katakana spellings of one reading meet: voiced and semi-voiced
   * kana as their plain kana, small kana as full-size, and a long vowel (ー, or ウ after an o
   * or u sound, オ after an o sound) dropped. Spaces and ・ are dropped too.
   */
  public static String looseKey(CharSequence katakana) {
    StringBuilder out = new StringBuilder(katakana.length());
    char previousVowel = 0;
    for (int i = 0; i < katakana.length(); i++) {
      char c = plain(katakana.charAt(i));
      if (c == ' ' || c == '・') {
        continue;
      }
      if (c == 'ー' || (c == 'ウ' && (previousVowel == 'o' || previousVowel == 'u'))
          || (c == 'オ' && previousVowel == 'o')) {
        continue;
      }
      out.append(c);
      previousVowel = vowelOf(c);
    }
    return out.toString();
  }

  /** The kana without its voicing mark and at full size: ガ → カ, パ → ハ, ッ → ツ, ャ → ヤ. */
  private static char plain(char c) {
    switch (c) {
      case 'ァ': case 'ィ': case 'ゥ': case 'ェ': case 'ォ': case 'ッ': case 'ャ': case 'ュ':
      case 'ョ': case 'ヮ':
        return (char) (c + 1);
      case 'ヴ':
        return 'ウ';
      default:
        break;
    }
    if (c >= 'カ' && c <= 'ヂ') {
      return (c - 'カ') % 2 == 1 ? (char) (c - 1) : c;
    }
    if (c >= 'ツ' && c <= 'ド') {
      return (c - 'ツ') % 2 == 1 ? (char) (c - 1) : c;
    }
    if (c >= 'ハ' && c <= 'ポ') {
      return (char) (c - (c - 'ハ') % 3);
    }
    return c;
  }

  /** The vowel a plain katakana ends in ('a', 'i', 'u', 'e', 'o'), or 0 (ン, marks). */
  private static char vowelOf(char c) {
    String a = "アカサタナハマヤラワ";
    String i = "イキシチニヒミリヰ";
    String u = "ウクスツヌフムユル";
    String e = "エケセテネヘメレヱ";
    String o = "オコソトノホモヨロヲ";
    char p = plain(c);
    if (a.indexOf(p) >= 0) {
      return 'a';
    }
    if (i.indexOf(p) >= 0) {
      return 'i';
    }
    if (u.indexOf(p) >= 0) {
      return 'u';
    }
    if (e.indexOf(p) >= 0) {
      return 'e';
    }
    if (o.indexOf(p) >= 0) {
      return 'o';
    }
    return 0;
  }
}
