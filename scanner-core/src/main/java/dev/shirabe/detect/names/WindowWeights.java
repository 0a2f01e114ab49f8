package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The person model's features that a token's words decide, summed ahead by word: the window
 * features (features.xml's first three generators: the word class "wc=", the lower-cased word
 * with its class "w&c=", the lower-cased word "w=", each at the token and two neighbours each
 * way), the bigrams of two tokens in a row ("pw,w=", "w,nw="), and the features on the outcome
 * before a token ("po=", "pow=", "powf=", "ppo="). Fifteen of a token's some twenty-five
 * features, each a look-up in a table of 84,000 (4 MB, a cache miss nearly every time), become
 * two look-ups a token of a window (its word, its word and class), whose weights for the five
 * positions it may stand at are then added to the sums of the five tokens it is a neighbour
 * of; the two bigrams one look-up a pair; "pow=" one a token whatever the outcomes before. A
 * word the model has no feature of has no entry; a class is one of sixteen.
 *
 * <p>The sums are the same features' weights as the model's, added in another order, so a
 * probability may differ from OpenNLP's in its last bits (EnglishNameDecoderTest: the same
 * names on both English corpora, probabilities within 1e-12; WindowWeightsTest: the sums within
 * 1e-12 of the features' keys looked up one by one).
 */
final class WindowWeights {

  /** Window positions in OpenNLP's order (the token, the previous ones, the next ones), as in EnglishNameFeatures. */
  static final int[] OFFSETS = {0, -1, -2, 1, 2};
  private static final String[] PREFIXES = {"", "p1", "p2", "n1", "n2"};
  static final int POSITIONS = OFFSETS.length;

  /** OpenNLP's word classes (FeatureGeneratorUtil.tokenFeature), as EnglishNameFeatures.tokenClass gives them. */
  static final List<String> CLASSES = List.of(
      "jah", "jak", "lc", "2d", "4d", "an", "dd", "ds", "dc", "dp", "num", "sc", "ac", "cp", "ic", "other");

  private final int outcomes;
  /** By class, position and outcome: the weight of "wc=" (prefixed by the position). */
  private final double[] classes;
  /** Entry e's weights at e * POSITIONS * outcomes, by position and outcome. */
  private double[] entries;
  private int size;
  private final long[] keys;
  private final int[] slots;
  private final int mask;

  WindowWeights(Map<String, Context> features, String[] outcomeNames) {
    this.outcomes = outcomeNames.length;
    if (outcomes > POSITIONS) {
      throw new IllegalStateException("more outcomes than an entry has rows: " + outcomes);
    }
    int stride = POSITIONS * outcomes;
    this.classes = new double[CLASSES.size() * stride];
    this.previous = new double[outcomes * outcomes];
    this.beforeThat = new double[outcomes * outcomes];
    this.previousClass = new double[outcomes * CLASSES.size() * outcomes];
    Map<Long, Integer> index = new HashMap<>();
    this.entries = new double[1024 * stride];
    for (Map.Entry<String, Context> feature : features.entrySet()) {
      String name = feature.getKey();
      previousFeature(name, feature.getValue(), outcomeNames, index);
      bigramFeature(name, feature.getValue(), index);
      for (int p = 0; p < POSITIONS; p++) {
        String prefix = PREFIXES[p];
        if (!name.startsWith(prefix)) {
          continue;
        }
        String rest = name.substring(prefix.length());
        int base;
        if (rest.startsWith("wc=")) {
          base = classIndex(rest.substring(3), name) * stride;
          add(classes, base, p, feature.getValue());
        } else if (rest.startsWith("w&c=")) {
          int comma = rest.lastIndexOf(',');
          if (comma < 4) {
            throw new IllegalStateException("a word-and-class feature without its class: " + name);
          }
          classIndex(rest.substring(comma + 1), name);
          base = entry(index, pairKey(rest.substring(4, comma), rest.substring(comma + 1)),
              rest.substring(4, comma) + " " + rest.substring(comma + 1)) * stride;
          add(entries, base, p, feature.getValue());
        } else if (rest.startsWith("w=")) {
          base = entry(index, wordKey(rest.substring(2)), rest.substring(2)) * stride;
          add(entries, base, p, feature.getValue());
        }
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, index.size() * 3 / 2)) * 2; // at most 2/3 full
    this.mask = capacity - 1;
    this.keys = new long[capacity];
    this.slots = new int[capacity];
    for (Map.Entry<Long, Integer> e : index.entrySet()) {
      int slot = (int) MaxentWeights.mix(e.getKey()) & mask;
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = e.getKey();
      slots[slot] = e.getValue();
    }
  }

