package dev.shirabe.detect.names.training;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.names.JapaneseNameFeatures;
import dev.shirabe.detect.names.JapaneseNameModel;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.evaluation.Evaluation;
import dev.shirabe.evaluation.EvaluationReport;
import dev.shirabe.evaluation.GoldDocument;
import dev.shirabe.evaluation.GoldSet;
import dev.shirabe.evaluation.GoldSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Japanese name model ({@link JapaneseNameModel}, {@code
 * dictionaries/…/models/ja-person.bin.gz}): OpenNLP's maximum-entropy classifier over the
 * features of {@link JapaneseNameFeatures}, one event per Kuromoji token labelled B, I or O, from
 *
 * <ul>
 *   <li>the files of {@code ja_wikipedia_person} in the shared corpora that {@link
 *       PersonModelSplit} does not hold out (those numbered 0 mod 5), with their gold spans;
 *   <li>generated business text ({@link JapaneseBusinessText}: letters, minutes, mail bodies
 *       with quoted replies, forms and CSV rows, names drawn from the name lexicon).
 * </ul>
 *
 * <p>Three models are trained, each on the corpus and on swapped copies and generated texts
 * drawn with a seed of its own, and their weights averaged ({@link #MODELS}): one model's quality
 * depends on the draw more than the settings tried on it did.
 *
 * <p>Deterministic: one thread, fixed seeds; the same data gives the same bytes.
 *
 * <p>Run from the repository's root: {@code dictionaries/train-ja-person-model.sh}, or {@code
 * java … JapanesePersonModelTrainer SHARED_DIR [--validation]}: with {@code --validation} it also
 * leaves the validation fold out (numbered 1 mod 5), measures the model and the whole detector on
 * it, and writes only {@code scanner-core/target/ja-person-validation.bin.gz}; {@code
 * -Dmismatches=true} then lists the detector's misses and wrong finds, and {@code -Dreuse=true}
 * measures that model again instead of training one (to weigh vetoes). {@code -Dfold=2} (to 4)
 * keeps another fold out instead, and measures on it ({@code ja-person-validation-2.bin.gz}):
 * the rules were chosen on fold 1, and the other folds tell whether a change helps elsewhere.
 */
public final class JapanesePersonModelTrainer {

  static final Path MODEL =
      Path.of("dictionaries/src/main/resources/dev/shirabe/dictionaries/models/ja-person.bin.gz");
  static final Path TEMPLATES = Path.of("dictionaries/training/person-ja/templates.txt");
  static final String CORPUS = "ja_wikipedia_person";
  static final Path VALIDATION_MODEL = Path.of("scanner-core/target/ja-person-validation.bin.gz");
  /**
   * The fold measured with {@code --validation}: 1 unless {@code -Dfold=2} (to 4) says another,
   * whose model is kept beside the first one's ({@link #validationModel}). Rules were chosen on
   * fold 1; the others show whether a change helps on files it was not chosen on.
   */
  static final int FOLD = Integer.getInteger("fold", 1);

  /**
   * Chosen on the validation fold (detector PERSON F1 there): L-BFGS maximum entropy with
   * OpenNLP's default L1 and L2 costs and no feature cutoff (0.80) did better than GIS with a
   * cutoff of 2 (0.77) or 1 (0.75) and than the perceptron (0.75); costs of 0.05 and 0.5 made no
   * difference.
   */
  static final String ALGORITHM = "MAXENT_QN";
  static final int ITERATIONS = 200;
  static final int CUTOFF = 0;
  static final int GENERATED = 1500;
  static final long SEED = 11;
  /**
   * Models trained, each with its own seed for the swapped names and the generated texts, whose
   * weights are averaged ({@link #average}). One model's F1 on the validation fold moved by up to
   * 0.016 with the seed alone (0.852, 0.868, 0.867 for seeds 11 to 13); the mean of three gave
   * 0.872, of five 0.870.
   */
  static final int MODELS = 3;
  /**
   * Averaged weights this close to 0 are left out: at 0.05, 17,000 features of 68,000 stay (one
   * model has 25,000) with the same names found on the validation fold; at 0.1, 10,000 and one
   * wrong name more.
   */
  static final double PRUNE = 0.05;
  /**
   * Copies of the corpus with its names swapped for others ({@link NameSwap}): two lifted the
   * validation fold's F1 from 0.79 to 0.81; four did no better.
   */
  static final int COPIES = 2;

  /** The detector's rules, whose marks are features; its model is never asked here. */
  private static final JapanesePersonDetector RULES = new JapanesePersonDetector();

  private JapanesePersonModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    boolean validation = args.length > 1 && args[1].equals("--validation");
    JapaneseNameFeatures features = JapaneseNameFeatures.standard();
    GoldSet gold = GoldSet.read(shared.resolve("corpus").resolve(CORPUS));
    Predicate<String> training = file -> !PersonModelSplit.heldOut(file)
        && !(validation && PersonModelSplit.inFold(file, FOLD));

    List<JapaneseBusinessText.Labelled> corpus = new ArrayList<>();
    for (GoldDocument document : gold.documents()) {
      if (training.test(document.file())) {
        List<int[]> persons = new ArrayList<>();
        for (GoldSpan span : document.entities()) {
          if (span.type().equals("PERSON")) {
            persons.add(new int[] {span.start(), span.end()});
          }
        }
        corpus.add(new JapaneseBusinessText.Labelled(gold.text(document), persons));
      }
    }
    JapaneseBusinessText business = JapaneseBusinessText.fromTemplates(TEMPLATES);
    MaxentModel model;
    Path validationModel = validationModel(FOLD);
    if (validation && Boolean.getBoolean("reuse") && Files.exists(validationModel)) {
      model = JapaneseNameModel.read(Files.newInputStream(validationModel));
    } else {
      List<Event> corpusEvents = new ArrayList<>();
      for (JapaneseBusinessText.Labelled text : corpus) {
        corpusEvents.addAll(events(features, text.text(), text.persons()));
      }
      List<AbstractModel> models = new ArrayList<>();
      for (int m = 0; m < MODELS; m++) {
        List<Event> events = events(features, corpus, corpusEvents, business, SEED + m);
        System.out.println("model " + (m + 1) + " of " + MODELS + ": " + events.size() + " tokens");
        models.add((AbstractModel) train(events));
      }
      model = average(models);
    }
    if (validation) {
      // Kept for -Dreuse=true: measuring other vetoes needs no new training.
      Files.createDirectories(validationModel.getParent());
      Files.write(validationModel, serialise((AbstractModel) model));
      measure(gold.only(file -> PersonModelSplit.inFold(file, FOLD)), new JapaneseNameModel(model, features));
      return;
    }
    Files.createDirectories(MODEL.getParent());
    Files.write(MODEL, serialise((AbstractModel) model));
    System.out.println("wrote " + MODEL + " (" + Files.size(MODEL) + " bytes)");
  }

  /** The model trained without fold {@code fold}: {@link #VALIDATION_MODEL} for fold 1. */
  static Path validationModel(int fold) {
    return fold == 1 ? VALIDATION_MODEL
        : VALIDATION_MODEL.resolveSibling("ja-person-validation-" + fold + ".bin.gz");
  }

  /** One event per token of the text: B, I or O after the gold names it overlaps. */
  static List<Event> events(JapaneseNameFeatures features, String original, List<int[]> persons) {
    DetectionText text = new DetectionText(original);
    List<JapaneseToken> tokens = text.japaneseTokens();
    String[] labels = new String[tokens.size()];
    java.util.Arrays.fill(labels, JapaneseNameModel.OUTSIDE);
    for (int[] person : persons) {
      boolean first = true;
      for (int i = 0; i < tokens.size(); i++) {
        JapaneseToken t = tokens.get(i);
        if (t.start() < person[1] && person[0] < t.end()
            && labels[i].equals(JapaneseNameModel.OUTSIDE)) {
          labels[i] = first ? JapaneseNameModel.BEGIN : JapaneseNameModel.INSIDE;
          first = false;
        }
      }
    }
    List<long[]> contexts = features.forTraining(text, tokens, RULES.ruleMarks(text));
    List<Event> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      long[] context = contexts.get(i);
      if (context != null) { // the model is never asked about the others
        out.add(new Event(labels[i], JapaneseNameFeatures.names(context)));
      }
    }
    return out;
  }

  /**
   * The corpus's events (the same for every model), then those of the corpus's copies with the
   * names swapped and of the generated texts, these two drawn with the seed.
   */
  static List<Event> events(JapaneseNameFeatures features, List<JapaneseBusinessText.Labelled> corpus,
      List<Event> corpusEvents, JapaneseBusinessText business, long seed) {
    List<Event> events = new ArrayList<>(corpusEvents);
    NameSwap swap = new NameSwap(business, corpus);
    java.util.Random random = new java.util.Random(seed);
    for (int c = 0; c < COPIES; c++) {
      for (JapaneseBusinessText.Labelled text : corpus) {
        JapaneseBusinessText.Labelled swapped = swap.apply(text, random);
        events.addAll(events(features, swapped.text(), swapped.persons()));
      }
    }
    for (JapaneseBusinessText.Labelled text : business.generate(GENERATED, seed)) {
      events.addAll(events(features, text.text(), text.persons()));
    }
    return events;
  }

  /**
   * One model whose weights are the mean of the models' (a missing weight counts as 0), without
   * the features whose weights all stay within {@link #PRUNE} of 0.
   */
  static AbstractModel average(List<AbstractModel> models) {
    String[] outcomes = {JapaneseNameModel.BEGIN, JapaneseNameModel.INSIDE, JapaneseNameModel.OUTSIDE};
    java.util.TreeMap<String, double[]> sums = new java.util.TreeMap<>();
    for (AbstractModel model : models) {
      Object[] data = model.getDataStructures();
      @SuppressWarnings("unchecked")
      java.util.Map<String, opennlp.tools.ml.model.Context> predicates =
          (java.util.Map<String, opennlp.tools.ml.model.Context>) data[1];
      int[] index = new int[outcomes.length];
      for (int o = 0; o < outcomes.length; o++) {
        index[o] = model.getIndex(outcomes[o]);
      }
      predicates.forEach((name, context) -> {
        int[] which = context.getOutcomes();
        double[] params = context.getParameters();
        double[] sum = sums.computeIfAbsent(name, n -> new double[outcomes.length]);
        for (int k = 0; k < which.length; k++) {
          for (int o = 0; o < outcomes.length; o++) {
            if (index[o] == which[k]) {
              sum[o] += params[k] / models.size();
            }
          }
        }
      });
    }
    sums.values().removeIf(v -> Math.abs(v[0]) <= PRUNE && Math.abs(v[1]) <= PRUNE && Math.abs(v[2]) <= PRUNE);
    String[] names = sums.keySet().toArray(new String[0]);
    opennlp.tools.ml.model.Context[] params = new opennlp.tools.ml.model.Context[names.length];
    int[] all = {0, 1, 2};
    for (int k = 0; k < names.length; k++) {
      params[k] = new opennlp.tools.ml.model.Context(all, sums.get(names[k]));
    }
    return new opennlp.tools.ml.maxent.quasinewton.QNModel(params, names, outcomes);
  }

  static MaxentModel train(List<Event> events) throws IOException {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, ALGORITHM);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    return TrainerFactory.getEventTrainer(parameters, null)
        .train(new CollectionObjectStream<>(events));
  }

  /** OpenNLP's binary model, gzipped with no time or name in its header: the same bytes each time. */
  static byte[] serialise(AbstractModel model) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      new GenericModelWriter(model, out).persist();
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(raw.toByteArray());
    }
    // The model must read back as it was written.
    JapaneseNameModel.read(new ByteArrayInputStream(zipped.toByteArray()));
    return zipped.toByteArray();
  }

  /** The model alone and the whole detector with it, on the validation files. */
  private static void measure(GoldSet validation, JapaneseNameModel model) throws IOException {
    int tp = 0;
    int found = 0;
    int goldCount = 0;
    for (GoldDocument document : validation.documents()) {
      DetectionText text = new DetectionText(validation.text(document));
      List<JapaneseToken> tokens = text.japaneseTokens();
      List<GoldSpan> persons = document.entities().stream()
          .filter(s -> s.type().equals("PERSON")).toList();
      goldCount += persons.size();
      boolean[] hit = new boolean[persons.size()];
      for (JapaneseNameModel.Span span : model.find(text, tokens, RULES.ruleMarks(text))) {
        found++;
        int start = tokens.get(span.first()).start();
        int end = tokens.get(span.last()).end();
        boolean right = false;
        for (int g = 0; g < persons.size(); g++) {
          if (!hit[g] && persons.get(g).start() < end && start < persons.get(g).end()) {
            hit[g] = true;
            right = true;
            break;
          }
        }
        tp += right ? 1 : 0;
      }
    }
    double p = found == 0 ? 0 : (double) tp / found;
    double r = goldCount == 0 ? 0 : (double) tp / goldCount;
    System.out.printf("model alone: gold %d found %d TP %d  P %.3f R %.3f F1 %.3f%n",
        goldCount, found, tp, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    DetectorSet detectors = DetectorSet.standard(model);
    EvaluationReport report = Evaluation.run(validation, detectors, Set.of("PERSON"));
    System.out.println("detector with the model:");
    System.out.print(report.table());
    if (Boolean.getBoolean("mismatches")) {
      ValidationMismatches.print(validation, detectors, 12);
    }
  }
}
