package dev.shirabe.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A folder of text files labelled by its {@code gold.jsonl}: one JSON object a line, {@code
 * {"file": "a.txt", "entities": [{"type": "PHONE", "start": 3, "end": 15, "text": "…"}]}},
 * offsets in Java chars into the file's UTF-8 text (see the shared corpus README).
 */
public final class GoldSet {

  public static final String GOLD_FILE = "gold.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final List<GoldDocument> documents;

  private GoldSet(Path folder, List<GoldDocument> documents) {
    this.folder = folder;
    this.documents = List.copyOf(documents);
  }

  /**
   * Reads {@code folder/gold.jsonl}.
   *
   * @throws IOException when it cannot be read or a line is not a valid record
   */
  public static GoldSet read(Path folder) throws IOException {
    Path gold = folder.resolve(GOLD_FILE);
    List<GoldDocument> documents = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (!line.isBlank()) {
          documents.add(parse(line, gold, lineNumber));
        }
      }
    }
    return new GoldSet(folder, documents);
  }

  public List<GoldDocument> documents() {
    return documents;
  }

  /** Every type that some entity of the set has: the types this gold set labels. */
  public Set<String> labelledTypes() {
    Set<String> types = new LinkedHashSet<>();
    documents.forEach(d -> d.entities().forEach(e -> types.add(e.type())));
    return types;
  }

  /**
   * The UTF-8 text of a listed file.
   *
   * @throws IOException when it is missing, unreadable or not UTF-8
   */
  public String text(GoldDocument document) throws IOException {
    Path file = folder.resolve(document.file()).normalize();
    if (!file.startsWith(folder.normalize())) {
      throw new IOException("gold file entry points outside its folder: " + document.file());
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static GoldDocument parse(String line, Path gold, int lineNumber) throws IOException {
    try {
      JsonNode record = JSON.readTree(line);
      List<GoldSpan> entities = new ArrayList<>();
      for (JsonNode entity : record.path("entities")) {
        entities.add(
            new GoldSpan(
                required(entity, "type").asText(),
                required(entity, "start").asInt(),
                required(entity, "end").asInt(),
                entity.path("text").asText("")));
      }
      return new GoldDocument(required(record, "file").asText(), entities);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(gold + ":" + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value;
  }
}
