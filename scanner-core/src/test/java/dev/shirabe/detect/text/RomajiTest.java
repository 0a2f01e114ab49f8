package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomajiTest {

  @ParameterizedTest
  @CsvSource({
    "ヤマダ, yamada",
    "タロウ, taro", // ou: one long o
    "ユウコ, yuko", // uu
    "ユーコ, yuko", // the prolonged sound mark
    "オオタ, ota", // oo
    "トオル, toru",
    "サトウ, sato",
    "イノウエ, inoue", // u before e starts a syllable
    "コウイチ, koichi",
    "ケイコ, keiko", // ei stays
    "ニイミ, niimi",
    "ホンマ, homma", // n before m, b, p
    "ナンバ, namba",
    "サンペイ, sampei",
    "シンイチ, shinichi",
    "ケンジ, kenji",
    "ハットリ, hattori", // small tsu doubles
    "マッチ, matchi", // and before ch is t
    "キョウコ, kyoko",
    "ジュンイチロウ, junichiro",
    "シュウヘイ, shuhei",
    "チヅル, chizuru",
    "フジ, fuji",
    "ツヨシ, tsuyoshi",
    "ヂ, ji",
    "ジョン, jon",
    "ヴィクトリア, vikutoria",
    "ティム, timu",
    "ファン, fan",
    "やまだ, yamada", // hiragana
    "ﾔﾏﾀﾞ ﾀﾛｳ, yamada taro", // half-width, the space kept
    "ヤマダ タロウ, yamada taro"
  })
  void writesHepburnAsOnPassports(String kana, String romaji) {
    assertEquals(romaji, Romaji.of(kana));
  }

  /**
   * The syllables read by char (a table, not a substring and a map look-up per char) are the
   * map's: every char's one-char syllable, and every two-char syllable ends with a char that
   * opens the two-char look-up, so no syllable of the map is skipped.
   */
  @Test
  void syllablesReadByCharAreTheMaps() {
    Map<String, String> syllables = Romaji.syllables();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(syllables.get(String.valueOf((char) c)), Romaji.one((char) c), "char " + c);
    }
    int twos = 0;
    for (String kana : syllables.keySet()) {
      if (kana.length() == 2) {
        assertTrue(Romaji.endsTwo(kana.charAt(1)), kana);
        twos++;
      }
    }
    assertTrue(twos > 50, twos + " two-char syllables");
  }
}
