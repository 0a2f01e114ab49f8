package dev.shirabe.detect.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Kana in Hepburn romaji, lower-case ASCII, the way Japanese names are written in passports
 * and on English business cards: no macrons, long vowels written once (タロウ → taro, ユウコ →
 * yuko, オオタ → ota, ユーコ → yuko), ん as m before b, m and p (ホンマ → homma, ナンバ →
 * namba), a small tsu doubling the next consonant (ハットリ → hattori, マッチ → matchi).
 * Hiragana and half-width katakana are read as katakana; chars that are not kana pass through
 * lower-cased (spaces stay, so "ヤマダ タロウ" → "yamada taro").
 *
 * <p>A ウ after an o sound is a long vowel except before エ, where it starts the next
 * syllable, as in the common surname イノウエ → inoue.
 */
public final class Romaji {

  private static final Map<String, String> SYLLABLES = syllables();
  /** The first katakana block char and the block's length: where the one-char syllables are. */
  private static final char BLOCK = '\u30A0';
  private static final int BLOCK_LENGTH = 0x60;
  /**
   * The one-char syllables by char, from {@link #BLOCK}, and the chars that end a two-char one
   * (the small kana): a table read per char instead of a substring and a map look-up, and a
   * look-up of two chars only where the second can end a syllable. The same syllables.
   */
  private static final String[] ONE = new String[BLOCK_LENGTH];
  private static final boolean[] ENDS_TWO = new boolean[BLOCK_LENGTH];

  static {
    for (Map.Entry<String, String> e : SYLLABLES.entrySet()) {
      String kana = e.getKey();
      int last = kana.charAt(kana.length() - 1) - BLOCK;
      if (kana.length() == 1) {
        ONE[last] = e.getValue();
      } else {
        ENDS_TWO[last] = true;
      }
    }
  }

  private Romaji() {}

  public static String of(CharSequence kana) {
    String s = Kana.toKatakana(kana);
    StringBuilder out = new StringBuilder(s.length() * 2);
    boolean doubleNext = false;
    char lastVowel = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == 'ッ') {
        doubleNext = true;
        i++;
        continue;
      }
      if (c == 'ー') { // long vowel: written once
        i++;
        continue;
      }
      if (c == 'ン') {
        char next = i + 1 < s.length() ? firstLetter(s, i + 1) : 0;
        out.append(next == 'b' || next == 'm' || next == 'p' ? 'm' : 'n');
        lastVowel = 0;
        i++;
        continue;
      }
      String two = i + 1 < s.length() && endsTwo(s.charAt(i + 1))
          ? SYLLABLES.get(s.substring(i, i + 2)) : null;
      String syllable = two != null ? two : one(c);
      if (syllable == null) {
        out.append(Character.toLowerCase(c));
        doubleNext = false;
        lastVowel = 0;
        i++;
        continue;
      }
      int length = two != null ? 2 : 1;
      char vowel = syllable.charAt(syllable.length() - 1);
      boolean bareVowel = syllable.length() == 1;
      if (bareVowel && !doubleNext && isLongVowel(lastVowel, vowel, s, i + length)) {
        i += length;
        continue; // the second half of a long vowel
      }
      if (doubleNext && !bareVowel) {
        out.append(syllable.startsWith("ch") ? 't' : syllable.charAt(0));
      }
      out.append(syllable);
      doubleNext = false;
      lastVowel = vowel;
      i += length;
    }
    return out.toString();
  }

  /** oo, ou and uu are one long vowel (ou not before e: イノウエ is i-no-u-e). */
  private static boolean isLongVowel(char previous, char vowel, String s, int after) {
    if (previous == 'o' && vowel == 'o') {
      return true;
    }
    if ((previous == 'o' || previous == 'u') && vowel == 'u') {
      return after >= s.length() || s.charAt(after) != 'エ';
    }
    return false;
  }

  /** The first letter of the romaji of the kana at {@code i}, or 0. */
  private static char firstLetter(String s, int i) {
    String syllable = one(s.charAt(i));
    return syllable == null ? 0 : syllable.charAt(0);
  }

  /** The romaji of the one-char syllable {@code c}, or null. */
  static String one(char c) {
    int at = c - BLOCK;
    return at >= 0 && at < BLOCK_LENGTH ? ONE[at] : null;
  }

  /** Whether {@code c} can end a two-char syllable (a small kana). */
  static boolean endsTwo(char c) {
    int at = c - BLOCK;
    return at >= 0 && at < BLOCK_LENGTH && ENDS_TWO[at];
  }

  static Map<String, String> syllables() {
    Map<String, String> m = new HashMap<>();
    String[] rows = {
      "ア a イ i ウ u エ e オ o",
      "カ ka キ ki ク ku ケ ke コ ko ガ ga ギ gi グ gu ゲ ge ゴ go",
      "サ sa シ shi ス su セ se ソ so ザ za ジ ji ズ zu ゼ ze ゾ zo",
      "タ ta チ chi ツ tsu テ te ト to ダ da ヂ ji ヅ zu デ de ド do",
      "ナ na ニ ni ヌ nu ネ ne ノ no",
      "ハ ha ヒ hi フ fu ヘ he ホ ho バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po",
      "マ ma ミ mi ム mu メ me モ mo ヤ ya ユ yu ヨ yo",
      "ラ ra リ ri ル ru レ re ロ ro ワ wa ヰ i ヱ e ヲ o ヴ vu",
      "ァ a ィ i ゥ u ェ e ォ o ャ ya ュ yu ョ yo ヮ wa",
      // contracted syllables
      "キャ kya キュ kyu キョ kyo ギャ gya ギュ gyu ギョ gyo",
      "シャ sha シュ shu ショ sho シェ she ジャ ja ジュ ju ジョ jo ジェ je",
      "チャ cha チュ chu チョ cho チェ che ヂャ ja ヂュ ju ヂョ jo",
      "ニャ nya ニュ nyu ニョ nyo ヒャ hya ヒュ hyu ヒョ hyo",
      "ビャ bya ビュ byu ビョ byo ピャ pya ピュ pyu ピョ pyo",
      "ミャ mya ミュ myu ミョ myo リャ rya リュ ryu リョ ryo",
      // syllables of foreign names
      "ティ ti ディ di トゥ tu ドゥ du テュ tyu デュ dyu",
      "ファ fa フィ fi フェ fe フォ fo フュ fyu",
      "ウィ wi ウェ we ウォ wo ヴァ va ヴィ vi ヴェ ve ヴォ vo",
      "ツァ tsa ツィ tsi ツェ tse ツォ tso イェ ye クァ kwa グァ gwa"
    };
    for (String row : rows) {
      String[] cells = row.split(" ");
      for (int k = 0; k < cells.length; k += 2) {
        m.put(cells[k], cells[k + 1]);
      }
    }
    return Map.copyOf(m);
  }
}
