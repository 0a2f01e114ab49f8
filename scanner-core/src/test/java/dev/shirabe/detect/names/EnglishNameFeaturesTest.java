package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

/**
 * {@link EnglishNameFeatures}' pieces give what OpenNLP's give: the name lists mark the tokens
 * that OpenNLP's {@link DictionaryNameFinder} puts in a span (entries of several words, longest
 * first, in any case), lower case is OpenNLP's, and a key built from parts is the hash of the
 * whole string. (That all the features are OpenNLP's is checked by the decoder itself, and its
 * answers by {@code EnglishNameDecoderTest}.)
 */
class EnglishNameFeaturesTest {

  private static final TokenNameFinderModel MODEL = EnglishPersonModel.load();

  @Test
  void theNameListsMarkWhatOpenNlpsDictionaryFinderFinds() {
    String[][] sentences = {
        "Jo Ann and JO ANN met jo ann".split(" "),
        "Dee Dee Ramone , Zsa Zsa Gabor and De Witt".split(" "),
        "the quick brown fox of the long river".split(" "),
        "Jo".split(" "),
        "Emily Carter Ümit İlkay".split(" ")};
    String[] names = {"given-names.dict", "surnames.dict"};
    Dictionary[] dictionaries = new Dictionary[2];
    for (int l = 0; l < 2; l++) {
      dictionaries[l] = (Dictionary) MODEL.getArtifact(names[l]);
    }
    EnglishNameFeatures.NameLists lists = new EnglishNameFeatures.NameLists(dictionaries[0], dictionaries[1]);
    for (String[] tokens : sentences) {
      String[] lower = Arrays.stream(tokens).map(EnglishNameFeatures::lowerCase).toArray(String[]::new);
      boolean[][] actual = new boolean[2][tokens.length + 3];
      Arrays.fill(actual[0], true); // what an earlier, longer window left
      Arrays.fill(actual[1], true);
      lists.mark(lower, tokens.length, new int[tokens.length + 3], actual[0], actual[1]);
      for (int l = 0; l < 2; l++) {
        boolean[] expected = new boolean[tokens.length];
        for (Span span : new DictionaryNameFinder(dictionaries[l]).find(tokens)) {
          Arrays.fill(expected, span.getStart(), span.getEnd(), true);
        }
        assertArrayEquals(expected, Arrays.copyOf(actual[l], tokens.length), names[l] + ": " + String.join(" ", tokens));
      }
    }
  }

  @Test
  void aWordIsContainedWhenEitherListHoldsItAsAnEntryOfOneWord() {
    EnglishNameFeatures.NameLists lists = EnglishNameDecoder.nameLists(MODEL);
    Dictionary given = (Dictionary) MODEL.getArtifact("given-names.dict");
    Dictionary surnames = (Dictionary) MODEL.getArtifact("surnames.dict");
    java.util.Set<String> words = new java.util.TreeSet<>(java.util.List.of("the", "zzqxv", "jo", "dee"));
    for (Dictionary dictionary : new Dictionary[] {given, surnames}) {
      for (StringList entry : dictionary) {
        words.add(StringUtil.toLowerCase(entry.getToken(0))); // first words of longer entries too
      }
    }
    int contained = 0;
    for (String word : words) {
      StringList one = new StringList(word);
      boolean expected = given.contains(one) || surnames.contains(one);
      assertEquals(expected, lists.contains(word), word);
      contained += expected ? 1 : 0;
    }
    assertTrue(contained > 1000 && contained < words.size(), contained + " of " + words.size());
  }

  @Test
  void lowerCaseIsOpenNlps() {
    for (String token : new String[] {"Carter", "carter", "O'NEIL", "Ümit", "İlkay", "ＡＢＣ", "2024", "Σίσυφος"}) {
      assertEquals(StringUtil.toLowerCase(token), EnglishNameFeatures.lowerCase(token), token);
    }
  }

