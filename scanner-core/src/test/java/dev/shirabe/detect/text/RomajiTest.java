package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
