package dev.shirabe.detect;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
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

  private static final class Holder {
    static final JapaneseNameModel STANDARD = new JapaneseNameModel(load(), JapaneseNameFeatures.standard());
  }

  private final MaxentModel model;
  private final JapaneseNameFeatures features;
  private final int begin;
  private final int inside;
  private final int outside;

  public JapaneseNameModel(MaxentModel model, JapaneseNameFeatures features) {
    this.model = model;
    this.features = features;
    this.begin = model.getIndex(BEGIN);
    this.inside = model.getIndex(INSIDE);
    this.outside = model.getIndex(OUTSIDE);
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
    int n = tokens.size();
    if (n == 0) {
      return List.of();
    }
    List<String[]> contexts = features.of(text, tokens, ruleMarks);
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      p[i] = model.eval(contexts.get(i));
    }
    return spans(best(p), p);
  }

  /**
   * The likeliest labels under the one rule of the labelling: a name continues only a name.
   * States 0 = outside, 1 = begin, 2 = inside.
   */
  private int[] best(double[][] p) {
    int n = p.length;
    double[][] score = new double[n][3];
    int[][] from = new int[n][3];
    for (int i = 0; i < n; i++) {
      double o = Math.log(p[i][outside] + 1e-12);
      double b = Math.log(p[i][begin] + 1e-12);
      double in = Math.log(p[i][inside] + 1e-12);
      if (i == 0) {
        score[0][0] = o;
        score[0][1] = b;
        score[0][2] = Double.NEGATIVE_INFINITY;
        continue;
      }
      double[] prev = score[i - 1];
      int any = prev[0] >= prev[1] && prev[0] >= prev[2] ? 0 : prev[1] >= prev[2] ? 1 : 2;
      score[i][0] = prev[any] + o;
      from[i][0] = any;
      score[i][1] = prev[any] + b;
      from[i][1] = any;
      int named = prev[1] >= prev[2] ? 1 : 2;
      score[i][2] = prev[named] + in;
      from[i][2] = named;
    }
    int[] state = new int[n];
    double[] last = score[n - 1];
    state[n - 1] = last[0] >= last[1] && last[0] >= last[2] ? 0 : last[1] >= last[2] ? 1 : 2;
    for (int i = n - 1; i > 0; i--) {
      state[i - 1] = from[i][state[i]];
    }
    return state;
  }

  private List<Span> spans(int[] state, double[][] p) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < state.length) {
      if (state[i] != 1) {
        i++;
        continue;
      }
      int j = i;
      double sum = p[i][begin];
      while (j + 1 < state.length && state[j + 1] == 2) {
        j++;
        sum += p[j][inside];
      }
      out.add(new Span(i, j, sum / (j - i + 1)));
      i = j + 1;
    }
    return out;
  }

  private static MaxentModel load() {
    try (InputStream in = JapaneseNameModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Japanese name model is missing from the class path: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads a model written by the trainer (OpenNLP's binary format, gzipped). */
  public static MaxentModel read(InputStream gzipped) throws IOException {
    AbstractModel model = new GenericModelReader(
        new BinaryFileDataReader(new BufferedInputStream(new GZIPInputStream(gzipped)))).getModel();
    return model;
  }
}