  /**
   * The loop over code points gives OpenNLP's stream's answer on random strings of ASCII,
   * Latin, Greek, Turkish dotted and dotless i, full-width letters, supplementary letters
   * (Deseret, which has cases) and unpaired surrogates of either half.
   */
  @Test
  void lowerCaseOfCodePointsIsOpenNlps() {
    int[] pool = {'A', 'z', 'I', 'i', '.', 0xC0, 0xDC, 0x130, 0x131, 0x3A3, 0x3C2, 0xFF21, 0x1E9E, 0x2126,
        0x10400, 0x10428, 0x1F600, 0xD801, 0xDC00, 0xD83D};
    java.util.Random random = new java.util.Random(11);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder token = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        int point = random.nextInt(4) == 0 ? random.nextInt(0x30000) : pool[random.nextInt(pool.length)];
        token.appendCodePoint(point);
      }
      String s = token.toString();
      assertEquals(StringUtil.toLowerCase(s), EnglishNameFeatures.lowerCaseCodePoints(s), s);
      assertEquals(StringUtil.toLowerCase(s), EnglishNameFeatures.lowerCase(s), s);
    }
  }

  @Test
  void aKeyBuiltFromPartsIsTheHashOfTheWhole() {
    long state = MaxentWeights.more(MaxentWeights.OFFSET, "p1w&c=");
    state = MaxentWeights.more(MaxentWeights.more(state, "emily"), ',');
    long parts = MaxentWeights.key(MaxentWeights.more(state, "ic"));
    assertEquals(MaxentWeights.hash("p1w&c=emily,ic"), parts);
  }

  /**
   * The table of the tokens' last outcomes answers as the {@code HashMap} it replaced, over
   * random puts, gets and clears of words that share slots: words of one String hash ("Aa",
   * "BB"), and words given one 64-bit hash on purpose, which only {@code equals} tells apart.
   */
  @Test
  void thePreviousOutcomesAnswerAsAHashMap() {
    java.util.Random random = new java.util.Random(15);
    String[] words = new String[600];
    for (int w = 0; w < words.length; w++) {
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < 1 + w % 3; c++) {
        word.append(random.nextBoolean() ? "Aa" : "BB"); // String.hashCode alike
      }
      words[w] = word + (w < 300 ? "" : Integer.toString(w));
    }
    EnglishNameFeatures.PreviousOutcomes table = new EnglishNameFeatures.PreviousOutcomes();
    java.util.Map<String, Long> reference = new java.util.HashMap<>();
    int found = 0;
    for (int step = 0; step < 200_000; step++) {
      String word = words[random.nextInt(words.length)];
      // The words of five chars (a sixth) share one hash (not 0, which MaxentWeights.hash never
      // gives): long runs of collisions.
      long hash = word.length() == 5 ? 7 : MaxentWeights.hash(word);
      int op = random.nextInt(1000);
      if (op == 0) {
        table.clear();
        reference.clear();
      } else if (op < 400) {
        long value = random.nextLong();
        table.put(new String(word), hash, value); // equal, not identical, strings
        reference.put(word, value);
      } else {
        long expected = reference.getOrDefault(word, -1L);
        assertEquals(expected, table.get(new String(word), hash, -1L), word);
        found += expected == -1L ? 0 : 1;
      }
    }
    assertTrue(found > 10_000, "too few hits to compare: " + found);
  }

  /**
   * The word class is OpenNLP's for random tokens over chars that move its branches (capitals,
   * the umlauts of its expression, periods, digits, kana, line terminators) and for words of
   * the probe set.
   */
  @Test
  void theWordClassIsOpenNlps() {
    String chars = "AZaz\u00c4\u00d6\u00dc\u00e4\u00c5..0189-/,\n\r\u0085\u2028\u2029 "
        + "\u3042\u30a2\u7530\uff21\u0130$@_^`'\"(\u007f\t\u00aa\u00b2\u0660";
    java.util.Random random = new java.util.Random(15);
    java.util.Set<String> classes = new java.util.HashSet<>();
    for (int round = 0; round < 300_000; round++) {
      StringBuilder token = new StringBuilder();
      int length = 1 + random.nextInt(round % 2 == 0 ? 3 : 6);
      for (int c = 0; c < length; c++) {
        token.append(chars.charAt(random.nextInt(chars.length())));
      }
      String word = token.toString();
      String expected = opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(word);
      assertEquals(expected, EnglishNameFeatures.tokenClass(word), word);
      classes.add(expected);
    }
    for (String word : new String[] {"A.", "\u00dc.", "A.\r\n", "A.\n", "A.\u0085", "a.", "AB.",
        "A.B", "\u00c5.", "Smith", "Mr.", "J.", "A.\n\n", "A.\r"}) {
      assertEquals(opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(word),
          EnglishNameFeatures.tokenClass(word), word);
    }
    assertTrue(classes.size() >= 14, "too few classes reached: " + classes);
  }

  /**
   * Tokens of ASCII chars alone, which are classed without {@code StringPattern}: every char
   * and pair of chars, and random tokens over letters, digits and the marks the classes read,
   * weighted so that every class is reached.
   */
  @Test
  void asciiTokensAreClassedAsOpenNlpClassesThem() {
    java.util.Set<String> classes = new java.util.HashSet<>();
    for (char a = 0; a < 128; a++) {
      assertSameClass(String.valueOf(a), classes);
      for (char b = 0; b < 128; b++) {
        assertSameClass("" + a + b, classes);
      }
    }
    String chars = "AQZamz0519-/,.$ '_\n\r";
    java.util.Random random = new java.util.Random(16);
    for (int round = 0; round < 200_000; round++) {
      StringBuilder token = new StringBuilder();
      int length = 1 + random.nextInt(7);
      for (int c = 0; c < length; c++) {
        token.append(chars.charAt(random.nextInt(chars.length())));
      }
      assertSameClass(token.toString(), classes);
    }
    assertEquals(14, classes.size(), "every class but the two of kana: " + classes);
  }

  private static void assertSameClass(String word, java.util.Set<String> classes) {
    String expected = opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(word);
    assertEquals(expected, EnglishNameFeatures.tokenClass(word), word);
    classes.add(expected);
  }
}
