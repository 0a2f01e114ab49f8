package dev.shirabe.detect.names;

import dev.shirabe.detect.text.FdlibmExp;
import dev.shirabe.detect.text.FdlibmLog;
import dev.shirabe.detect.text.MaxentWeights;
import java.util.Arrays;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * OpenNLP's name finder ({@link NameFinderME} over a {@code BeamSearch}) with the same names
 * and the same probabilities but for their last bits, for less.
 *
 * <p>{@code NameFinderME} asks the maximum-entropy model once per token and beam candidate
 * (three per token), each time with all the token's features as strings, and the model looks
 * each string up in its map of 84,000 features: two thirds of the English person detector's
 * time went into those look-ups and the exponentials after them. Only four of
 * some thirty features differ between candidates, those on the outcomes before the token ({@code
 * po=}, {@code pow=}, {@code powf=}, {@code ppo=}, added by OpenNLP's {@code
 * DefaultNameContextGenerator}); the feature descriptor's {@code cache="true"} saves building
 * the other strings again, not looking them up. Here the token's other features are looked up
 * and summed once per token, the four outcome features once per pair of previous outcomes, and
 * the beam is searched as {@code BeamSearch} searches it (the same queue, the same ties). The
 * features themselves are computed as 64-bit keys by {@link EnglishNameFeatures}, not as
 * strings by OpenNLP's generators, which it checks against at construction; the fifteen
 * window features of a token are summed ahead by word ({@link WindowWeights}), in another order
 * than GISModel's, hence the last bits.
 *
 * <p>Not thread-safe: one per thread, like {@code NameFinderME}; it keeps the adaptive data of
 * the text being read (a name found once is likelier the next time).
 */
final class EnglishNameDecoder {

  private final EnglishNameFeatures tokenFeatures;
  private final SequenceValidator<String> validator;
  private final SequenceCodec<String> codec;
  private final int beamSize;
  private final MaxentWeights features;
  private final String[] outcomes;
  /** The model's log prior of each outcome (uniform), where GISModel's sums start. */
  private final double prior;
  private final int other;

  /** A decoder over the model, with its weights ({@link #weights}), which threads share. */
  EnglishNameDecoder(TokenNameFinderModel model, MaxentWeights weights) {
    this(model, weights, nameLists(model), windowWeights(model));
  }

  /**
   * As above, with the model's name lists ({@link #nameLists}) and window weights ({@link
   * #windowWeights}), which threads share too.
   */
  EnglishNameDecoder(TokenNameFinderModel model, MaxentWeights weights,
      EnglishNameFeatures.NameLists nameLists, WindowWeights window) {
    this.tokenFeatures = new EnglishNameFeatures(nameLists, window);
    this.codec = model.getFactory().createSequenceCodec();
    this.validator = codec.createSequenceValidator();
    this.outcomes = (String[]) gis(model).getDataStructures()[2];
    this.features = weights;
    this.prior = StrictMath.log(1.0 / outcomes.length); // as UniformPrior
    String size = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    this.beamSize = size == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(size);
    this.other = outcome(NameFinderME.OTHER);
    this.validAfter = validAfter(validator, outcomes);
    checkFeatures(model.getFactory().createContextGenerator());
  }

  /** The name lists stored in the model for its name features. */
  static EnglishNameFeatures.NameLists nameLists(TokenNameFinderModel model) {
    return new EnglishNameFeatures.NameLists(
        dictionary(model, "given-names.dict"), dictionary(model, "surnames.dict"));
  }

  private static Dictionary dictionary(TokenNameFinderModel model, String name) {
    Object list = model.getArtifact(name);
    if (!(list instanceof Dictionary dictionary)) {
      throw new IllegalStateException("the person model holds no name list " + name);
    }
    return dictionary;
  }