  /**
   * The features on the outcome before a token (DefaultNameContextGenerator's): "po=" and "ppo="
   * by outcome, "powf=" by outcome and class, here; "pow=" by outcome and token in the token's
   * entry (rows by outcome, keyed by {@link #previousKey}).
   */
  private void previousFeature(String name, Context weights, String[] outcomeNames,
      Map<Long, Integer> index) {
    int stride = POSITIONS * outcomes;
    for (int o = 0; o < outcomes; o++) {
      String outcome = outcomeNames[o];
      if (name.equals("po=" + outcome)) {
        add(previous, o * outcomes, 0, weights);
      } else if (name.equals("ppo=" + outcome)) {
        add(beforeThat, o * outcomes, 0, weights);
      } else if (name.startsWith("powf=" + outcome + ",")) {
        String tokenClass = name.substring(("powf=" + outcome + ",").length());
        add(previousClass, (o * CLASSES.size() + classIndex(tokenClass, name)) * outcomes, 0, weights);
      } else if (name.startsWith("pow=" + outcome + ",")) {
        String token = name.substring(("pow=" + outcome + ",").length());
        int base = entry(index, previousKey(token), token + " pow") * stride; // may grow entries
        add(entries, base, o, weights);
      }
    }
  }

  /**
   * BigramNameFeatureGenerator's "pw,w=a,b" (of token b) and "w,nw=a,b" (of token a) by the pair
   * of tokens, rows 0 and 1 of one entry ({@link #bigramKey}): one look-up a pair of tokens, not
   * two, and no token hashed again. Only features whose pair has no comma in it are here (a
   * comma in a token makes "a,b" ambiguous); a pair with a comma in it is looked up as before.
   */
  private void bigramFeature(String name, Context weights, Map<Long, Integer> index) {
    int row = name.startsWith("pw,w=") ? 0 : name.startsWith("w,nw=") ? 1 : -1;
    if (row < 0) {
      return;
    }
    String pair = name.substring(5);
    int comma = pair.indexOf(',');
    if (comma < 0 || pair.indexOf(',', comma + 1) >= 0) {
      return;
    }
    String first = pair.substring(0, comma);
    String second = pair.substring(comma + 1);
    long key = bigramKey(MaxentWeights.hash(first), MaxentWeights.hash(second));
    int base = entry(index, key, first + " " + second + " bigram") * POSITIONS * outcomes; // may grow entries
    add(entries, base, row, weights);
  }

  /** The key of the entry of two tokens in a row (without commas), from their {@link MaxentWeights#hash}es. */
  static long bigramKey(long first, long second) {
    return MaxentWeights.key(MaxentWeights.mix(first * 0x9E3779B97F4A7C15L + second) ^ 0x5bd1e995L);
  }

  /** Adds row {@code row} of the entry that starts at {@code entry} ({@link #find}) to {@code sums}. */
  void addRow(int entry, int row, double[] sums) {
    int at = entry + row * outcomes;
    for (int o = 0; o < outcomes; o++) {
      sums[o] += entries[at + o];
    }
  }

  /** By outcome before, then outcome: "po=" and "ppo=". */
  private final double[] previous;
  private final double[] beforeThat;
  /** By outcome before, class, then outcome: "powf=". */
  private final double[] previousClass;

  /** The key of a token's entry of "pow=" weights (by the outcome before it), from its {@link MaxentWeights#hash}. */
  static long previousKey(String token) {
    return MaxentWeights.key(MaxentWeights.more(MaxentWeights.more(MaxentWeights.OFFSET, token), " pow"));
  }

