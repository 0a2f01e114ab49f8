package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
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

  /**
   * A token's senses, remembered by word, are those the lexicons give it each time (IPADIC's
   * reading of the token there, then ENAMDICT's, UniDic's and IPADIC's senses of the word): on
   * every token of the sample texts, with the memo cold and warm, and the features of every
   * text the same from a fresh instance and from one that has read them all before.
   */
  @Test
  void rememberedSensesAreTheLexiconsOwn() {
    JapaneseNameFeatures warm = JapaneseNameFeatures.standard();
    int compared = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (String text : JapaneseSamples.texts()) {
        for (JapaneseToken t : new DetectionText(text).japaneseTokens()) {
          NameScript script = NameScript.of(t.surface());
          int pos = t.isSurname() ? 1 << 1 : t.isGivenName() ? 1 << 2 : 0;
          assertEquals(pos | warm.wordSenses(t.surface(), script), warm.senses(t, script), t.surface());
          compared++;
        }
      }
    }
    assertTrue(compared > 1_000, compared + " tokens");
    for (String text : JapaneseSamples.texts()) {
      DetectionText view = new DetectionText(text);
      String[] marks = new JapanesePersonDetector().ruleMarks(view);
      List<long[]> cold = JapaneseNameFeatures.standard().of(view, view.japaneseTokens(), marks);
      List<long[]> again = warm.of(view, view.japaneseTokens(), marks);
      assertEquals(cold.size(), again.size());
      for (int i = 0; i < cold.size(); i++) {
        assertTrue(java.util.Arrays.equals(cold.get(i), again.get(i)), "token " + i);
      }
    }
  }

  /**
   * The features made with the runs the caller marked ({@link ModelNames} marks them once a
   * text) are those made with runs of their own, and so are the model's names.
   */
  @Test
  void runsMarkedByTheCallerGiveTheSameFeaturesAndNames() {
    JapaneseNameFeatures features = JapaneseNameFeatures.standard();
    int asked = 0;
    for (String text : JapaneseSamples.texts()) {
      DetectionText view = new DetectionText(text);
      List<JapaneseToken> tokens = view.japaneseTokens();
      String[] marks = new JapanesePersonDetector().ruleMarks(view);
      int[] runStart = new int[tokens.size()];
      int[] runEnd = new int[tokens.size()];
      JapaneseNameFeatures.runs(tokens, runStart, runEnd);
      List<long[]> own = new java.util.ArrayList<>();
      features.of(view, tokens, marks, (i, f, size) -> own.add(f == null ? null : java.util.Arrays.copyOf(f, size)));
      List<long[]> given = new java.util.ArrayList<>();
      features.of(view, tokens, marks, runStart, runEnd,
          (i, f, size) -> given.add(f == null ? null : java.util.Arrays.copyOf(f, size)));
      assertEquals(own.size(), given.size());
      for (int i = 0; i < own.size(); i++) {
        assertTrue(java.util.Arrays.equals(own.get(i), given.get(i)), "token " + i);
        asked += own.get(i) != null ? 1 : 0;
      }
      JapaneseNameModel model = JapaneseNameModel.standard();
      assertEquals(model.find(view, tokens, marks, ModelNames.MIN_LONE_WORD),
          model.find(view, tokens, marks, ModelNames.MIN_LONE_WORD, runStart, runEnd));
    }
    assertTrue(asked > 100, asked + " tokens asked");
  }

  /** The short part of speech's hash, summed over its chars, is the substring's hash. */
  @Test
  void aShortPartOfSpeechsHashIsItsStringsHash() {
    List<String> parts = new java.util.ArrayList<>(List.of("", "-", "--", "名詞", "名詞-", "名詞-固有名詞",
        "名詞-固有名詞-人名-姓", "a--b", "記号-一般", "-a-b-c"));
    for (String text : JapaneseSamples.texts()) {
      for (JapaneseToken t : new DetectionText(text).japaneseTokens()) {
        parts.add(t.partOfSpeech());
      }
    }
    for (String pos : parts) {
      assertEquals(JapaneseNameFeatures.shortPos(pos).hashCode(), JapaneseNameFeatures.shortPosHash(pos), pos);
    }
  }

  /**
   * A token's features do not depend on which other tokens the model is asked about: the
   * hashes of words, shapes and parts of speech are made only near the asked tokens, and every
   * token asked in detection has the features it has in training, where the plain runs are
   * asked too (and so hashed around).
   */
  @Test
  void anAskedTokensFeaturesAreThoseOfTraining() {
    JapaneseNameFeatures features = JapaneseNameFeatures.standard();
    int compared = 0;
    for (String text : JapaneseSamples.texts()) {
      DetectionText view = new DetectionText(text);
      List<JapaneseToken> tokens = view.japaneseTokens();
      String[] marks = new JapanesePersonDetector().ruleMarks(view);
      List<long[]> asked = features.of(view, tokens, marks);
      List<long[]> training = features.forTraining(view, tokens, marks);
      for (int i = 0; i < tokens.size(); i++) {
        if (asked.get(i) != null) {
          assertTrue(java.util.Arrays.equals(asked.get(i), training.get(i)), "token " + i);
          compared++;
        }
      }
    }
    assertTrue(compared > 100, compared + " tokens");
  }
}
