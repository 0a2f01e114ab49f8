package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained model that proposes names of people in Japanese running text, where no honorific,
 * label or column says "a name": a maximum-entropy classifier (Apache OpenNLP) that labels each
 * Kuromoji token as the beginning of a name, inside one, or outside, from the features of
 * {@link JapaneseNameFeatures}; the labels are read as spans by a Viterbi search that never lets a
 * name continue from outside one.
 *
 * <p>The model is {@code dictionaries/…/models/ja-person.bin.gz}, trained by {@code
 * dictionaries/train-ja-person-model.sh} ({@code training.JapanesePersonModelTrainer}); see
 * docs/models.md. It proposes; {@link JapanesePersonDetector} weighs what it proposes against the
 * evidence it has (companies, places, products kept out).
 *
 * <p>Thread-safe: the model is read-only once loaded.
 */
public final class JapaneseNameModel {

  static final String RESOURCE = "/dev/shirabe/dictionaries/models/ja-person.bin.gz";

  public static final String BEGIN = "B";
  public static final String INSIDE = "I";
  public static final String OUTSIDE = "O";

  /** A name the model proposes: tokens {@code first..last}, and its mean probability. */
  public record Span(int first, int last, double probability) {}

  /**
   * The model's weights as {@link #writeWeights} writes them, made from {@link #RESOURCE} at
   * build time (scanner-core's pom): reading OpenNLP's format and turning each feature's name
   * into its long took most of a second at every start; these are read in a few milliseconds.
   * They name the model they were made from by its CRC-32, and are used only for that model.
   */
  static final String WEIGHTS = "/dev/shirabe/detect/names/ja-person.weights";

  private static final class Holder {
    static final JapaneseNameModel STANDARD = loadStandard();
  }

  /** Null when the weights were read from {@link #WEIGHTS}. */
  private final MaxentModel model;
  /** The model's weights by feature ({@link JapaneseNameFeatures}' longs), one a outcome. */
  private final Weights weights;
  private final JapaneseNameFeatures features;
  private final int outcomes;
  private final int begin;
  private final int inside;
  private final int outside;

  /** @param model OpenNLP's maximum-entropy model, its features named by {@link JapaneseNameFeatures#name} */
  public JapaneseNameModel(MaxentModel model, JapaneseNameFeatures features) {
    this(model, model instanceof AbstractModel m ? Weights.of(m) : null, features);
  }

  private JapaneseNameModel(MaxentModel model, Weights weights, JapaneseNameFeatures features) {
    this.model = model;
    this.weights = weights;
    this.features = features;
    this.outcomes = model != null ? model.getNumOutcomes() : weights.outcomes;
    this.begin = outcomeIndex(BEGIN);
    this.inside = outcomeIndex(INSIDE);
    this.outside = outcomeIndex(OUTSIDE);
  }

  private int outcomeIndex(String outcome) {
    return model != null ? model.getIndex(outcome) : List.of(weights.names).indexOf(outcome);
  }

  /** True when the weights came from {@link #WEIGHTS}, not from OpenNLP's model. */
  boolean readCompiled() {
    return model == null;
  }

  /** The model on the class path, loaded once. */
  public static JapaneseNameModel standard() {
    return Holder.STANDARD;
  }

  /**
   * The names the model reads in the tokens, in order.
   *
   * @param ruleMarks what the rules made of each token ({@link
   *     JapanesePersonDetector#ruleMarks}), null where nothing
   */
  public List<Span> find(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks) {
    return find(text, tokens, ruleMarks, Double.POSITIVE_INFINITY);
  }

  /**
   * As {@link #find(DetectionText, List, String[])}, and besides, each token the likeliest
   * labelling leaves outside a name (and not followed by one's inside) whose own probability of
   * beginning a name is at least {@code weakBegin}, as a span of that token alone with that
   * probability: a name the model is unsure of, for evidence to confirm (ModelNames).
   */
  public List<Span> find(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks,
      double weakBegin) {
    return find(text, tokens, ruleMarks, weakBegin, null, null);
  }

  /**
   * As {@link #find(DetectionText, List, String[], double)}, with the tokens' runs ({@link
   * JapaneseNameFeatures#runs}) already marked, or null to mark them here.
   */
  List<Span> find(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks,
      double weakBegin, int[] runStart, int[] runEnd) {
    return find(text, tokens, ruleMarks, weakBegin, runStart, runEnd, null);
  }

