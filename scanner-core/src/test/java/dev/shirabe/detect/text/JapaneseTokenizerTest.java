package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JapaneseTokenizerTest {

  /**
   * Each token's surface is the text's chars at its offsets; a short word met again is the
   * same String as before (the tokenizer keeps recent surfaces), a long one equal only.
   */
  @Test
  void surfacesAreTheTextsCharsAndRecurringWordsShareOneString() {
    String text = "山田太郎は東京都の会社に勤めている。山田太郎は会社の部長である。"
        + "国際連合教育科学文化機関の会議。国際連合教育科学文化機関の会議。";
    List<JapaneseToken> tokens = JapaneseTokenizer.tokenize(text);
    assertEquals(JapaneseTokenizer.countTokens(text), tokens.size());
    Map<String, String> first = new HashMap<>();
    int shared = 0;
    for (JapaneseToken t : tokens) {
      assertEquals(text.substring(t.start(), t.end()), t.surface());
      String before = first.putIfAbsent(t.surface(), t.surface());
      if (before != null && t.surface().length() <= 8) {
        assertSame(before, t.surface(), t.surface());
        shared++;
      }
    }
    assertTrue(shared >= 10, shared + " recurring words");
  }

  /**
   * A surface is the chars given whatever the table held before: words that take each other's
   * slots, and the empty, long and mixed ones, read back equal.
   */
  @Test
  void surfacesReadBackTheCharsGiven() {
    JapaneseTokenizer.Surfaces surfaces = new JapaneseTokenizer.Surfaces();
    Random random = new Random(11);
    char[] alphabet = "あいうアイウ山田川AaZ1 ・、".toCharArray();
    for (int n = 0; n < 200_000; n++) {
      char[] chars = new char[random.nextInt(12) + 2];
      int length = random.nextInt(chars.length - 1);
      for (int k = 0; k < chars.length; k++) {
        chars[k] = alphabet[random.nextInt(alphabet.length)];
      }
      assertEquals(new String(chars, 0, length), surfaces.of(chars, length));
    }
  }
}
