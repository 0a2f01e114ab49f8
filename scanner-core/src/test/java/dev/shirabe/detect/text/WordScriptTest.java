package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordScriptTest {

  @Test
  void aWordIsInOneScriptOnlyWhenAllItsCharsAre() {
    assertEquals(WordScript.KANJI, WordScript.of("佐々木"));
    assertEquals(WordScript.KANJI, WordScript.of("八ヶ代"));
    assertEquals(WordScript.KANJI, WordScript.of("〆木"));
    assertEquals(WordScript.KATAKANA, WordScript.of("ヤマダ"));
    assertEquals(WordScript.KATAKANA, WordScript.of("ｻﾄｳ"));
    assertEquals(WordScript.KATAKANA, WordScript.of("ジョー"));
    assertEquals(WordScript.HIRAGANA, WordScript.of("さくら"));
    assertEquals(WordScript.OTHER, WordScript.of("山田さん"));
    assertEquals(WordScript.OTHER, WordScript.of("ヤマダ太郎"));
    assertEquals(WordScript.OTHER, WordScript.of("Taro"));
    assertEquals(WordScript.OTHER, WordScript.of("・"));
    assertEquals(WordScript.OTHER, WordScript.of(""));
  }

  /** A word's script is the script of its every char. */
  @Test
  void aWordsScriptIsEachOfItsChars() {
    Random random = new Random(7);
    char[] alphabet = "あいゝアイーｱｲ山田々ヶA1 ・、".toCharArray();
    for (int n = 0; n < 100_000; n++) {
      char[] chars = new char[random.nextInt(5)];
      for (int k = 0; k < chars.length; k++) {
        chars[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String word = new String(chars);
      byte script = WordScript.of(word);
      for (char c : chars) {
        if (script != WordScript.OTHER) {
          assertEquals(script, WordScript.of(c), word);
        }
      }
    }
  }

  /** Each token the tokenizer reads carries its surface's script. */
  @Test
  void tokensCarryTheirSurfacesScript() {
    String text = "佐々木ヤマダさんはｻﾄｳ商事の部長、Taro Satoです。";
    for (JapaneseToken t : JapaneseTokenizer.tokenize(text)) {
      assertEquals(WordScript.of(t.surface()), t.script(), t.surface());
    }
  }
}
