package dev.shirabe.detect.names.training;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.EnglishSentence;
import dev.shirabe.evaluation.GoldDocument;
import dev.shirabe.evaluation.GoldPlacement;
import dev.shirabe.evaluation.GoldSet;
import dev.shirabe.evaluation.GoldSpan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the English person-name model of {@code EnglishPersonDetector}
 * ({@code dictionaries/…/models/en-person.bin}) with OpenNLP's maximum-entropy name finder,
 * from:
 *
 * <ul>
 *   <li>the files of {@code en_wnut17_person} and {@code en_presidio_synth} in the shared
 *       corpora that {@link PersonModelSplit} does not hold out, with their gold PERSON spans;
 *   <li>sentences generated from {@code dictionaries/training/person-en/templates.txt} and the
 *       name lists beside it ({@link GeneratedSentences}).
 * </ul>
 *
 * <p>Every text is cut into sentences and tokens as detection cuts it ({@link
 * DetectionText#englishSentences()}), so that the model learns on the units it will see.
 * Deterministic: the same data gives the same model (one training thread, a fixed seed).
 *
 * <p>Run from the repository's root: {@code dictionaries/train-person-model.sh}, or with the
 * built class path, {@code java dev.shirabe.detect.names.training.PersonModelTrainer [SHARED_DIR
 * [--validation]]}; with {@code --validation} it also leaves out the validation fold ({@link
 * PersonModelSplit#validation}), for choosing settings without the held-out files, and writes
 * its model to {@link #VALIDATION_MODEL} instead of the shipped one ({@link
 * PersonModelValidation} then scores it on that fold).
 */
public final class PersonModelTrainer {

  static final String TYPE = "person";
  static final Path DATA = Path.of("dictionaries/training/person-en");
  static final Path MODEL =
      Path.of("dictionaries/src/main/resources/dev/shirabe/dictionaries/models/en-person.bin");
  /**
   * Where {@code --validation} writes its model: a class-path root put before the dictionaries'
   * by {@code train-person-model.sh --validation}, so that {@link PersonModelValidation} reads it
   * and the shipped model stays as it is.
   */
  static final Path VALIDATION_MODEL = Path.of(
      "scanner-tools/target/en-person-validation/dev/shirabe/dictionaries/models/en-person.bin");
  static final List<String> CORPORA = List.of("en_wnut17_person", "en_presidio_synth");

  /** Generated texts: about as many sentences as the two corpora give together. */
  static final int GENERATED = 4000;
  static final long SEED = 4;
  /**
   * GIS iterations and the feature cutoff, chosen on the validation fold ({@code --validation};
   * 150 and 2 did better there than OpenNLP's 100 and 5, or 300 and 5, or 100 and 1). With
   * cutoff 2, more iterations raised the PERSON F1 of both corpora's validation files up to 600
   * (en_wnut17_person 0.454 → 0.477, mostly recall; en_presidio_synth 0.872 → 0.894), and no
   * further at 1200; cutoff 1 fell (0.34, 0.65), as did more copies of the WNUT-17 files.
   */
  static final int ITERATIONS = 600;
  static final int CUTOFF = 2;
  /**
   * The name finder's beam, stored in the model's manifest for detection: OpenNLP's default 3.
   * A greedy search (1) reads each token once instead of three times, for an F1 lower by under
   * 0.01 on the held-out files, but it cuts names the beam keeps whole ("Jianmin" "Woo",
   * "Adams," "Suzanne" in mail headers), which a subject lookup then cannot match.
   */
  static final int BEAM_SIZE = 3;

  private PersonModelTrainer() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    // "--validation" also keeps the files numbered 1 mod 5 out, to choose settings on them
    // without looking at the held-out files.
    boolean validation = args.length > 1 && args[1].equals("--validation");
    List<NameSample> samples = new ArrayList<>();
    for (String corpus : CORPORA) {
      int before = samples.size();
      GoldSet gold = GoldSet.read(shared.resolve("corpus").resolve(corpus));
      for (GoldDocument labelled : gold.documents()) {
        if (!PersonModelSplit.heldOut(labelled.file())
            && !(validation && PersonModelSplit.validation(labelled.file()))) {
          String text = gold.text(labelled);
          // Placed as evaluation places them: some files count offsets in code points.
          GoldDocument document = GoldPlacement.place(labelled, text);
          List<int[]> persons = new ArrayList<>();
          for (GoldSpan span : document.entities()) {
            if (span.type().equals("PERSON")) {
              persons.add(new int[] {span.start(), span.end()});
            }
          }
          samples.addAll(samples(text, persons));
        }
      }
      System.out.println(corpus + ": " + (samples.size() - before) + " sentences");
    }
    int before = samples.size();
    for (GeneratedSentences.Labelled text : generator().generate(GENERATED, SEED)) {
      samples.addAll(samples(text.text(), text.persons()));
    }
    System.out.println("generated: " + (samples.size() - before) + " sentences");

    TokenNameFinderModel model = train(samples,
        Map.of("given-names.dict", nameList("given-names.txt"), "surnames.dict", nameList("surnames.txt")));
    Path target = validation ? VALIDATION_MODEL : MODEL;
    Files.createDirectories(target.getParent());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    Files.write(target, reproducible(bytes.toByteArray()));
    System.out.println("wrote " + target + " (" + Files.size(target) + " bytes)");
  }

  /**
   * The serialised model without what changes from run to run: OpenNLP stamps its manifest
   * with the training time and its zip entries with the time of writing. With both fixed, the
   * same data gives the same bytes.
   */
  static byte[] reproducible(byte[] model) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>(); // in name order: OpenNLP's order varies
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(model))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    entries.computeIfPresent("manifest.properties", (name, content) ->
        new String(content, StandardCharsets.ISO_8859_1).lines()
            .filter(line -> !line.startsWith("#"))
            .map(line -> line.startsWith("Timestamp=") ? "Timestamp=0" : line)
            .sorted()
            .reduce("", (a, b) -> a + b + "\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        ZipEntry fixed = new ZipEntry(entry.getKey());
        fixed.setTime(FIXED_TIME);
        zip.putNextEntry(fixed);
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The time written on every entry of the model's zip: 2024-01-01, any fixed one will do. */
  private static final long FIXED_TIME = 1704067200000L;

  /** A name list of the name features (features.xml), case-insensitive, stored in the model. */
  private static Dictionary nameList(String file) throws IOException {
    Dictionary names = new Dictionary(false);
    for (String name : lines(DATA.resolve(file))) {
      names.put(new StringList(name));
    }
    return names;
  }

  static TokenNameFinderModel train(List<NameSample> samples, Map<String, Object> nameLists)
      throws IOException {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    parameters.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
    TokenNameFinderFactory factory = new TokenNameFinderFactory(
        Files.readAllBytes(DATA.resolve("features.xml")),
        nameLists, new BioCodec());
    return NameFinderME.train("en", TYPE, new CollectionObjectStream<>(samples), parameters, factory);
  }

  private static GeneratedSentences generator() throws IOException {
    return new GeneratedSentences(
        lines(DATA.resolve("templates.txt")),
        lines(DATA.resolve("given-names.txt")),
        lines(DATA.resolve("surnames.txt")),
        lines(Path.of("dictionaries/src/main/resources/dev/shirabe/dictionaries/names/given-names.txt"))
            .stream().map(line -> line.substring(line.indexOf(',') + 1)).toList(),
        lines(DATA.resolve("japanese-surnames.txt")),
        lines(DATA.resolve("places.txt")));
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .toList();
  }

  /**
   * The sentences of a text as name samples: each person span becomes the tokens it overlaps.
   * The first sentence of each text clears the finder's adaptive data, as detection does.
   */
  static List<NameSample> samples(String text, List<int[]> persons) {
    List<NameSample> out = new ArrayList<>();
    for (EnglishSentence sentence : new DetectionText(text).englishSentences()) {
      List<Span> names = new ArrayList<>();
      for (int[] person : persons) {
        Span span = tokenSpan(sentence, person[0], person[1]);
        if (span != null && names.stream().noneMatch(span::intersects)) {
          names.add(span);
        }
      }
      names.sort(null);
      out.add(new NameSample(sentence.words(), names.toArray(Span[]::new), out.isEmpty()));
    }
    return out;
  }

  private static Span tokenSpan(EnglishSentence sentence, int start, int end) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < sentence.size(); i++) {
      EnglishSentence.Token token = sentence.token(i);
      if (token.start() < end && start < token.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return first < 0 ? null : new Span(first, last + 1, TYPE);
  }
}
