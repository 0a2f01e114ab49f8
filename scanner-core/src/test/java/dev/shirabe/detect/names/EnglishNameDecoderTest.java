package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.EnglishSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@link EnglishNameDecoder} answers as OpenNLP's {@link NameFinderME} does over the same model:
 * the same names, the same probabilities to 1e-12 (the window features' weights are summed in
 * another order, {@link WindowWeights}), sentence after sentence of a text (the adaptive data
 * included).
 */
class EnglishNameDecoderTest {

  private static final TokenNameFinderModel MODEL = EnglishPersonModel.load();

  private static final List<String> TEXTS = List.of(
      "Dear Ms. Emily Carter,\nThank you for your letter. Oliver Bennett and Yamada Taro will"
          + " call you on Monday. Regards, Jianmin Woo",
      "From: Adams, Suzanne <suzanne.adams@example.com>\nTo: Hartley Holdings Inc.\nCarter"
          + " Street is closed; ask carter or emily about it. Emily said so.",
      "lol @jdoe and taylor swift were at the game with kevin durant !! #nba",
      "Hawkins, Richardson and Santana LLP represents Mr. O'Neil and Mary-Ann McDonald.",
      "THE QUICK BROWN FOX. NAKAMURA YUMA\tTokyo\tJ. R. R. Tolkien wrote it in 1937.");

  @Test
  void findsWhatOpenNlpsNameFinderFinds() {
    int names = compare(TEXTS);
    assertTrue(names >= 5, "too few names to compare: " + names);
  }

  @Test
  void findsWhatOpenNlpsNameFinderFindsOnTheSharedCorpora() throws IOException {
    String shared = System.getProperty("shirabe.shared");
    org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "shirabe.shared not set");
    List<String> texts = new ArrayList<>();
    for (String corpus : List.of("en_presidio_synth", "en_wnut17_person")) {
      Path dir = Path.of(shared, "corpus", corpus);
      org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    int names = compare(texts);
    assertTrue(names >= 200, "too few names to compare: " + names);
  }

  /** Compares every sentence of the texts; the number of names found. */
  private static int compare(List<String> texts) {
    NameFinderME reference = new NameFinderME(MODEL);
    EnglishNameDecoder decoder = new EnglishNameDecoder(MODEL, EnglishNameDecoder.weights(MODEL));
    int names = 0;
    for (String text : texts) {
      reference.clearAdaptiveData();
      decoder.clearAdaptiveData();
      for (EnglishSentence sentence : new DetectionText(text).englishSentences()) {
        String[] words = sentence.words();
        Span[] expected = reference.find(words);
        double[] probabilities = reference.probs(expected);
        Span[] actual = decoder.find(words);
        String where = String.join(" ", words);
        assertEquals(Arrays.toString(expected), Arrays.toString(actual), where);
        for (int i = 0; i < expected.length; i++) {
          // WindowWeights adds the same weights in another order: the last bits may differ.
          assertEquals(probabilities[i], actual[i].getProb(), 1e-12, where);
        }
        names += expected.length;
      }
    }
    return names;
  }

  /**
   * The beam's threshold is the element BeamSearch took from a sorted copy of the scores, for
   * random scores with ties, zeros of both signs, infinities and NaN, and beams below, at and
   * above the number of outcomes.
   */
  @Test
  void theBeamsThresholdIsBeamSearchs() {
    java.util.Random random = new java.util.Random(15);
    double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1.0,
        0.5, 0.5};
    for (int round = 0; round < 100_000; round++) {
      double[] scores = new double[1 + random.nextInt(6)];
      for (int p = 0; p < scores.length; p++) {
        scores[p] = random.nextInt(3) == 0 ? special[random.nextInt(special.length)] : random.nextDouble();
      }
      int beam = 1 + random.nextInt(7);
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      double expected = sorted[Math.max(0, sorted.length - beam)];
      double actual = EnglishNameDecoder.kthLargest(scores, beam);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
          Arrays.toString(scores) + " beam " + beam);
    }
  }
}
