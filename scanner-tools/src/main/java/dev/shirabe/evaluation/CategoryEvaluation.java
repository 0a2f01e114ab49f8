package dev.shirabe.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores the policy classification against labelled parts: a file of {@code {"file", "part",
 * "category": id | null}} lines, one per part (null: the part holds data for no stated
 * purpose). The whole scan runs over the folder, as {@code shirabe scan} runs it, and each
 * labelled part is compared: its category is the one most of its findings were given, and it
 * is reported as held for no stated purpose when any of its findings has no category (what the
 * no-purpose report lists).
 */
public final class CategoryEvaluation {

  /** One labelled part. */
  public record Label(String file, String part, String category) {}

  private CategoryEvaluation() {}

  public static List<Label> readLabels(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Label> labels = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ":" + number + ": not a JSON object", e);
      }
      if (!n.has("file") || !n.has("category")) {
        throw new IOException(file + ":" + number + ": needs \"file\" and \"category\"");
      }
      JsonNode category = n.get("category");
      labels.add(new Label(n.get("file").asText(), n.path("part").asText(""),
          category.isNull() ? null : category.asText()));
    }
    return labels;
  }

  /** Scans {@code corpus} with the classifier and scores each labelled part. */
  public static CategoryReport run(
      Path corpus, List<Label> labels, DetectorSet detectors, Classifier classifier)
      throws Exception {
    Map<String, List<FindingRecord>> byPart = new ConcurrentHashMap<>();
    ScanOptions options = ScanOptions.defaults();
    new ScanPipeline(options, new TikaExtractor(options.limits()), detectors, classifier)
        .run(List.of(corpus), new ScanListener() {
          @Override
          public void part(SourceItem file, Part part, List<FindingRecord> records) {
            String relative = corpus.relativize(file.path()).toString().replace('\\', '/');
            byPart.computeIfAbsent(key(relative, part.locator()), k -> new ArrayList<>())
                .addAll(records);
          }
        });
    List<CategoryReport.PartResult> results = new ArrayList<>();
    for (Label label : labels) {
      List<FindingRecord> records = byPart.getOrDefault(key(label.file(), label.part()), List.of());
      results.add(result(label, records));
    }
    return new CategoryReport(results);
  }

  private static CategoryReport.PartResult result(Label label, List<FindingRecord> records) {
    Map<String, Integer> votes = new HashMap<>();
    int unpurposed = 0;
    int agreeing = 0;
    for (FindingRecord r : records) {
      String c = r.category() == null ? CategoryReport.NONE : r.category();
      votes.merge(c, 1, Integer::sum);
      if (r.category() == null) {
        unpurposed++;
      }
      if (java.util.Objects.equals(r.category(), label.category())) {
        agreeing++;
      }
    }
    String predicted = null;
    int most = 0;
    for (Map.Entry<String, Integer> v : votes.entrySet()) {
      // Ties go to a category over none, then by name, so that a run is repeatable.
      boolean better = v.getValue() > most || (v.getValue() == most
          && (predicted.equals(CategoryReport.NONE) || (!v.getKey().equals(CategoryReport.NONE)
              && v.getKey().compareTo(predicted) < 0)));
      if (better) {
        most = v.getValue();
        predicted = v.getKey();
      }
    }
    if (CategoryReport.NONE.equals(predicted)) {
      predicted = null;
    }
    return new CategoryReport.PartResult(label.file(), label.part(), label.category(), predicted,
        records.size(), unpurposed, agreeing);
  }

  private static String key(String file, String part) {
    return file + "\u0000" + part;
  }
}
