package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.text.MaxentWeights;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * {@link WindowWeights} adds the weights of the same features as the keys of {@link
 * EnglishNameFeatures#staticKeys} looked up one by one, for every token of windows of words the
 * model has features of, words it has none of, and every word class; only the order of the
 * additions differs.
 */
class WindowWeightsTest {

  private static final TokenNameFinderModel MODEL = EnglishPersonModel.load();

  @Test
  void addsTheWeightsOfTheSameFeaturesAsTheirKeys() {
    MaxentWeights weights = EnglishNameDecoder.weights(MODEL);
    WindowWeights window = EnglishNameDecoder.windowWeights(MODEL);
    EnglishNameFeatures.NameLists lists = EnglishNameDecoder.nameLists(MODEL);
    EnglishNameFeatures byKeys = new EnglishNameFeatures(lists);
    EnglishNameFeatures byWindow = new EnglishNameFeatures(lists, window);
    String[][] windows = {
        "Dear Ms. Emily Carter , thank you for your letter of 12/03 2024 .".split(" "),
        "From : ADAMS , Suzanne <suzanne.adams@example.com> J. R. Tolkien x-1 1,200.50 $ 42".split(" "),
        "lol @jdoe and taylor swift were at the game with kevin durant !! #nba zzqxv".split(" "),
        "田中 さくら カタカナ ＡＢＣ Ümit İlkay O'Neil Mary-Ann McDonald -- 7".split(" "),
        "Jo".split(" ")};
    long[] keys = new long[EnglishNameFeatures.MAX_STATIC];
    int compared = 0;
    for (String[] tokens : windows) {
      byKeys.read(tokens);
      byWindow.read(tokens);
      for (int i = 0; i < tokens.length; i++) {
        double[] expected = new double[weights.outcomes()];
        weights.addAll(keys, byKeys.staticKeys(i, keys), expected);
        double[] actual = new double[weights.outcomes()];
        byWindow.addStatic(i, keys, weights, actual);
        for (int o = 0; o < expected.length; o++) {
          assertEquals(expected[o], actual[o], 1e-12, String.join(" ", tokens) + ": token " + i);
        }
        compared++;
      }
    }
    assertTrue(compared > 50);
  }

  @Test
  void addsTheWeightsOfTheFeaturesOnTheOutcomesBefore() {
    MaxentWeights weights = EnglishNameDecoder.weights(MODEL);
    WindowWeights window = EnglishNameDecoder.windowWeights(MODEL);
    EnglishNameFeatures features = new EnglishNameFeatures(EnglishNameDecoder.nameLists(MODEL), window);
    String[] outcomes = {"other", "person-start", "person-cont"};
    String[] tokens = "Dear Ms. Emily Carter , emily said : J. R. Tolkien 1,200.50 zzqxv @jdoe TAYLOR".split(" ");
    features.read(tokens);
    for (int i = 0; i < tokens.length; i++) {
      for (int before = 0; before < 3; before++) {
        for (int beforeThat = 0; beforeThat < 3; beforeThat++) {
          double[] expected = new double[3];
          weights.add(MaxentWeights.hash("po=" + outcomes[before]), expected);
          weights.add(MaxentWeights.hash("pow=" + outcomes[before] + "," + tokens[i]), expected);
          weights.add(MaxentWeights.hash("powf=" + outcomes[before] + "," + features.tokenClass(i)), expected);
          weights.add(MaxentWeights.hash("ppo=" + outcomes[beforeThat]), expected);
          double[] actual = new double[3];
          features.addPrevious(i, before, beforeThat, actual);
          for (int o = 0; o < 3; o++) {
            assertEquals(expected[o], actual[o], 1e-12, tokens[i] + " after " + before + ", " + beforeThat);
          }
        }
      }
    }
  }

  @Test
  void refusesAWordClassItDoesNotKnow() {
    Map<String, Context> features = Map.of("p1wc=zz", new Context(new int[] {0}, new double[] {1.0}));
    assertThrows(IllegalStateException.class,
        () -> new WindowWeights(features, new String[] {"other", "person-start", "person-cont"}));
  }

  @Test
  void aWordWithoutFeaturesHasNoEntry() {
    WindowWeights window = EnglishNameDecoder.windowWeights(MODEL);
    assertEquals(-1, window.find(WindowWeights.wordKey("zzqxvkjw")));
    assertTrue(window.find(WindowWeights.wordKey("the")) >= 0);
  }
}
