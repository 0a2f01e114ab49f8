package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurfacesTest {

  @Test
  void givesTheSameStringForTheSameCharsAndTheRightCharsAlways() {
    Surfaces surfaces = new Surfaces();
    String first = surfaces.of("山田".toCharArray(), 2);
    assertEquals("山田", first);
    assertSame(first, surfaces.of("山田太郎".toCharArray(), 2));
    assertEquals("山田太郎", surfaces.of("山田太郎".toCharArray(), 4));
    String longWord = "あ".repeat(Surfaces.MAX_LENGTH + 1);
    assertEquals(longWord, surfaces.of(longWord.toCharArray(), longWord.length()));
    assertEquals("", surfaces.of(new char[0], 0));
    // Far more words than the table holds: each comes back as itself, before and after it empties.
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 3 * Surfaces.CAPACITY; k++) {
      words.add("w" + k);
    }
    for (int round = 0; round < 2; round++) {
      for (String w : words) {
        String s = surfaces.of(w.toCharArray(), w.length());
        assertEquals(w, s);
        assertEquals(w.hashCode(), s.hashCode());
      }
    }
  }

  @Test
  void tokenSurfacesAreTheText() {
    String text = "山田太郎は東京都の会社員です。山田は、ジョン・スミスと会った。";
    for (int round = 0; round < 2; round++) {
      StringBuilder joined = new StringBuilder();
      for (JapaneseToken t : JapaneseTokenizer.tokenize(text)) {
        assertEquals(text.substring(t.start(), t.end()), t.surface());
        joined.append(t.surface());
      }
      assertEquals(text, joined.toString());
    }
  }
}
