package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@link EnglishSentences} cuts every line that may hold a sentence end as OpenNLP's {@link
 * SentenceDetectorME} does, also where it answers without asking the model (the line's enders all
 * in its last word).
 */
class EnglishSentencesTest {

  private static final SentenceModel MODEL = EnglishSentences.load(
      "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);

  private static final List<String> LINES = List.of(
      "What are my options?",
      "Really?!",
      "  Call me at noon.  ",
      "It ended... ",
      "Dr. Smith came. He left.",
      "Mr. Smith",
      "a.b@c.jp wrote",
      "See www.example.com.",
      "Done.\u00a0",
      "\u00a0Done!\u2007",
      "Is it? Yes.",
      "Time: 10:30; place: here",
      "U.S.A.",
      "Hello.World.",
      "x . y",
      "Ende.\u3000",
      "end.\t");

  @Test
  void cutsAsSentenceDetectorMe() {
    assertTrue(compare(LINES) > 10);
  }

  @Test
  void cutsTheSharedCorporaAsSentenceDetectorMe() throws IOException {
    String shared = System.getProperty("shirabe.shared");
    Assumptions.assumeTrue(shared != null, "shirabe.shared not set");
    List<String> lines = new ArrayList<>();
    for (String corpus : List.of("en_presidio_synth", "en_wnut17_person", "mail")) {
      Path dir = Path.of(shared, "corpus", corpus);
      Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    assertTrue(compare(lines) > 5_000);
  }

  /** Compares the sentences of every line with an ender and a letter; how many lines. */
  private static int compare(List<String> lines) {
    SentenceDetectorME reference = new SentenceDetectorME(MODEL);
    int compared = 0;
    for (String line : lines) {
      if (line.length() > EnglishSentences.MAX_LINE || line.chars().noneMatch(Character::isLetter)
          || line.chars().noneMatch(c -> ".!?;:".indexOf(c) >= 0)) {
        continue;
      }
      List<String> expected = new ArrayList<>();
      for (Span s : reference.sentPosDetect(line)) {
        expected.add(s.getStart() + "-" + s.getEnd());
      }
      List<String> actual = new ArrayList<>();
      for (EnglishSentence s : EnglishSentences.standard().sentences(line)) {
        actual.add(s.start() + "-" + s.end());
      }
      assertEquals(expected, actual, line);
      compared++;
    }
    return compared;
  }
}
