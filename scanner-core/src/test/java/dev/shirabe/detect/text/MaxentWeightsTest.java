package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link MaxentWeights} sums a model's weights as OpenNLP's {@code GISModel} does (feature by
 * feature, in order, those the model lacks adding nothing), to the last bit, for lists of keys
 * most of which the model lacks (a filter of absent keys in front of the table was tried against
 * this test, and dropped: no faster).
 */
class MaxentWeightsTest {

  @Test
  void sumsAsTheModelsMapDoes() {
    Random random = new Random(15);
    int outcomes = 3;
    Map<String, Context> features = new HashMap<>();
    for (int f = 0; f < 20_000; f++) {
      int active = 1 + random.nextInt(outcomes);
      int[] which = new int[active];
      double[] weights = new double[active];
      int first = random.nextInt(outcomes);
      for (int a = 0; a < active; a++) {
        which[a] = (first + a) % outcomes;
        weights[a] = random.nextGaussian() * 3;
      }
      features.put("f=" + f, new Context(which, weights));
    }
    MaxentWeights table = new MaxentWeights(features, outcomes);
    int present = 0;
    for (int round = 0; round < 20_000; round++) {
      int count = 1 + random.nextInt(round % 10 == 0 ? 90 : 40);
      String[] names = new String[count];
      long[] keys = new long[count];
      for (int k = 0; k < count; k++) {
        // A third the model's, the rest absent.
        names[k] = (random.nextInt(3) == 0 ? "f=" : "g=") + random.nextInt(20_000);
        keys[k] = MaxentWeights.hash(names[k]);
      }
      double[] expected = new double[outcomes];
      double[] viaAll = new double[outcomes];
      double[] viaOne = new double[outcomes];
      for (int o = 0; o < outcomes; o++) {
        expected[o] = viaAll[o] = viaOne[o] = StrictMath.log(1.0 / outcomes);
      }
      for (String name : names) { // GISModel.eval
        Context context = features.get(name);
        if (context != null) {
          present++;
          for (int a = 0; a < context.getOutcomes().length; a++) {
            expected[context.getOutcomes()[a]] += context.getParameters()[a];
          }
        }
      }
      table.addAll(keys, count, viaAll);
      for (long key : keys) {
        table.add(key, viaOne);
      }
      assertArrayEquals(expected, viaAll, 0.0);
      assertArrayEquals(expected, viaOne, 0.0);
    }
    assertTrue(present > 50_000, "too few of the model's features asked for: " + present);
  }
}
