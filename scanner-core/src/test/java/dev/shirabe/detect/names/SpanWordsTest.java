package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SpanWords reads a span as the patterns it replaces did, on every kind of edge. */
class SpanWordsTest {

  private static final String CHARS = "ジョン・=･ \t\n\r\u000B\f　山田a1スミス";

  @Test
  void readsSpansAsThePatternsDid() {
    List<String> fixed = List.of("", " ", "  ", "山田 太郎", " 山田 太郎", "山田 太郎 ", "山田  太郎 次",
        "ジョン・スミス", "・ジョン", "ジョン・", "ジョン・・スミス", "・", "・・", "ジョン=F", "ｼﾞｮﾝ･ｽﾐｽ",
        "ジョン\tスミス", "山田");
    for (String s : fixed) {
      assertSame(s);
    }
    Random random = new Random(7);
    for (int n = 0; n < 100_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        s.append(CHARS.charAt(random.nextInt(CHARS.length())));
      }
      assertSame(s.toString());
    }
  }

  private static void assertSame(String s) {
    String compact = s.replaceAll("\\s+", "");
    assertEquals(compact, SpanWords.withoutSpaces(s), s);
    assertEquals(s.split("\\s+").length, SpanWords.wordCount(s), s);
    assertEquals(compact.chars().anyMatch(c -> NameScript.of((char) c) != NameScript.OTHER),
        SpanWords.anyJapanese(compact), s);
    assertEquals(byPattern(compact), SpanWords.katakanaParts(compact), compact);
  }

  /** ModelNames' reading of a span's katakana parts before SpanWords. */
  private static List<String> byPattern(String compact) {
    List<String> parts = List.of(compact.split("[・=･]"));
    for (String part : parts) {
      if (part.isEmpty() || NameScript.of(part) != NameScript.KATAKANA) {
        return List.of();
      }
    }
    return parts;
  }
}
