package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseNameFeaturesTest {

  /** The model's features hold shapes' string hashes; they are computed without the strings. */
  @Test
  void aShapesHashIsItsStringsHash() {
    for (String word : List.of("", "山", "山田", "勅使河原", "山田太郎一", "佐々木", "ア", "ジョン",
        "ケネディー", "ﾔﾏﾀﾞ", "の", "ところで", "1960", "A", "a", "Ｆ", " ", "\t", "、", "・", "山田1")) {
      NameScript script = NameScript.of(word);
      assertEquals(JapaneseNameFeatures.shape(word, script).hashCode(),
          JapaneseNameFeatures.shapeHash(word, script), word);
    }
  }
}