  /**
   * Adds the features on the outcomes before token i (DefaultNameContextGenerator's po=,
   * pow=, powf=, ppo=) to {@code sums}: {@code before} and {@code beforeThat} are outcomes,
   * {@code tokenClass} the token's class index, {@code entry} its {@link #previousKey} entry or -1.
   */
  void addPrevious(int before, int beforeThat, int tokenClass, int entry, double[] sums) {
    for (int o = 0; o < outcomes; o++) {
      sums[o] += previous[before * outcomes + o];
    }
    if (entry >= 0) {
      for (int o = 0; o < outcomes; o++) {
        sums[o] += entries[entry + before * outcomes + o];
      }
    }
    int at = (before * CLASSES.size() + tokenClass) * outcomes;
    for (int o = 0; o < outcomes; o++) {
      sums[o] += previousClass[at + o];
      sums[o] += this.beforeThat[beforeThat * outcomes + o];
    }
  }

  private static final Map<String, Integer> CLASS_INDEX = classIndexes();

  private static Map<String, Integer> classIndexes() {
    Map<String, Integer> out = new HashMap<>();
    for (int c = 0; c < CLASSES.size(); c++) {
      out.put(CLASSES.get(c), c);
    }
    return Map.copyOf(out);
  }

  private static int classIndex(String tokenClass, String feature) {
    Integer c = CLASS_INDEX.get(tokenClass);
    if (c == null) {
      throw new IllegalStateException("a word class the person model's features do not know: " + feature);
    }
    return c;
  }

  /** The source of each entry's key, so that two that share a hash are refused, as in MaxentWeights. */
  private final Map<Long, String> sources = new HashMap<>();

  private int entry(Map<Long, Integer> index, long key, String source) {
    String before = sources.putIfAbsent(key, source);
    if (before != null && !before.equals(source)) {
      throw new IllegalStateException("two entries of the person model's weights share a hash: " + source);
    }
    Integer e = index.get(key);
    if (e != null) {
      return e;
    }
    int stride = POSITIONS * outcomes;
    if ((size + 1) * stride > entries.length) {
      entries = java.util.Arrays.copyOf(entries, 2 * entries.length);
    }
    index.put(key, size);
    return size++;
  }

  private void add(double[] into, int base, int position, Context weights) {
    int[] active = weights.getOutcomes();
    double[] parameters = weights.getParameters();
    for (int a = 0; a < active.length; a++) {
      into[base + position * outcomes + active[a]] += parameters[a];
    }
  }

  /**
   * The key of a lower-cased word's entry: its {@link MaxentWeights#hash}, which the name lists
   * look it up by too. The other entries' keys continue a string with a space and a tag, and
   * no token holds a space, so no word's key is theirs.
   */
  static long wordKey(String lower) {
    return MaxentWeights.hash(lower);
  }

  /** The key of a lower-cased word's entry with its class. */
  static long pairKey(String lower, String tokenClass) {
    return MaxentWeights.key(MaxentWeights.more(MaxentWeights.more(
        MaxentWeights.more(MaxentWeights.OFFSET, lower), ' '), tokenClass));
  }

  /** Where the entry of this key starts in {@link #entries}, or -1 when the model has none. */
  int find(long key) {
    for (int slot = (int) MaxentWeights.mix(key) & mask; ; slot = (slot + 1) & mask) {
      long found = keys[slot];
      if (found == key) {
        return slots[slot] * POSITIONS * outcomes;
      }
      if (found == 0) {
        return -1;
      }
    }
  }

  /**
   * Adds the window features of token i to {@code sums}: for each position of the window, the
   * class's, the word-and-class entry's and the word's weights of the token there.
   */
  void addWindow(int i, int n, int[] classOf, int[] pairOf, int[] wordOf, double[] sums) {
    int stride = POSITIONS * outcomes;
    for (int p = 0; p < POSITIONS; p++) {
      int j = i + OFFSETS[p];
      if (j < 0 || j >= n) {
        continue;
      }
      int at = classOf[j] * stride + p * outcomes;
      for (int o = 0; o < outcomes; o++) {
        sums[o] += classes[at + o];
      }
      if (pairOf[j] >= 0) {
        at = pairOf[j] + p * outcomes;
        for (int o = 0; o < outcomes; o++) {
          sums[o] += entries[at + o];
        }
      }
      if (wordOf[j] >= 0) {
        at = wordOf[j] + p * outcomes;
        for (int o = 0; o < outcomes; o++) {
          sums[o] += entries[at + o];
        }
      }
    }
  }
}
