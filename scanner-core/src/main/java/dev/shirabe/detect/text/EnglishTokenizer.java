package dev.shirabe.detect.text;

import static dev.shirabe.detect.text.MaxentWeights.key;
import static dev.shirabe.detect.text.MaxentWeights.more;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.lang.Factory;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maximum-entropy tokenizer ({@link TokenizerME}, alphanumeric optimisation on) with
 * the same tokens, for less: {@code TokenizerME} asks its model about each inner char of a
 * whitespace-separated run that is not all letters and digits ("Smith,", "a.b@c.jp",
 * "+1-555-0100"), each time with some fifteen feature strings ("p=Smith", "s=,", "p1=h",
 * "f1_eos", ...) looked up in a map; in text dense with numbers and addresses that was a fifth
 * of the English detectors' time. Here the features are 64-bit keys hashed from their parts
 * ({@link MaxentWeights}: the prefix's key grows by one char per position), summed in the
 * order OpenNLP sums them, and normalised as {@code GISModel} normalises them, so the best
 * outcome at every char is OpenNLP's ({@code EnglishTokenizerTest} compares the two).
 *
 * <p>Thread-safe: between calls it keeps only where it cut the runs it saw last, in slots
 * that threads share without locks.
 */
final class EnglishTokenizer {

  private final MaxentWeights weights;
  private final int split;
  private final Pattern alphanumeric;
  private final boolean defaultAlphanumeric;
  private final double prior;

  /**
   * A tokenizer over the model: a GIS model without an abbreviation list, with the
   * alphanumeric optimisation on, as {@link EnglishSentences} loads it.
   */
  EnglishTokenizer(TokenizerModel model) {
    if (!(model.getMaxentModel() instanceof AbstractModel gis)) {
      throw new IllegalArgumentException("the tokenizer's model is no GIS model");
    }
    if (model.getAbbreviations() != null || !model.getFactory().isUseAlphaNumericOptimization()) {
      throw new IllegalArgumentException(
          "a tokenizer with abbreviations or without the alphanumeric optimisation is read by TokenizerME");
    }
    this.weights = MaxentWeights.of(gis);
    this.split = gis.getIndex(TokenizerME.SPLIT);
    this.alphanumeric = model.getFactory().getAlphaNumericPattern();
    this.defaultAlphanumeric = alphanumeric.pattern().equals(Factory.DEFAULT_ALPHANUMERIC.pattern());
    this.prior = StrictMath.log(1.0 / weights.outcomes()); // as UniformPrior
  }

  /** The tokens of a sentence, as {@code TokenizerME.tokenizePos} gives them. */
  Span[] tokenizePos(String d) {
    List<Span> out = new ArrayList<>();
    tokenize(d, 0, d.length(), (start, end) -> out.add(new Span(start, end)));
    return out.toArray(new Span[0]);
  }

  /** Where a token starts and ends. */
  interface Tokens {
    void add(int start, int end);
  }

  /**
   * The tokens of the sentence d[from, to), offsets into d, in order: those of {@link
   * #tokenizePos} of the sentence alone, moved by {@code from}, without the sentence's own
   * string, the tokens' {@code Span}s and the lists that held them (some 3 % of all
   * detectors' time on en_presidio_synth, JFR).
   */
  void tokenize(String d, int from, int to, Tokens out) {
    double[] sums = new double[weights.outcomes()];
    int i = from;
    while (i < to) {
      while (i < to && isWhitespace(d.charAt(i))) {
        i++;
      }
      if (i == to) {
        break;
      }
      int start = i;
      while (i < to && !isWhitespace(d.charAt(i))) {
        i++;
      }
      split(d, start, i, out, sums);
    }
  }

  /**
   * {@code StringUtil.isWhitespace}, which asks {@code Character.isWhitespace} and then {@code
   * Character.getType} of every char that is none: a printable ASCII char (most of English
   * text) is no white space for either, answered without them.
   */
  static boolean isWhitespace(char c) {
    return (c <= ' ' || c >= 127) && StringUtil.isWhitespace(c);
  }

  /** One whitespace-separated run [from, to): whole, or cut where the model says so. */
  private void split(String d, int from, int to, Tokens out, double[] sums) {
    if (to - from < 2 || isAlphanumeric(d, from, to)) {
      out.add(from, to);
      return;
    }
    String tok = d.substring(from, to);
    int[] cuts = cuts(tok, sums);
    int start = from;
    for (int cut : cuts) {
      out.add(start, from + cut);
      start = from + cut;
    }
    out.add(start, to);
  }

  /**
   * Where the model cuts a run (offsets after its first char, in order): remembered for the
   * runs seen last, since the model's features at each char are those of the run alone (its
   * chars, prefix and suffix), and runs like "Smith," or "Street," come back often in a text.
   */
  private int[] cuts(String tok, double[] sums) {
    boolean keep = tok.length() <= MAX_REMEMBERED;
    int at = tok.hashCode() & (remembered.length - 1);
    if (keep) {
      Cuts seen = remembered[at];
      if (seen != null && seen.run.equals(tok)) {
        return seen.cuts;
      }
    }
    int[] found = new int[tok.length()];
    int count = 0;
    // "p=" and the chars before the position: one char more at each.
    long prefix = more(P, tok.charAt(0));
    for (int j = 1; j < tok.length(); j++) {
      if (isSplit(tok, j, prefix, sums)) {
        found[count++] = j;
      }
      prefix = more(prefix, tok.charAt(j));
    }
    int[] cuts = java.util.Arrays.copyOf(found, count);
    if (keep) {
      remembered[at] = new Cuts(tok, cuts);
    }
    return cuts;
  }

  /** A run and where the model cuts it; immutable, so threads may share the slots unlocked. */
  private record Cuts(String run, int[] cuts) {}

  /**
   * The runs cut last, by their hash: one per slot, a later run replacing an earlier one. Slots
   * are written and read without locks: a thread sees a whole record or an older one (a
   * record's fields are final), and a missing or replaced one only costs asking the model.
   */
  private final Cuts[] remembered = new Cuts[4096];

  /** Longer runs (a URL, a line of symbols) are cut afresh and not kept. */
  private static final int MAX_REMEMBERED = 64;

  private boolean isAlphanumeric(String d, int from, int to) {
    if (!defaultAlphanumeric) {
      return alphanumeric.matcher(d.substring(from, to)).matches();
    }
    for (int i = from; i < to; i++) {
      char c = d.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the model splits the token before char {@code index} (at least 1), with the
   * features of OpenNLP's {@code DefaultTokenContextGenerator} (no abbreviations) in its order;
   * {@code prefix} is the state of "p=" and the chars before {@code index}.
   */
  private boolean isSplit(String tok, int index, long prefix, double[] sums) {
    long[] keys = new long[MAX_KEYS];
    int c = 0;
    keys[c++] = key(prefix);
    keys[c++] = key(more(S, tok, index, tok.length()));
    char ch = tok.charAt(index);
    char p1 = tok.charAt(index - 1);
    c = charKeys(P1, p1, keys, c);
    if (index > 1) {
      char p2 = tok.charAt(index - 2);
      c = charKeys(P2, p2, keys, c);
      keys[c++] = key(more(more(P21, p2), p1));
    } else {
      keys[c++] = P2_BOK;
    }
    keys[c++] = key(more(more(P1F1, p1), ch));
    c = charKeys(F1, ch, keys, c);
    if (index + 1 < tok.length()) {
      char f2 = tok.charAt(index + 1);
      c = charKeys(F2, f2, keys, c);
      keys[c++] = key(more(more(F12, ch), f2));
    } else {
      keys[c++] = F2_BOK;
    }
    if (tok.charAt(0) == '&' && tok.charAt(tok.length() - 1) == ';') {
      keys[c++] = CC;
    }
    java.util.Arrays.fill(sums, prior);
    weights.addAll(keys, c, sums);
    if (sums.length == 2 && Math.abs(sums[0] - sums[1]) > CLEAR_LEAD
        && Math.abs(sums[0]) < 700 && Math.abs(sums[1]) < 700) {
      // exp, then the division by one normal, keep an order this clear (their rounding moves a
      // ratio by some 1e-15), so the best outcome is that of the larger sum, without them.
      return (sums[1] > sums[0] ? 1 : 0) == split;
    }
    // GISModel's normalisation, then the first best outcome (AbstractModel.getBestOutcome).
    double normal = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = FdlibmExp.exp(sums[o]); // StrictMath.exp, without its JNI call
      normal += sums[o];
    }
    int best = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
      if (sums[o] > sums[best]) {
        best = o;
      }
    }
    return best == split;
  }

  /** A difference of two log sums beyond which their probabilities' order is theirs. */
  private static final double CLEAR_LEAD = 1e-9;

  /** The most keys of one position: "p=", "s=", four chars' three each, "p21=", "p1f1=", "f12=", "cc". */
  private static final int MAX_KEYS = 2 + 4 * 3 + 3 + 1;

  /** {@code DefaultTokenContextGenerator.addCharPreds}: the char, then its kind. */
  private static int charKeys(CharKeys keys, char c, long[] out, int at) {
    out[at++] = key(more(keys.is, c));
    if (Character.isLetter(c)) {
      out[at++] = keys.alpha;
      if (Character.isUpperCase(c)) {
        out[at++] = keys.caps;
      }
    } else if (Character.isDigit(c)) {
      out[at++] = keys.num;
    } else if (StringUtil.isWhitespace(c)) {
      out[at++] = keys.ws;
    } else if (c == '.' || c == '?' || c == '!') {
      out[at++] = keys.eos;
    } else if (c == '`' || c == '"' || c == '\'') {
      out[at++] = keys.quote;
    } else if (c == '[' || c == '{' || c == '(') {
      out[at++] = keys.lp;
    } else if (c == ']' || c == '}' || c == ')') {
      out[at++] = keys.rp;
    }
    return at;
  }

  /** The keys of one position's char features ("p1=", "p1_alpha", ...). */
  private record CharKeys(long is, long alpha, long caps, long num, long ws, long eos, long quote,
      long lp, long rp) {
    static CharKeys of(String name) {
      return new CharKeys(state(name + "="), hash(name + "_alpha"), hash(name + "_caps"),
          hash(name + "_num"), hash(name + "_ws"), hash(name + "_eos"), hash(name + "_quote"),
          hash(name + "_lp"), hash(name + "_rp"));
    }
  }

  private static long state(String s) {
    return more(MaxentWeights.OFFSET, s);
  }

  private static long hash(String s) {
    return MaxentWeights.hash(s);
  }

  private static final long P = state("p=");
  private static final long S = state("s=");
  private static final long P21 = state("p21=");
  private static final long P1F1 = state("p1f1=");
  private static final long F12 = state("f12=");
  private static final long P2_BOK = hash("p2=bok");
  private static final long F2_BOK = hash("f2=bok");
  private static final long CC = hash("cc");
  private static final CharKeys P1 = CharKeys.of("p1");
  private static final CharKeys P2 = CharKeys.of("p2");
  private static final CharKeys F1 = CharKeys.of("f1");
  private static final CharKeys F2 = CharKeys.of("f2");
}
