package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link EnglishTokenizer} cuts every line as OpenNLP's {@link TokenizerME} does over the same model. */
class EnglishTokenizerTest {

  private static final TokenizerModel MODEL = EnglishSentences.alphaNumericOptimised(
      EnglishSentences.load(EnglishSentences.TOKEN_MODEL, TokenizerModel::new));

  private static final List<String> LINES = List.of(
      "Dear Ms. Carter, thank you (again) for the \"quick\" reply!",
      "Call +1-555-0100 or mail a.b@c.jp; ref. HA-2024-0042, $1,200.50 paid on 12/03/2024.",
      "I'm sure they'll come; we've said it's O'Neil's & Mary-Ann's [sic] {x} `y`?",
      "&amp; &lt;tag&gt; ... -- http://example.com/a?b=c#d ü-Straße 5a, 東京都",
      "a. b, c; Jr. Sr.  U.S.A.   e.g. i.e.\tTab\u00a0nbsp\u2009thin");

  @Test
  void cutsAsTokenizerMe() {
    assertTrue(compare(LINES) > 60);
  }

  @Test
  void cutsTheSharedCorporaAsTokenizerMe() throws IOException {
    String shared = System.getProperty("shirabe.shared");
    Assumptions.assumeTrue(shared != null, "shirabe.shared not set");
    List<String> lines = new ArrayList<>();
    for (String corpus : List.of("en_presidio_synth", "en_wnut17_person")) {
      Path dir = Path.of(shared, "corpus", corpus);
      Assumptions.assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
      }
    }
    assertTrue(compare(lines) > 10_000);
  }

  /** Compares the tokens of every line; the number of tokens. */
  private static int compare(List<String> lines) {
    TokenizerME reference = new TokenizerME(MODEL);
    EnglishTokenizer tokenizer = new EnglishTokenizer(MODEL);
    int tokens = 0;
    for (String line : lines) {
      String expected = Arrays.toString(reference.tokenizePos(line));
      assertEquals(expected, Arrays.toString(tokenizer.tokenizePos(line)), line);
      tokens += reference.tokenizePos(line).length;
    }
    return tokens;
  }

  /**
   * The cuts remembered for a run are its own: lines cut twice by one tokenizer (the second
   * time from what it remembered), and runs that share a slot of its memory (one String hash:
   * "Aa," and "BB,") cut in turn, give TokenizerME's tokens every time.
   */
  @Test
  void theRememberedCutsAreTheRunsOwn() {
    TokenizerME reference = new TokenizerME(MODEL);
    EnglishTokenizer tokenizer = new EnglishTokenizer(MODEL);
    List<String> lines = new ArrayList<>(LINES);
    lines.add("Aa, BB, Aa. BB. AaBB.com BBAa.com Aa,BB Aa, BB,");
    lines.add("BB, Aa, BB. Aa. BBAa.com AaBB.com BB,Aa BB, Aa,");
    for (int round = 0; round < 3; round++) {
      for (String line : lines) {
        assertEquals(Arrays.toString(reference.tokenizePos(line)),
            Arrays.toString(tokenizer.tokenizePos(line)), line);
      }
    }
  }

  /**
   * A sentence within a longer text, with chars that are no white space right before and after
   * it, is cut as the sentence alone, at offsets into the text.
   */
  @Test
  void aSentenceWithinATextIsCutAsTheSentenceAlone() {
    TokenizerME reference = new TokenizerME(MODEL);
    EnglishTokenizer tokenizer = new EnglishTokenizer(MODEL);
    for (String line : LINES) {
      String text = "x.y" + line + "z,w";
      List<String> tokens = new ArrayList<>();
      tokenizer.tokenize(text, 3, 3 + line.length(),
          (start, end) -> tokens.add("[" + (start - 3) + ".." + (end - 3) + ")"));
      assertEquals(Arrays.toString(reference.tokenizePos(line)), tokens.toString(), line);
    }
  }

  @Test
  void whiteSpaceIsOpenNlpsForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(opennlp.tools.util.StringUtil.isWhitespace((char) c),
          EnglishTokenizer.isWhitespace((char) c), "U+" + Integer.toHexString(c));
    }
  }
}
