package dev.shirabe.detect.names;

import static dev.shirabe.detect.text.MaxentWeights.key;
import static dev.shirabe.detect.text.MaxentWeights.more;

import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.MaxentWeights;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.StringPattern;

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
  private static final long PD_NULL = key(more(PD, "null")); // a token not seen before
  private static final long PW_W = more(MaxentWeights.OFFSET, "pw,w=");
  private static final long PWC_WC = more(MaxentWeights.OFFSET, "pwc,wc=");
  private static final long W_NW = more(MaxentWeights.OFFSET, "w,nw=");
  private static final long WC_NC = more(MaxentWeights.OFFSET, "wc,nc=");
  private static final long S_BEGIN = key(more(MaxentWeights.OFFSET, "S=begin"));

  /** The most keys {@link #staticKeys} gives for one token. */
  static final int MAX_STATIC = 5 * 3 + 2 * 3 * 2 + 2 + 4 + 1;

  private final NameLists lists;
  /** The key of "pd=" and the outcome each token last had, by token (OpenNLP's adaptive data). */
  private final PreviousOutcomes previous = new PreviousOutcomes();
  /** The key of "pd=" and an outcome, by outcome (a handful). */
  private final Map<String, Long> pdKeys = new HashMap<>();

  private String[] tokens = new String[0];
  private String[] lower = new String[0];
  private String[] classes = new String[0];
  private boolean[] given = new boolean[0];
  private boolean[] surname = new boolean[0];
  private int[] listFlags = new int[0];
  /** Each token's {@link MaxentWeights#hash}, where {@link #previous} finds it. */
  private long[] tokenHashes = new long[0];

  /** The window features summed ahead by word, or null: then only {@link #staticKeys} (the check). */
  private final WindowWeights window;
  /** Each token's class index, and where its word-and-class and word entries start (-1: none). */
  private int[] classOf = new int[0];
  private int[] pairOf = new int[0];
  private int[] wordOf = new int[0];
  /** Each token's entry of "pow=" weights ({@link WindowWeights#previousKey}), -1 when none. */
  private int[] previousOf = new int[0];
  /**
   * The entry of each token and the one before it ({@link WindowWeights#bigramKey}): -1 when
   * the model has none, {@link #BIGRAM_BY_KEYS} when either holds a comma (then the keys).
   */
  private int[] bigramOf = new int[0];
  private static final int BIGRAM_BY_KEYS = -2;
  /** Each lower-cased token's {@link MaxentWeights#hash}. */
  private long[] lowerHashes = new long[0];

  EnglishNameFeatures(NameLists lists) {
    this(lists, null);
  }

  EnglishNameFeatures(NameLists lists, WindowWeights window) {
    this.lists = lists;
    this.window = window;
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
      listFlags = new int[size];
      tokenHashes = new long[size];
      classOf = new int[size];
      pairOf = new int[size];
      wordOf = new int[size];
      previousOf = new int[size];
      lowerHashes = new long[size];
      bigramOf = new int[size];
    }
    for (int k = 0; k < n; k++) {
      lower[k] = lowerCase(tokens[k]);
      int tokenClass = tokenClassIndex(tokens[k]);
      classes[k] = WindowWeights.CLASSES.get(tokenClass);
      lowerHashes[k] = MaxentWeights.hash(lower[k]);
      // lowerCase gives the token itself when it has no capital: one hash for both.
      tokenHashes[k] = lower[k] == tokens[k] ? lowerHashes[k] : MaxentWeights.hash(tokens[k]);
      if (window != null) {
        classOf[k] = tokenClass;
        pairOf[k] = window.find(WindowWeights.pairKey(lower[k], classes[k]));
        wordOf[k] = window.find(lowerHashes[k]); // WindowWeights.wordKey
        previousOf[k] = window.find(WindowWeights.previousKey(tokens[k]));
        bigramOf[k] = k == 0 ? -1
            : tokens[k - 1].indexOf(',') >= 0 || tokens[k].indexOf(',') >= 0 ? BIGRAM_BY_KEYS
            : window.find(WindowWeights.bigramKey(tokenHashes[k - 1], tokenHashes[k]));
      }
    }
    lists.mark(lower, lowerHashes, n, listFlags, given, surname);
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
    return otherKeys(i, keys, c, true);
  }

  /**
   * Adds the weights of token i's features that do not depend on the outcomes before it to
   * {@code sums}: the window features through {@link WindowWeights}, then the others' keys
   * ({@code keys} is scratch). The same features as {@link #staticKeys}, in another order.
   */
  void addStatic(int i, long[] keys, MaxentWeights weights, double[] sums) {
    window.addWindow(i, tokens.length, classOf, pairOf, wordOf, sums);
    if (i > 0 && bigramOf[i] >= 0) {
      window.addRow(bigramOf[i], 0, sums); // pw,w
    }
    if (i + 1 < tokens.length && bigramOf[i + 1] >= 0) {
      window.addRow(bigramOf[i + 1], 1, sums); // w,nw
    }
    weights.addAll(keys, otherKeys(i, keys, 0, false), sums);
  }

  /**
   * Adds the features on the outcomes before token i ({@code before}, {@code beforeThat}) to
   * {@code sums}, through {@link WindowWeights#addPrevious}.
   */
  void addPrevious(int i, int before, int beforeThat, double[] sums) {
    window.addPrevious(before, beforeThat, classOf[i], previousOf[i], sums);
  }

  /** The keys of token i's features after the window's, from {@code keys[c]}; returns the count. */
  private int otherKeys(int i, long[] keys, int c, boolean bigrams) {
    int n = tokens.length;
    c = dictionaryKeys(i, given, keys, c);
    c = dictionaryKeys(i, surname, keys, c);
    keys[c++] = DEF; // OutcomePriorFeatureGenerator
    keys[c++] = previous.get(tokens[i], tokenHashes[i], PD_NULL);
    if (i > 0) { // BigramNameFeatureGenerator
      if (bigrams || bigramOf[i] == BIGRAM_BY_KEYS) {
        keys[c++] = key(more(more(more(PW_W, tokens[i - 1]), ','), tokens[i]));
      }
      keys[c++] = key(more(more(more(PWC_WC, classes[i - 1]), ','), classes[i]));
    }
    if (i + 1 < n) {
      if (bigrams || bigramOf[i + 1] == BIGRAM_BY_KEYS) {
        keys[c++] = key(more(more(more(W_NW, tokens[i]), ','), tokens[i + 1]));
      }
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
      long hash = tokens == this.tokens ? tokenHashes[k] : MaxentWeights.hash(tokens[k]);
      previous.put(tokens[k], hash, pdKeys.computeIfAbsent(outcomes[k], o -> key(more(PD, o))));
    }
  }

  /** Forgets what earlier sentences taught. */
  void clear() {
    previous.clear();
  }

  /**
   * OpenNLP's word class ({@code FeatureGeneratorUtil.tokenFeature}: "lc", "ic", "2d", ...),
   * the same branches in the same order, but for its one regular expression: OpenNLP asks
   * {@code ^[A-ZÄÖÜ]\.$} of every token without digits that is neither all lower case nor all
   * capitals ("Smith", "Mr.", ","), a new {@code Matcher} each time: a tenth of all detectors'
   * time on en_presidio_synth (JFR). {@link #isCapitalPeriod} answers it without.
   */
  static String tokenClass(String token) {
    return WindowWeights.CLASSES.get(tokenClassIndex(token));
  }

  /**
   * The index in {@link WindowWeights#CLASSES} of the token's class. A token of ASCII chars
   * (nearly every token of English text) is classed from its chars directly: {@code
   * StringPattern.recognize} asks {@code Character.getType} and {@code UnicodeScript.of} (a
   * binary search) of each char, some 3 % of all detectors' time on en_presidio_synth (JFR).
   * Among ASCII chars only A-Z and a-z are letters (upper and lower case), only 0-9 digits, and
   * each is of the Common or the Latin script, so the token is neither all hiragana nor all
   * katakana: the answers are {@code StringPattern}'s ({@code EnglishNameFeaturesTest}).
   */
  static int tokenClassIndex(String token) {
    int n = token.length();
    if (n == 0) {
      return classOf(StringPattern.recognize(token), token);
    }
    boolean allLower = true;
    boolean allCapitals = true;
    boolean letters = false;
    int digits = 0;
    int marks = 0;
    for (int i = 0; i < n; i++) {
      char ch = token.charAt(i);
      if (ch >= 'a' && ch <= 'z') {
        letters = true;
        allCapitals = false;
      } else if (ch >= 'A' && ch <= 'Z') {
        letters = true;
        allLower = false;
      } else if (ch < 128) {
        allLower = false;
        allCapitals = false;
        if (ch >= '0' && ch <= '9') {
          digits++;
        } else {
          marks |= ch == '-' ? HYPHEN : ch == '/' ? SLASH : ch == ',' ? COMMA : ch == '.' ? PERIOD : 0;
        }
      } else {
        return classOf(StringPattern.recognize(token), token);
      }
    }
    if (allLower) {
      return LC;
    } else if (digits == 2) {
      return TWO_DIGITS;
    } else if (digits == 4) {
      return FOUR_DIGITS;
    } else if (digits > 0) {
      return letters ? ALPHANUMERIC : (marks & HYPHEN) != 0 ? DIGITS_DASH
          : (marks & SLASH) != 0 ? DIGITS_SLASH : (marks & COMMA) != 0 ? DIGITS_COMMA
          : (marks & PERIOD) != 0 ? DIGITS_PERIOD : NUMBER;
    } else if (allCapitals) {
      return n == 1 ? SINGLE_CAPITAL : ALL_CAPITALS;
    } else if (isCapitalPeriod(token)) {
      return CAPITAL_PERIOD;
    }
    char first = token.charAt(0);
    return first >= 'A' && first <= 'Z' ? INITIAL_CAPITAL : OTHER;
  }

  private static final int HYPHEN = 1;
  private static final int SLASH = 2;
  private static final int COMMA = 4;
  private static final int PERIOD = 8;

  /** The classes' indexes in {@link WindowWeights#CLASSES}. */
  private static final int HIRAGANA = WindowWeights.CLASSES.indexOf("jah");
  private static final int KATAKANA = WindowWeights.CLASSES.indexOf("jak");
  private static final int LC = WindowWeights.CLASSES.indexOf("lc");
  private static final int TWO_DIGITS = WindowWeights.CLASSES.indexOf("2d");
  private static final int FOUR_DIGITS = WindowWeights.CLASSES.indexOf("4d");
  private static final int ALPHANUMERIC = WindowWeights.CLASSES.indexOf("an");
  private static final int DIGITS_DASH = WindowWeights.CLASSES.indexOf("dd");
  private static final int DIGITS_SLASH = WindowWeights.CLASSES.indexOf("ds");
  private static final int DIGITS_COMMA = WindowWeights.CLASSES.indexOf("dc");
  private static final int DIGITS_PERIOD = WindowWeights.CLASSES.indexOf("dp");
  private static final int NUMBER = WindowWeights.CLASSES.indexOf("num");
  private static final int SINGLE_CAPITAL = WindowWeights.CLASSES.indexOf("sc");
  private static final int ALL_CAPITALS = WindowWeights.CLASSES.indexOf("ac");
  private static final int CAPITAL_PERIOD = WindowWeights.CLASSES.indexOf("cp");
  private static final int INITIAL_CAPITAL = WindowWeights.CLASSES.indexOf("ic");
  private static final int OTHER = WindowWeights.CLASSES.indexOf("other");

  /** The class from OpenNLP's pattern, in {@code FeatureGeneratorUtil.tokenFeature}'s order. */
  private static int classOf(StringPattern pattern, String token) {
    if (pattern.isAllHiragana()) {
      return HIRAGANA;
    } else if (pattern.isAllKatakana()) {
      return KATAKANA;
    } else if (pattern.isAllLowerCaseLetter()) {
      return LC;
    } else if (pattern.digits() == 2) {
      return TWO_DIGITS;
    } else if (pattern.digits() == 4) {
      return FOUR_DIGITS;
    } else if (pattern.containsDigit()) {
      if (pattern.containsLetters()) {
        return ALPHANUMERIC;
      } else if (pattern.containsHyphen()) {
        return DIGITS_DASH;
      } else if (pattern.containsSlash()) {
        return DIGITS_SLASH;
      } else if (pattern.containsComma()) {
        return DIGITS_COMMA;
      } else if (pattern.containsPeriod()) {
        return DIGITS_PERIOD;
      }
      return NUMBER;
    } else if (pattern.isAllCapitalLetter()) {
      return token.length() == 1 ? SINGLE_CAPITAL : ALL_CAPITALS;
    } else if (isCapitalPeriod(token)) {
      return CAPITAL_PERIOD;
    } else if (pattern.isInitialCapitalLetter()) {
      return INITIAL_CAPITAL;
    }
    return OTHER;
  }

  /**
   * Whether {@code Pattern.compile("^[A-ZÄÖÜ]\\.$").matcher(token).find()}: a capital and a
   * period, then the end, or a line terminator and the end (where {@code $} also matches
   * without the MULTILINE flag).
   */
  static boolean isCapitalPeriod(String token) {
    int n = token.length();
    if (n < 2 || n > 4 || token.charAt(1) != '.') {
      return false;
    }
    char c = token.charAt(0);
    if (!(c >= 'A' && c <= 'Z' || c == '\u00c4' || c == '\u00d6' || c == '\u00dc')) {
      return false;
    }
    if (n == 2) {
      return true;
    }
    char e = token.charAt(2);
    if (n == 3) {
      return e == '\n' || e == '\r' || e == '\u0085' || e == '\u2028' || e == '\u2029';
    }
    return e == '\r' && token.charAt(3) == '\n';
  }

  /**
   * The key of each token's last outcome, by token: a {@code HashMap<String, Long>} as OpenNLP's
   * {@code PreviousMapFeatureGenerator} keeps it cost a tenth of all detectors' time on
   * en_presidio_synth (JFR: the node, its key and the key's bytes, each a likely cache miss, for
   * every token of every window). Here a token is found by its 64-bit hash in an open-addressed
   * table, then compared by {@code equals} with the token stored there, so the answer is the
   * map's exactly; the hash, held beside the value, turns away nearly every other token without
   * reading its chars.
   */
  static final class PreviousOutcomes {

    private static final int INITIAL = 256;

    /** Slot s: the token's hash at 2s (0 when empty: {@link MaxentWeights#hash} never gives 0), its value at 2s + 1. */
    private long[] slots = new long[2 * INITIAL];
    private String[] tokens = new String[INITIAL];
    private int size;

    /** The value of the token (whose {@link MaxentWeights#hash} is {@code hash}), or {@code absent}. */
    long get(String token, long hash, long absent) {
      int mask = tokens.length - 1;
      for (int slot = (int) MaxentWeights.mix(hash) & mask; ; slot = (slot + 1) & mask) {
        long found = slots[2 * slot];
        if (found == 0) {
          return absent;
        }
        if (found == hash && tokens[slot].equals(token)) {
          return slots[2 * slot + 1];
        }
      }
    }

    /** Sets the token's value, as {@code Map.put}. */
    void put(String token, long hash, long value) {
      int mask = tokens.length - 1;
      int slot = (int) MaxentWeights.mix(hash) & mask;
      for (long found; (found = slots[2 * slot]) != 0; slot = (slot + 1) & mask) {
        if (found == hash && tokens[slot].equals(token)) {
          slots[2 * slot + 1] = value;
          return;
        }
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = value;
      tokens[slot] = token;
      if (++size * 2 > tokens.length) { // at most half full: probes stay short
        grow();
      }
    }

    private void grow() {
      long[] oldSlots = slots;
      String[] oldTokens = tokens;
      tokens = new String[2 * oldTokens.length];
      slots = new long[2 * tokens.length];
      int mask = tokens.length - 1;
      for (int s = 0; s < oldTokens.length; s++) {
        if (oldSlots[2 * s] != 0) {
          int slot = (int) MaxentWeights.mix(oldSlots[2 * s]) & mask;
          while (slots[2 * slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[2 * slot] = oldSlots[2 * s];
          slots[2 * slot + 1] = oldSlots[2 * s + 1];
          tokens[slot] = oldTokens[s];
        }
      }
    }

    /** Forgets every token, as {@code Map.clear}; a table grown large for one text is dropped. */
    void clear() {
      if (tokens.length > 16 * INITIAL) {
        slots = new long[2 * INITIAL];
        tokens = new String[INITIAL];
      } else if (size > 0) {
        java.util.Arrays.fill(slots, 0);
        java.util.Arrays.fill(tokens, null);
      }
      size = 0;
    }
  }

  /** OpenNLP's {@code StringUtil.toLowerCase} (code point by code point), without its stream. */
  static String lowerCase(String token) {
    boolean upper = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= 0x80) {
        return lowerCaseCodePoints(token);
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
   * {@code StringUtil.toLowerCase} as it is, {@code Character.toLowerCase(int)} of each code
   * point of {@code String.codePoints()} (an unpaired surrogate as itself), with a loop instead
   * of the stream: the stream's set-up was most of the cost of a token with a char past ASCII.
   */
  static String lowerCaseCodePoints(String token) {
    int[] points = new int[token.length()];
    int n = 0;
    for (int i = 0; i < token.length(); ) {
      int point = token.codePointAt(i);
      points[n++] = Character.toLowerCase(point);
      i += Character.charCount(point);
    }
    return new String(points, 0, n);
  }

  /**
   * The model's two name lists (OpenNLP {@link Dictionary}s, compared case-insensitively) as
   * one table from a lower-cased word, or entry of several words joined by a space (tokens hold
   * no space), to its flags in either list. A token is looked up once for both lists, where two
   * {@code HashSet}s a list (the entries and the first words of longer entries) took four
   * look-ups of a {@code HashMap} (its table, node, key and the key's chars: each a likely cache
   * miss), a quarter of the decoder's time. Here a word is its 64-bit hash ({@link
   * MaxentWeights#hash}) beside its flags in an open-addressed table: one cache line a look-up.
   * As with the model's weights, a word off the lists that shares a hash with one on them (some
   * 10<sup>-15</sup> a look-up) would take its flags; two words of the lists with one hash are
   * refused at load.
   */
  static final class NameLists {

    /** Flags of list l (0 given names, 1 surnames), shifted by 2l: an entry, the first word of a longer one. */
    private static final int ENTRY = 1;
    private static final int START = 2;
    private static final int ENTRY_IN_EITHER = ENTRY | ENTRY << 2;

    /** Slot s: the word's hash at 2s (0 when empty), its flags at 2s + 1. */
    private final long[] table;
    private final int mask;
    private final int[] maxWords = new int[2];
    private final boolean holdsJapanese;

    NameLists(Dictionary givenNames, Dictionary surnames) {
      Dictionary[] lists = {givenNames, surnames};
      Map<String, Integer> flags = new HashMap<>();
      for (int l = 0; l < 2; l++) {
        if (lists[l].isCaseSensitive()) {
          throw new IllegalStateException("the person model's name lists are case-sensitive");
        }
        for (StringList entry : lists[l]) {
          StringBuilder joined = new StringBuilder();
          for (int k = 0; k < entry.size(); k++) {
            joined.append(k == 0 ? "" : " ").append(StringUtil.toLowerCase(entry.getToken(k)));
          }
          flags.merge(joined.toString(), ENTRY << 2 * l, (x, y) -> x | y);
          if (entry.size() > 1) {
            flags.merge(StringUtil.toLowerCase(entry.getToken(0)), START << 2 * l, (x, y) -> x | y);
          }
          maxWords[l] = Math.max(maxWords[l], entry.size());
        }
      }
      int capacity = Integer.highestOneBit(Math.max(4, flags.size() * 3 / 2)) * 2; // at most 2/3 full
      this.mask = capacity - 1;
      this.table = new long[2 * capacity];
      boolean japanese = false;
      for (Map.Entry<String, Integer> word : flags.entrySet()) {
        long hash = MaxentWeights.hash(word.getKey());
        int slot = (int) MaxentWeights.mix(hash) & mask;
        while (table[2 * slot] != 0) {
          if (table[2 * slot] == hash) {
            throw new IllegalStateException("two words of the name lists share a hash: " + word.getKey());
          }
          slot = (slot + 1) & mask;
        }
        table[2 * slot] = hash;
        table[2 * slot + 1] = word.getValue();
        japanese |= (word.getValue() & ENTRY_IN_EITHER) != 0 && JapaneseScript.containsJapanese(word.getKey());
      }
      this.holdsJapanese = japanese;
    }

    /** The word's flags in both lists; 0 when neither holds it. */
    private int flags(String lowerWord) {
      return flagsOf(MaxentWeights.hash(lowerWord));
    }

    private int flagsOf(long hash) {
      int slot = (int) MaxentWeights.mix(hash) & mask;
      while (true) {
        long found = table[2 * slot];
        if (found == hash) {
          return (int) table[2 * slot + 1];
        }
        if (found == 0) {
          return 0;
        }
        slot = (slot + 1) & mask;
      }
    }

    /** Whether an entry has a kana or kanji in it. */
    boolean holdsJapanese() {
      return holdsJapanese;
    }

    /** Whether the word (lower-cased) is an entry of one word of either list. */
    boolean contains(String lowerWord) {
      return (flags(lowerWord) & ENTRY_IN_EITHER) != 0;
    }

    /**
     * Marks the tokens inside entries of each list ({@code given}, {@code surname}), as
     * OpenNLP's {@code DictionaryNameFinder} finds them: from each token, the longest entry that
     * starts there; the tokens it covers are skipped. {@code scratch} holds n ints or more.
     */
    void mark(String[] lower, int n, int[] scratch, boolean[] given, boolean[] surname) {
      long[] hashes = new long[n];
      for (int k = 0; k < n; k++) {
        hashes[k] = MaxentWeights.hash(lower[k]);
      }
      mark(lower, hashes, n, scratch, given, surname);
    }

    /** As above, with each lower-cased word's {@link MaxentWeights#hash} given. */
    void mark(String[] lower, long[] hashes, int n, int[] scratch, boolean[] given, boolean[] surname) {
      for (int k = 0; k < n; k++) {
        scratch[k] = flagsOf(hashes[k]);
      }
      mark(lower, n, scratch, 0, given);
      mark(lower, n, scratch, 1, surname);
    }

    private void mark(String[] lower, int n, int[] tokenFlags, int list, boolean[] in) {
      java.util.Arrays.fill(in, 0, n, false);
      int shift = 2 * list;
      for (int from = 0; from < n; from++) {
        int f = tokenFlags[from] >>> shift;
        int found = (f & ENTRY) != 0 ? from + 1 : -1;
        if (maxWords[list] > 1 && (f & START) != 0) {
          StringBuilder joined = new StringBuilder(lower[from]);
          for (int to = from + 1; to < n && to - from < maxWords[list]; to++) {
            joined.append(' ').append(lower[to]);
            if ((flags(joined.toString()) >>> shift & ENTRY) != 0) {
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