  /**
   * Refuses a model whose feature generators are not those {@link EnglishNameFeatures} computes
   * (a model retrained with another features.xml): the keys of OpenNLP's own generators for
   * the tokens of a probe, the adaptive data included, must be the same in the same order.
   */
  private void checkFeatures(NameContextGenerator contexts) {
    String[] probe = {"Dear", "Ms.", "Jo", "Ann", "O'Neil", ",", "emily", "carter", "and", "ZSA",
        "zsa", "of", "ACME", "Inc.", "paid", "$", "1,200.50", "on", "12/03", "2024", "J.", "Ümit",
        "İlkay", "ＡＢＣ", "田中", "さくら", "カタカナ", "x-1", "--", "."};
    String[] outcomes = new String[probe.length];
    Arrays.fill(outcomes, NameFinderME.OTHER);
    outcomes[2] = "person-start";
    outcomes[3] = "person-cont";
    for (int round = 0; round < 2; round++) {
      // A new array each round: OpenNLP's generators cache a sentence's features by identity.
      probe = probe.clone();
      tokenFeatures.read(probe);
      long[] keys = new long[EnglishNameFeatures.MAX_STATIC];
      for (int i = 0; i < probe.length; i++) {
        String[] expected = contexts.getContext(i, probe, null, NO_CONTEXT);
        int count = tokenFeatures.staticKeys(i, keys);
        int same = 0;
        while (same < Math.min(count, expected.length)
            && keys[same] == MaxentWeights.hash(expected[same])) {
          same++;
        }
        if (same < count || count != expected.length) {
          throw new IllegalStateException("the person model's features are not those EnglishNameFeatures"
              + " computes: token " + i + " of the probe, feature " + same + " of "
              + Arrays.toString(expected) + " (" + count + " computed)");
        }
      }
      contexts.updateAdaptiveData(probe, outcomes); // the second round reads "pd=" of the first
      tokenFeatures.update(probe, outcomes);
    }
    tokenFeatures.clear();
  }

  /** The model's window features summed by word ({@link WindowWeights}), for all threads. */
  @SuppressWarnings("unchecked")
  static WindowWeights windowWeights(TokenNameFinderModel model) {
    Object[] data = gis(model).getDataStructures();
    return new WindowWeights((java.util.Map<String, opennlp.tools.ml.model.Context>) data[1],
        (String[]) data[2]);
  }

  /** The weights of the model's features, for the decoders of all threads. */
  static MaxentWeights weights(TokenNameFinderModel model) {
    return MaxentWeights.of(gis(model));
  }

  private static AbstractModel gis(TokenNameFinderModel model) {
    Object maxent = model.getArtifact("nameFinder.model");
    if (!(maxent instanceof AbstractModel gis) || gis.getModelType() != AbstractModel.ModelType.Maxent) {
      throw new IllegalStateException("the person model is no GIS maximum-entropy model");
    }
    return gis;
  }

  /** The index of an outcome of the model. */
  private int outcome(String name) {
    for (int o = 0; o < outcomes.length; o++) {
      if (outcomes[o].equals(name)) {
        return o;
      }
    }
    throw new IllegalStateException("the person model has no outcome " + name);
  }

  /** Forgets what earlier sentences taught: call at the start of every text. */
  void clearAdaptiveData() {
    tokenFeatures.clear();
  }

  /** The names among the tokens, each with the mean probability of its tokens' outcomes. */
  Span[] find(String[] tokens) {
    int best = bestSequence(tokens);
    if (best == 0 && tokens.length > 0) {
      return new Span[0]; // every sequence fell below BeamSearch's floor
    }
    String[] labels = new String[tokens.length];
    double[] probabilities = new double[tokens.length];
    for (int e = best, k = tokens.length - 1; k >= 0; e = parent[e], k--) {
      labels[k] = outcomes[outcome[e]];
      probabilities[k] = probability[e];
    }
    tokenFeatures.update(tokens, labels);
    Span[] spans = codec.decode(Arrays.asList(labels));
    for (int s = 0; s < spans.length; s++) {
      double p = 0;
      for (int k = spans[s].getStart(); k < spans[s].getEnd(); k++) {
        p += probabilities[k];
      }
      spans[s] = new Span(spans[s], p / spans[s].length());
    }
    return spans;
  }

  /*
   * The beam's sequences, as a tree: each extends its parent by one outcome. OpenNLP's Sequence
   * copies its parent's lists of outcomes and probabilities at every extension (a window of n
   * tokens copied n^2/2 of each, boxed); here a sequence is its last outcome, probability and
   * score and a link to its parent, in arrays reused from window to window. Entry 0 is the
   * empty sequence.
   */
  private int entries;
  private double[] score = new double[64];
  private double[] probability = new double[64];
  private int[] parent = new int[64];
  private int[] outcome = new int[64];

