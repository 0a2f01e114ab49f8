package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Japanese name model's compiled weights are the model's own, read faster. */
class JapaneseNameWeightsTest {

  private static final byte[] SOURCE = JapaneseNameModel.resource(JapaneseNameModel.RESOURCE);

  @Test
  void compiledWeightsReadBackEqualToTheModels() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JapaneseNameModel.writeWeights(SOURCE, new DataOutputStream(bytes));
    JapaneseNameModel.Weights read = JapaneseNameModel.Weights.read(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), JapaneseNameModel.crc(SOURCE));
    assertEquals(JapaneseNameModel.weightsOf(SOURCE), read);
  }

  @Test
  void weightsMadeFromAnotherModelAreNotUsed() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JapaneseNameModel.writeWeights(SOURCE, new DataOutputStream(bytes));
    assertNull(JapaneseNameModel.Weights.read(
        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), JapaneseNameModel.crc(SOURCE) + 1));
  }

  @Test
  void theBuildsWeightsAreReadAndGiveTheModelsProbabilities() throws Exception {
    JapaneseNameModel standard = JapaneseNameModel.standard();
    // The build wrote them (scanner-core's pom, process-classes), from this model.
    assertTrue(standard.readCompiled());
    JapaneseNameModel slow = new JapaneseNameModel(
        JapaneseNameModel.read(new ByteArrayInputStream(SOURCE)), JapaneseNameFeatures.standard());
    DetectionText text = new DetectionText(
        "1990年、ロバート・キャロルは上院議員に選ばれ、山田太郎と共に委員会を率いた。佐藤様より電話あり。");
    String[] marks = new String[text.japaneseTokens().size()];
    int compared = 0;
    for (long[] context : JapaneseNameFeatures.standard().of(text, text.japaneseTokens(), marks)) {
      if (context != null) {
        assertArrayEquals(slow.eval(context), standard.eval(context));
        compared++;
      }
    }
    assertTrue(compared > 5);
    List<JapaneseNameModel.Span> spans = standard.find(text, text.japaneseTokens(), marks);
    assertEquals(slow.find(text, text.japaneseTokens(), marks), spans);
    assertTrue(!spans.isEmpty());
  }

  /**
   * The table's probes behind its tags ({@code Weights.tags}) find every weight the keys alone
   * found and no other: the sums, and so the probabilities, are OpenNLP's own to the last bit,
   * on the features of the sample corpus's Japanese texts and on random mixes of them with
   * features the model does not have.
   */
  @Test
  void taggedProbesGiveTheModelsProbabilitiesOnRealAndRandomFeatures() throws Exception {
    JapaneseNameModel standard = JapaneseNameModel.standard();
    JapaneseNameModel slow = new JapaneseNameModel(
        JapaneseNameModel.read(new ByteArrayInputStream(SOURCE)), JapaneseNameFeatures.standard());
    List<long[]> contexts = new ArrayList<>();
    for (String text : JapaneseSamples.texts()) {
      DetectionText view = new DetectionText(text);
      String[] marks = new JapanesePersonDetector().ruleMarks(view);
      for (long[] context : JapaneseNameFeatures.standard().forTraining(view, view.japaneseTokens(), marks)) {
        if (context != null) {
          contexts.add(context);
        }
      }
    }
    assertTrue(contexts.size() > 300, "features of " + contexts.size() + " tokens");
    Random random = new Random(11);
    for (int k = 0; k < 2_000; k++) {
      long[] a = contexts.get(random.nextInt(contexts.size()));
      long[] mixed = new long[a.length + 8];
      for (int c = 0; c < mixed.length; c++) {
        // Known features, features with a known one's top byte (the tag), and any long.
        mixed[c] = c < a.length ? a[random.nextInt(a.length)]
            : c % 2 == 0 ? (a[0] & 0xFF00_0000_0000_0000L) | (random.nextLong() >>> 8 | 1)
            : random.nextLong() | 1;
      }
      contexts.add(mixed);
    }
    for (long[] context : contexts) {
      assertArrayEquals(slow.eval(context), standard.eval(context));
    }
  }
}
