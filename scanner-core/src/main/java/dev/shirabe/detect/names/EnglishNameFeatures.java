package dev.shirabe.detect.names;

import static dev.shirabe.detect.text.MaxentWeights.key;
import static dev.shirabe.detect.text.MaxentWeights.more;

import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.MaxentWeights;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The person model's features ({@code dictionaries/training/person-en/features.xml}: OpenNLP's
 * default name features plus the two name lists) as the 64-bit keys of {@link
 * MaxentWeights}, without building the feature strings.
 *
 * <p>OpenNLP's generators build some thirty strings per token ("p1w&c=emily,ic", "n2w=carter",
 * ...), lower-case and classify each neighbour five times (once per window it falls in), and
 * look the name lists up through interned {@code StringList}s: that was about half of the
 * English person detector's time. Here each token of a window is lower-cased, classified and
 * looked up once ({@link #read}), and a feature's key is the FNV hash of its string continued
 * over its parts (the hash of a prefix, then the token's chars), in the order OpenNLP's
 * generators add them, so that the model's sums stay the same to the last bit. {@link
 * EnglishNameDecoder} checks at construction that the keys are those of OpenNLP's own
 * generators for the model it reads, and refuses a model whose features differ.
 *
 * <p>Not thread-safe: it holds the window being read and the adaptive data of the text (the
 * outcome each token last had: OpenNLP's {@code PreviousMapFeatureGenerator}).
 */
final class EnglishNameFeatures {

  /** Window positions in OpenNLP's order: the token, the previous ones, the next ones. */
  private static final int[] OFFSETS = {0, -1, -2, 1, 2};
  private static final String[] PREFIXES = {"", "p1", "p2", "n1", "n2"};
  /** The positions (indexes into OFFSETS) of a window of one token each way. */
  private static final int[] NEAR = {0, 1, 3};

  private static final long[] WC = prefixed("wc=");
  private static final long[] WORD_AND_CLASS = prefixed("w&c=");
  private static final long[] WORD = prefixed("w=");
  private static final long[] DIC = prefixed(":w=dic");
  private static final long[] DIC_IS = prefixed(":w=dic=");
  private static final long DEF = key(more(MaxentWeights.OFFSET, "def"));
  private static final long PD = more(MaxentWeights.OFFSET, "pd=");
  private static final long PW_W = more(MaxentWeights.OFFSET, "pw,w=");
  private static final long PWC_WC = more(MaxentWeights.OFFSET, "pwc,wc=");
  private static final long W_NW = more(MaxentWeights.OFFSET, "w,nw=");
  private static final long WC_NC = more(MaxentWeights.OFFSET, "wc,nc=");
  private static final long S_BEGIN = key(more(MaxentWeights.OFFSET, "S=begin"));

  /** The most keys {@link #staticKeys} gives for one token. */
  static final int MAX_STATIC = 5 * 3 + 2 * 3 * 2 + 2 + 4 + 1;

  private final NameList givenNames;
  private final NameList surnames;
  private final Map<String, String> previous = new HashMap<>();

  private String[] tokens = new String[0];
  private String[] lower = new String[0];
  private String[] classes = new String[0];
  private boolean[] given = new boolean[0];
  private boolean[] surname = new boolean[0];

  EnglishNameFeatures(NameList givenNames, NameList surnames) {
    this.givenNames = givenNames;
    this.surnames = surnames;
  }

  private static long[] prefixed(String feature) {
    long[] out = new long[PREFIXES.length];
    for (int p = 0; p < PREFIXES.length; p++) {
      out[p] = more(MaxentWeights.OFFSET, PREFIXES[p] + feature);
    }
    return out;
  }

  /** Reads a window's tokens: each one's lower case, class and name lists, once. */
  void read(String[] tokens) {
    int n = tokens.length;
    this.tokens = tokens;
    if (lower.length < n) {
      int size = Math.max(n, 2 * lower.length);
      lower = new String[size];
      classes = new String[size];
      given = new boolean[size];
      surname = new boolean[size];
    }
    for (int k = 0; k < n; k++) {
      lower[k] = lowerCase(tokens[k]);
      classes[k] = FeatureGeneratorUtil.tokenFeature(tokens[k]);
    }
    givenNames.mark(lower, n, given);
    surnames.mark(lower, n, surname);
  }

  /** The token's class as OpenNLP's {@code FeatureGeneratorUtil.tokenFeature} gives it. */
  String tokenClass(int i) {
    return classes[i];
  }

  /**
   * Writes the keys of token i's features that do not depend on the outcomes before it into
   * {@code keys}, in the order OpenNLP's generators add them; returns how many.
   */
  int staticKeys(int i, long[] keys) {
    int n = tokens.length;
    int c = 0;
    for (int p = 0; p < OFFSETS.length; p++) { // TokenClassFeatureGenerator, window 2 each way
      int j = i + OFFSETS[p];
      if (j >= 0 && j < n) {
        keys[c++] = key(more(WC[p], classes[j]));
        keys[c++] = key(more(more(more(WORD_AND_CLASS[p], lower[j]), ','), classes[j]));
      }
    }
    for (int p = 0; p < OFFSETS.length; p++) { // TokenFeatureGenerator, lower case, 2 each way
      int j = i + OFFSETS[p];
      if (j >= 0 && j < n) {
        keys[c++] = key(more(WORD[p], lower[j]));
      }
    }
    c = dictionaryKeys(i, given, keys, c);
    c = dictionaryKeys(i, surname, keys, c);
    keys[c++] = DEF; // OutcomePriorFeatureGenerator
    keys[c++] = key(more(PD, String.valueOf(previous.get(tokens[i])))); // "pd=null" when new
    if (i > 0) { // BigramNameFeatureGenerator
      keys[c++] = key(more(more(more(PW_W, tokens[i - 1]), ','), tokens[i]));
      keys[c++] = key(more(more(more(PWC_WC, classes[i - 1]), ','), classes[i]));
    }
    if (i + 1 < n) {
      keys[c++] = key(more(more(more(W_NW, tokens[i]), ','), tokens[i + 1]));
      keys[c++] = key(more(more(more(WC_NC, classes[i]), ','), classes[i + 1]));
    }
    if (i == 0) {
      keys[c++] = S_BEGIN; // SentenceFeatureGenerator, begin only
    }
    return c;
  }

  /** DictionaryFeatureGenerator (InSpanGenerator, no prefix) in a window of 1 each way. */
  private int dictionaryKeys(int i, boolean[] inList, long[] keys, int c) {
    for (int p : NEAR) {
      int j = i + OFFSETS[p];
      if (j >= 0 && j < tokens.length && inList[j]) {
        keys[c++] = key(DIC[p]);
        keys[c++] = key(more(DIC_IS[p], tokens[j]));
      }
    }
    return c;
  }

  /** Remembers each token's outcome, as OpenNLP's adaptive data does after a sentence. */
  void update(String[] tokens, String[] outcomes) {
    for (int k = 0; k < tokens.length; k++) {
      previous.put(tokens[k], outcomes[k]);
    }
  }

  /** Forgets what earlier sentences taught. */
  void clear() {
    previous.clear();
  }

  /** OpenNLP's {@code StringUtil.toLowerCase} (code point by code point), without streams for ASCII. */
  static String lowerCase(String token) {
    boolean upper = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 0x80) {
        return StringUtil.toLowerCase(token);
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return token;
    }
    char[] out = new char[token.length()];
    for (int i = 0; i < out.length; i++) {
      char c = token.charAt(i);
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }

  /**
   * A name list of the model (an OpenNLP {@link Dictionary}, compared case-insensitively) as a
   * set of lower-cased entries, their words joined by a space (tokens hold no space).
   */
  static final class NameList {

    private final Set<String> entries = new HashSet<>();
    /** The first words of entries of more than one word ("jo" of "Jo Ann"). */
    private final Set<String> starts = new HashSet<>();
    private final int maxWords;

    NameList(Dictionary dictionary) {
      if (dictionary.isCaseSensitive()) {
        throw new IllegalStateException("the person model's name lists are case-sensitive");
      }
      int max = 0;
      for (StringList entry : dictionary) {
        StringBuilder joined = new StringBuilder();
        for (int k = 0; k < entry.size(); k++) {
          joined.append(k == 0 ? "" : " ").append(StringUtil.toLowerCase(entry.getToken(k)));
        }
        entries.add(joined.toString());
        if (entry.size() > 1) {
          starts.add(StringUtil.toLowerCase(entry.getToken(0)));
        }
        max = Math.max(max, entry.size());
      }
      this.maxWords = max;
    }

    /** Whether an entry has a kana or kanji in it. */
    boolean holdsJapanese() {
      for (String entry : entries) {
        if (JapaneseScript.containsJapanese(entry)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the word (lower-cased) is an entry of one word. */
    boolean contains(String lowerWord) {
      return entries.contains(lowerWord);
    }

    /**
     * Marks the tokens inside entries, as OpenNLP's {@code DictionaryNameFinder} finds them:
     * from each token, the longest entry that starts there; the tokens it covers are skipped.
     */
    void mark(String[] lower, int n, boolean[] in) {
      java.util.Arrays.fill(in, 0, n, false);
      for (int from = 0; from < n; from++) {
        int found = entries.contains(lower[from]) ? from + 1 : -1;
        if (maxWords > 1 && starts.contains(lower[from])) {
          StringBuilder joined = new StringBuilder(lower[from]);
          for (int to = from + 1; to < n && to - from < maxWords; to++) {
            joined.append(' ').append(lower[to]);
            if (entries.contains(joined.toString())) {
              found = to + 1;
            }
          }
        }
        if (found > 0) {
          java.util.Arrays.fill(in, from, found, true);
          from = found - 1;
        }
      }
    }
  }
}