  /**
   * The sequence that extends {@code from} by outcome o of probability p, as Sequence does;
   * {@code logP} is {@code StrictMath.log(p)} ({@link FdlibmLog}, the same bits without a JNI
   * call), taken once per distribution, not once per extension (up to three candidates extend
   * by each outcome of one distribution).
   */
  private int extend(int from, int o, double p, double logP) {
    if (entries == score.length) {
      int size = 2 * entries;
      score = Arrays.copyOf(score, size);
      probability = Arrays.copyOf(probability, size);
      parent = Arrays.copyOf(parent, size);
      outcome = Arrays.copyOf(outcome, size);
    }
    int e = entries++;
    score[e] = score[from] + logP;
    probability[e] = p;
    parent[e] = from;
    outcome[e] = o;
    return e;
  }

  /*
   * The two queues of BeamSearch, as java.util.PriorityQueue keeps them (the same heap, the same
   * sift up and down, Sequence's order: the higher score first), over entries: which of two
   * sequences of equal score comes first is then the same too.
   */
  private int[] prev = new int[16];
  private int prevSize;
  private int[] next = new int[16];
  private int nextSize;

  /** Sequence.compareTo: negative when entry a comes before entry b (a higher score). */
  private int compare(int a, int b) {
    return Double.compare(score[b], score[a]);
  }

  /** PriorityQueue.offer into {@link #next} (siftUpComparable). */
  private void offerNext(int e) {
    if (nextSize == next.length) {
      next = Arrays.copyOf(next, 2 * nextSize);
    }
    int k = nextSize++;
    while (k > 0) {
      int up = (k - 1) >>> 1;
      if (compare(e, next[up]) >= 0) {
        break;
      }
      next[k] = next[up];
      k = up;
    }
    next[k] = e;
  }