  /**
   * As {@link #find(DetectionText, List, String[], double, int[], int[])}, and besides, into
   * {@code inName} (one per token, all 0, or null), each token's probability of being in a name
   * (of beginning one or going on with one), or NaN for a token the model was not asked about.
   */
  List<Span> find(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks,
      double weakBegin, int[] runStart, int[] runEnd, double[] inName) {
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    // Each token's probabilities side by side in one array, the outcomes' order the model's;
    // each token's features summed as they are made, without an array of their own.
    double[] p = new double[n * outcomes];
    features.of(text, tokens, ruleMarks, runStart, runEnd, (i, context, size) -> {
      if (context == null) {
        p[i * outcomes + outside] = 1;
        if (inName != null) {
          inName[i] = Double.NaN;
        }
      } else if (weights != null) {
        weights.eval(context, size, p, i * outcomes);
      } else {
        System.arraycopy(eval(Arrays.copyOf(context, size)), 0, p, i * outcomes, outcomes);
      }
    });
    if (inName != null) {
      for (int i = 0; i < n; i++) {
        if (!Double.isNaN(inName[i])) {
          inName[i] = 1 - p[i * outcomes + outside];
        }
      }
    }
    int[] state = best(p, outcomes);
    List<Span> spans = spans(state, p, outcomes);
    if (weakBegin > 1) {
      return spans;
    }
    List<Span> all = new ArrayList<>(spans);
    for (int i = 0; i < n; i++) {
      double b = p[i * outcomes + begin];
      if (state[i] == 0 && b >= weakBegin && (i + 1 == n || state[i + 1] != 2)) {
        all.add(new Span(i, i, b));
      }
    }
    if (all.size() > spans.size()) {
      all.sort((x, y) -> Integer.compare(x.first(), y.first()));
    }
    return all;
  }

  /** The probability of each outcome for one token's features. */
  double[] eval(long[] context) {
    if (weights == null) {
      return model.eval(JapaneseNameFeatures.names(context));
    }
    return weights.eval(context);
  }

  /**
   * A maximum-entropy model's weights in an open-addressed table keyed by the features' longs:
   * a token's 40-odd features are summed without a string or an object per feature, which is
   * what makes the model affordable beside Kuromoji (OpenNLP's own evaluation hashes a string
   * and walks a map node per feature). The keys have an array of their own (512 KB, which the
   * CPU's caches keep): most of a token's features are not in the table, and a probe for one
   * reads the keys only. (Each key beside its weights, one array of 2 MB, measured 3 % slower.)
   *
   * <p>In front of the keys, a tag of each slot ({@link #tags}, a byte: 64 KB, which stays in the
   * core's own cache beside Kuromoji's dictionary where the keys' 512 KB did not): a probe reads
   * a slot's key only where its tag is the key's, so a feature the table lacks, most of them,
   * costs a byte or two instead of a long from memory. The same slots, in the same order, as the
   * keys alone: the sums are the same to the last bit.
   */
  static final class Weights {
    private final long[] keys;
    /** Per slot: 0 when it is empty, else {@link #tag} of its key (never 0). */
    private final byte[] tags;
    private final double[] values; // outcomes per key
    private final int outcomes;
    private final String[] names; // the outcomes'
    private final int mask;

    private Weights(int size, String[] names) {
      int capacity = Integer.highestOneBit(Math.max(16, size * 2 - 1)) << 1;
      this.keys = new long[capacity];
      this.tags = new byte[capacity];
      this.values = new double[capacity * names.length];
      this.outcomes = names.length;
      this.names = names;
      this.mask = capacity - 1;
    }

    static Weights of(AbstractModel model) {
      Object[] data = model.getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, Context> predicates = (Map<String, Context>) data[1];
      // L1 regularisation leaves most features (four in five) with no weight at all: they add
      // nothing to any sum, and left out they keep the table small enough for the CPU's caches.
      List<Map.Entry<String, Context>> weighted = predicates.entrySet().stream()
          .filter(e -> java.util.Arrays.stream(e.getValue().getParameters()).anyMatch(v -> v != 0))
          .toList();
      String[] names = new String[model.getNumOutcomes()];
      for (int o = 0; o < names.length; o++) {
        names[o] = model.getOutcome(o);
      }
      Weights w = new Weights(weighted.size(), names);
      for (Map.Entry<String, Context> e : weighted) {
        int slot = w.slot(JapaneseNameFeatures.feature(e.getKey()));
        int[] which = e.getValue().getOutcomes();
        double[] params = e.getValue().getParameters();
        for (int k = 0; k < which.length; k++) {
          w.values[slot * w.outcomes + which[k]] += params[k];
        }
      }
      return w;
    }

