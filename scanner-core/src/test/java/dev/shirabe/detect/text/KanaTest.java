package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KanaTest {

  @Test
  void hiraganaAndHalfWidthKatakanaBecomeFullWidthKatakana() {
    assertEquals("ヤマダ タロウ", Kana.toKatakana("やまだ たろう"));
    assertEquals("ヤマダ タロウ", Kana.toKatakana("ﾔﾏﾀﾞ ﾀﾛｳ"));
    assertEquals("パーティー", Kana.toKatakana("ﾊﾟｰﾃｨｰ"));
    assertEquals("ヴ", Kana.toKatakana("ｳﾞ"));
    assertEquals("山田ハナコ", Kana.toKatakana("山田はなこ"));
  }

  @Test
  void looseKeysForgiveVoicingAndLongVowels() {
    assertEquals(Kana.looseKey("ヤマサキ"), Kana.looseKey("ヤマザキ"));
    assertEquals(Kana.looseKey("オオタ"), Kana.looseKey("オータ"));
    assertEquals(Kana.looseKey("ユウコ"), Kana.looseKey("ユーコ"));
    assertEquals(Kana.looseKey("ヤマダ タロウ"), Kana.looseKey("ヤマダタロウ"));
    assertNotEquals(Kana.looseKey("ヤマダ"), Kana.looseKey("ヤマモト"));
  }
}