  /** PriorityQueue.poll from {@link #prev} (siftDownComparable). */
  private int pollPrev() {
    int result = prev[0];
    int n = --prevSize;
    if (n > 0) {
      int x = prev[n];
      int k = 0;
      int half = n >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        int c = prev[child];
        int right = child + 1;
        if (right < n && compare(c, prev[right]) > 0) {
          c = prev[child = right];
        }
        if (compare(x, c) <= 0) {
          break;
        }
        prev[k] = c;
        k = child;
      }
      prev[k] = x;
    }
    return result;
  }

  /**
   * {@code BeamSearch.bestSequences} for one sequence, with {@link #scores} for the model: the
   * entry of the best sequence, whose links lead back through one entry a token.
   */
  private int bestSequence(String[] tokens) {
    score[0] = 0; // new Sequence(): no outcome yet
    parent[0] = -1;
    outcome[0] = -1;
    entries = 1;
    prevSize = 0;
    nextSize = 0;
    prev[prevSize++] = 0;
    int n = outcomes.length;
    double[] staticSums = new double[n];
    // The distributions of this token, by the outcomes of the two tokens before it.
    double[][] byPrevious = new double[n * n][];
    double[] mins = new double[n * n];
    double[][] logsByPrevious = new double[n * n][];
    tokenFeatures.read(tokens);
    long[] keys = new long[EnglishNameFeatures.MAX_STATIC];
    for (int i = 0; i < tokens.length; i++) {
      staticSums(i, keys, staticSums);
      Arrays.fill(byPrevious, null);
      int size = Math.min(beamSize, prevSize);
      for (int sc = 0; prevSize > 0 && sc < size; sc++) {
        int top = pollPrev();
        int po = i > 0 ? outcome[top] : other;
        int ppo = i > 1 ? outcome[parent[top]] : other;
        double[] scores = byPrevious[po * n + ppo];
        boolean[] valid = validAfter[i > 0 ? outcome[top] + 1 : 0];
        if (scores == null) {
          scores = scores(staticSums, i, po, ppo);
          byPrevious[po * n + ppo] = scores;
          mins[po * n + ppo] = kthLargest(scores, beamSize);
          // Only the outcomes that may follow are ever extended by (validity reads the outcome
          // before, po, the same for every sequence that shares this distribution): a third of
          // the logs was of an outcome never taken ("person-cont" after "other").
          double[] logs = new double[scores.length];
          for (int p = 0; p < scores.length; p++) {
            logs[p] = valid[p] ? FdlibmLog.log(scores[p]) : Double.NaN;
          }
          logsByPrevious[po * n + ppo] = logs;
        }
        double[] logs = logsByPrevious[po * n + ppo];
        double min = mins[po * n + ppo];
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min && valid[p]) {
            int ns = extend(top, p, scores[p], logs[p]);
            if (score[ns] > ZERO_LOG) {
              offerNext(ns);
            } else {
              entries--; // never queued: its slot is free again
            }
          }
        }
        if (nextSize == 0) { // no sequence advanced: advance all valid ones, as BeamSearch does
          for (int p = 0; p < scores.length; p++) {
            if (valid[p]) {
              int ns = extend(top, p, scores[p], logs[p]);
              if (score[ns] > ZERO_LOG) {
                offerNext(ns);
              } else {
                entries--;
              }
            }
          }
        }
      }
      // prev.clear(), then the queues change places
      int[] tmp = prev;
      prev = next;
      prevSize = nextSize;
      next = tmp;
      nextSize = 0;
    }
    return prevSize == 0 ? 0 : prev[0];
  }

  /**
   * Whether an outcome may follow another ({@code validAfter[previous + 1][outcome]}, the first
   * row at the first token), as the codec's {@link NameFinderSequenceValidator} says: it reads
   * only the outcome before, so its answers fit in a table.
   */
  private final boolean[][] validAfter;

  private static boolean[][] validAfter(SequenceValidator<String> validator, String[] outcomes) {
    if (validator.getClass() != NameFinderSequenceValidator.class) {
      throw new IllegalStateException("the person model's sequence validator is not OpenNLP's "
          + "NameFinderSequenceValidator, which reads only the outcome before: " + validator);
    }
    boolean[][] valid = new boolean[outcomes.length + 1][outcomes.length];
    String[] none = new String[0];
    for (int before = -1; before < outcomes.length; before++) {
      String[] history = before < 0 ? none : new String[] {outcomes[before]};
      for (int o = 0; o < outcomes.length; o++) {
        valid[before + 1][o] = validator.validSequence(before + 1, none, history, outcomes[o]);
      }
    }
    return valid;
  }

  /** BeamSearch's floor on a sequence's log score. */
  private static final double ZERO_LOG = -100000;

  /**
   * The {@code beam}-th largest score, below which BeamSearch takes no outcome: the element
   * {@code max(0, n - beam)} of the scores sorted as {@code Arrays.sort} sorts them (by {@link
   * Double#compare}). BeamSearch cloned and sorted them for every candidate (5 % of all
   * detectors' time on en_presidio_synth); with no more outcomes than the beam (the person
   * model's three and three) that is the least score, found without either.
   */
  static double kthLargest(double[] scores, int beam) {
    int k = Math.max(0, scores.length - beam);
    if (k > 0) {
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      return sorted[k];
    }
    double least = scores[0];
    for (int p = 1; p < scores.length; p++) {
      if (Double.compare(scores[p], least) < 0) {
        least = scores[p];
      }
    }
    return least;
  }

  /**
   * The model's prior plus the weights of token i's features that do not depend on the outcomes
   * before it, summed in the order GISModel sums them.
   */
  private void staticSums(int i, long[] keys, double[] sums) {
    Arrays.fill(sums, prior);
    tokenFeatures.addStatic(i, keys, features, sums);
  }

  private static final Object[] NO_CONTEXT = new Object[0][0];

  /**
   * The model's distribution over outcomes for a token: its static sums plus the features of
   * DefaultNameContextGenerator on the outcomes before it, then GISModel's normalisation.
   */
  private double[] scores(double[] staticSums, int i, int before, int beforeThat) {
    double[] sums = staticSums.clone(); // DefaultNameContextGenerator's po=, pow=, powf=, ppo=
    tokenFeatures.addPrevious(i, before, beforeThat, sums);
    double normal = 0;
    for (int o = 0; o < sums.length; o++) {
      sums[o] = FdlibmExp.exp(sums[o]);
      normal += sums[o];
    }
    for (int o = 0; o < sums.length; o++) {
      sums[o] /= normal;
    }
    return sums;
  }
}