    /**
     * Writes the weights: a header, the outcomes' names, then each used slot with its key and
     * weights, so that reading them back fills the same slots ({@link #read}).
     */
    void write(DataOutputStream out, long sourceCrc) throws IOException {
      out.writeInt(WEIGHTS_MAGIC);
      out.writeLong(sourceCrc);
      out.writeInt(keys.length);
      out.writeInt(names.length);
      for (String name : names) {
        out.writeUTF(name);
      }
      int used = 0;
      for (long key : keys) {
        used += key != 0 ? 1 : 0;
      }
      out.writeInt(used);
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          out.writeInt(i);
          out.writeLong(keys[i]);
          for (int o = 0; o < outcomes; o++) {
            out.writeDouble(values[i * outcomes + o]);
          }
        }
      }
    }

    /** The weights {@link #write} wrote, or null when they were made from another model. */
    static Weights read(DataInputStream in, long sourceCrc) throws IOException {
      if (in.readInt() != WEIGHTS_MAGIC || in.readLong() != sourceCrc) {
        return null;
      }
      int capacity = in.readInt();
      String[] names = new String[in.readInt()];
      for (int o = 0; o < names.length; o++) {
        names[o] = in.readUTF();
      }
      int used = in.readInt();
      Weights w = new Weights(capacity / 2, names);
      if (w.keys.length != capacity) {
        throw new IOException("damaged weights: a table of " + capacity + " slots");
      }
      for (int n = 0; n < used; n++) {
        int slot = in.readInt();
        if (slot < 0 || slot >= capacity) {
          throw new IOException("damaged weights: slot " + slot + " of " + capacity);
        }
        w.keys[slot] = in.readLong();
        if (w.keys[slot] == 0) {
          throw new IOException("damaged weights: an empty key in slot " + slot);
        }
        w.tags[slot] = tag(w.keys[slot]);
        for (int o = 0; o < w.outcomes; o++) {
          w.values[slot * w.outcomes + o] = in.readDouble();
        }
      }
      return w;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Weights w && Arrays.equals(keys, w.keys) && Arrays.equals(values, w.values)
          && Arrays.equals(names, w.names);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(keys);
    }

    /** The slot of the key, claimed for it if it had none. */
    private int slot(long key) {
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      tags[i] = tag(key);
      return i;
    }

    /** A slot's tag: the key's top byte, never 0 (which marks an empty slot). */
    private static byte tag(long key) {
      byte tag = (byte) (key >>> 56);
      return tag == 0 ? 1 : tag;
    }

    double[] eval(long[] context) {
      double[] p = new double[outcomes];
      eval(context, p, 0);
      return p;
    }

    /** The outcomes' probabilities for the features, into {@code p} from {@code at}. */
    void eval(long[] context, double[] p, int at) {
      eval(context, context.length, p, at);
    }

    /** As {@link #eval(long[], double[], int)}, of the features in {@code context[0..size)}. */
    void eval(long[] context, int size, double[] p, int at) {
      for (int c = 0; c < size; c++) {
        long key = context[c];
        byte tag = tag(key);
        int i = (int) (key ^ (key >>> 32)) & mask;
        for (byte t = tags[i]; t != 0; t = tags[i]) {
          if (t == tag && keys[i] == key) {
            for (int o = 0; o < outcomes; o++) {
              p[at + o] += values[i * outcomes + o];
            }
            break;
          }
          i = (i + 1) & mask;
        }
      }
      double max = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < outcomes; o++) {
        max = Math.max(max, p[at + o]);
      }
      double total = 0;
      for (int o = 0; o < outcomes; o++) {
        p[at + o] = Math.exp(p[at + o] - max);
        total += p[at + o];
      }
      for (int o = 0; o < outcomes; o++) {
        p[at + o] /= total;
      }
    }
  }

  /**
   * The likeliest labels under the one rule of the labelling: a name continues only a name.
   * States 0 = outside, 1 = begin, 2 = inside; {@code p} holds each token's probabilities, one
   * per outcome, one token after the other.
   */
  private static final double LOG_CERTAIN = Math.log(1 + 1e-12);
  private static final double LOG_NEVER = Math.log(0 + 1e-12);

  private int[] best(double[] p, int outcomes) {
    int n = p.length / outcomes;
    double[] score = new double[n * 3];
    byte[] from = new byte[n * 3];
    for (int i = 0; i < n; i++) {
      int t = i * outcomes;
      // Most tokens are not asked about (outside for certain): their logs are the constants'.
      boolean certain = p[t + outside] == 1 && p[t + begin] == 0 && p[t + inside] == 0;
      double o = certain ? LOG_CERTAIN : Math.log(p[t + outside] + 1e-12);
      double b = certain ? LOG_NEVER : Math.log(p[t + begin] + 1e-12);
      double in = certain ? LOG_NEVER : Math.log(p[t + inside] + 1e-12);
      int s = i * 3;
      if (i == 0) {
        score[0] = o;
        score[1] = b;
        score[2] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double prev0 = score[s - 3];
      double prev1 = score[s - 2];
      double prev2 = score[s - 1];
      int any = prev0 >= prev1 && prev0 >= prev2 ? 0 : prev1 >= prev2 ? 1 : 2;
      double anyScore = score[s - 3 + any];
      score[s] = anyScore + o;
      from[s] = (byte) any;
      score[s + 1] = anyScore + b;
      from[s + 1] = (byte) any;
      int named = prev1 >= prev2 ? 1 : 2;
      score[s + 2] = score[s - 3 + named] + in;
      from[s + 2] = (byte) named;
    }
    int[] state = new int[n];
    int l = (n - 1) * 3;
    state[n - 1] = score[l] >= score[l + 1] && score[l] >= score[l + 2] ? 0
        : score[l + 1] >= score[l + 2] ? 1 : 2;
    for (int i = n - 1; i > 0; i--) {
      state[i - 1] = from[i * 3 + state[i]];
    }
    return state;
  }

  private List<Span> spans(int[] state, double[] p, int outcomes) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < state.length) {
      if (state[i] != 1) {
        i++;
        continue;
      }
      int j = i;
      double sum = p[i * outcomes + begin];
      while (j + 1 < state.length && state[j + 1] == 2) {
        j++;
        sum += p[j * outcomes + inside];
      }
      out.add(new Span(i, j, sum / (j - i + 1)));
      i = j + 1;
    }
    return out;
  }

  private static final int WEIGHTS_MAGIC = 0x53484a57; // "SHJW"

  /**
   * The model on the class path, from its compiled weights ({@link #WEIGHTS}) when they were
   * made from it, else from OpenNLP's format (a build that skipped the step, an IDE's).
   */
  private static JapaneseNameModel loadStandard() {
    byte[] source = resource(RESOURCE);
    try (InputStream in = JapaneseNameModel.class.getResourceAsStream(WEIGHTS)) {
      if (in != null) {
        Weights w = Weights.read(new DataInputStream(new BufferedInputStream(in, 1 << 16)), crc(source));
        if (w != null) {
          return new JapaneseNameModel(null, w, JapaneseNameFeatures.standard());
        }
      }
      return new JapaneseNameModel(read(new ByteArrayInputStream(source)), JapaneseNameFeatures.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Writes the compiled weights of the model on the class path to {@code file} (the build's
   * step: {@code java … JapaneseNameModel FILE}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: JapaneseNameModel WEIGHTS_FILE");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      writeWeights(resource(RESOURCE), out);
    }
  }

  /** The compiled weights of a model in OpenNLP's gzipped format ({@code source}'s bytes). */
  static void writeWeights(byte[] source, DataOutputStream out) throws IOException {
    MaxentModel model = read(new ByteArrayInputStream(source));
    if (!(model instanceof AbstractModel m)) {
      throw new IOException("not a maximum-entropy model: " + model.getClass().getName());
    }
    Weights.of(m).write(out, crc(source));
  }

  /** The weights of a model in OpenNLP's gzipped format, the slow way. */
  static Weights weightsOf(byte[] source) throws IOException {
    return Weights.of((AbstractModel) read(new ByteArrayInputStream(source)));
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  static byte[] resource(String name) {
    try (InputStream in = JapaneseNameModel.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the Japanese name model is missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Reads a model written by the trainer (OpenNLP's binary format, gzipped). */
  public static MaxentModel read(InputStream gzipped) throws IOException {
    AbstractModel model = new GenericModelReader(
        new BinaryFileDataReader(new BufferedInputStream(new GZIPInputStream(gzipped)))).getModel();
    return model;
  }
}
