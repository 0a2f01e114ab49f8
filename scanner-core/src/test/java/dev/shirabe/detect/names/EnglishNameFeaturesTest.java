package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
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
    for (String list : new String[] {"given-names.dict", "surnames.dict"}) {
      Dictionary dictionary = (Dictionary) MODEL.getArtifact(list);
      DictionaryNameFinder reference = new DictionaryNameFinder(dictionary);
      EnglishNameFeatures.NameList names = new EnglishNameFeatures.NameList(dictionary);
      for (String[] tokens : sentences) {
        boolean[] expected = new boolean[tokens.length];
        for (Span span : reference.find(tokens)) {
          Arrays.fill(expected, span.getStart(), span.getEnd(), true);
        }
        String[] lower = Arrays.stream(tokens).map(EnglishNameFeatures::lowerCase).toArray(String[]::new);
        boolean[] actual = new boolean[tokens.length + 3];
        Arrays.fill(actual, true); // what an earlier, longer window left
        names.mark(lower, tokens.length, actual);
        assertArrayEquals(expected, Arrays.copyOf(actual, tokens.length), list + ": " + String.join(" ", tokens));
      }
    }
  }

  @Test
  void lowerCaseIsOpenNlps() {
    for (String token : new String[] {"Carter", "carter", "O'NEIL", "Ümit", "İlkay", "ＡＢＣ", "2024", "Σίσυφος"}) {
      assertEquals(StringUtil.toLowerCase(token), EnglishNameFeatures.lowerCase(token), token);
    }
  }

  @Test
  void aKeyBuiltFromPartsIsTheHashOfTheWhole() {
    long state = MaxentWeights.more(MaxentWeights.OFFSET, "p1w&c=");
    state = MaxentWeights.more(MaxentWeights.more(state, "emily"), ',');
    long parts = MaxentWeights.key(MaxentWeights.more(state, "ic"));
    assertEquals(MaxentWeights.hash("p1w&c=emily,ic"), parts);
  }
}
