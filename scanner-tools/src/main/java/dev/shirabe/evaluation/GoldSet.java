package dev.shirabe.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.vocabulary.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A folder of files labelled by its {@code gold.jsonl}: one JSON object a line, {@code
 * {"file": "a.txt", "entities": [{"type": "PHONE", "start": 3, "end": 15, "text": "…"}]}},
 * offsets in Java chars into the file's UTF-8 text (see the shared corpus README); a line may
 * name a part of the file ({@code "part": "#3 Fw: 来場者リスト"}), and for a part or a file that
 * is not UTF-8 plain text the offsets are into its extracted text (see {@link #text}). An
 * entity may give its text without offsets ({@code {"type": "PHONE", "text": "03-1234-5678"}}):
 * it is then looked for in the extracted text ({@link GoldPlacement}), as for a scanned image.
 */
public final class GoldSet {

  public static final String GOLD_FILE = "gold.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final List<GoldDocument> documents;
  /** The parts of the last file extracted, by locator: gold lines of one file come together. */
  private Path extractedFile;
  private Map<String, String> extractedParts = Map.of();
  private TikaExtractor extractor;

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
    return read(folder, folder.resolve(GOLD_FILE));
  }

  /**
   * Reads a gold file kept apart from the folder it labels (a sample corpus whose labels must
   * not be scanned with it).
   */
  public static GoldSet read(Path folder, Path gold) throws IOException {
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

  /** The same set with only the documents of the files {@code keep} accepts (by file name). */
  public GoldSet only(java.util.function.Predicate<String> keep) {
    return new GoldSet(folder, documents.stream().filter(d -> keep.test(d.file())).toList());
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
   * The text that a listed document's offsets refer to: a UTF-8 text file's own text ({@code
   * .txt}, as the shared corpora define it; a leading byte-order mark is not part of it); for
   * a part, or any other file (a mail, a CSV, an RTF, a file in another encoding), the text
   * that Shirabe's extractor gives that part (offsets as in a scan's findings). The two agree
   * for a UTF-8 text file: the extractor gives its text as it is, plus a final line break.
   *
   * @throws IOException when it is missing, unreadable, or has no such part
   */
  public String text(GoldDocument document) throws IOException {
    Path file = folder.resolve(document.file()).normalize();
    if (!file.startsWith(folder.normalize())) {
      throw new IOException("gold file entry points outside its folder: " + document.file());
    }
    if (document.part().isEmpty()
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      } catch (MalformedInputException e) {
        // not UTF-8: read it as a scan does
      }
    }
    String text = parts(file).get(document.part());
    if (text == null) {
      throw new IOException(document.file() + " has no part \"" + document.part() + "\"");
    }
    return text;
  }

  private Map<String, String> parts(Path file) throws IOException {
    if (!file.equals(extractedFile)) {
      Map<String, String> parts = new HashMap<>();
      try {
        if (extractor == null) {
          extractor = new TikaExtractor(ExtractionLimits.DEFAULTS); // built once: Tika's set-up is slow
        }
        extractor.extract(file, new PartSink() {
          @Override
          public void part(Part part) {
            parts.put(part.locator(), part.text());
          }

          @Override
          public void problem(String locator, String reason) {}
        });
      } catch (ExtractionException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      extractedFile = file;
      extractedParts = parts;
    }
    return extractedParts;
  }

  private static GoldDocument parse(String line, Path gold, int lineNumber) throws IOException {
    try {
      JsonNode record = JSON.readTree(line);
      List<GoldSpan> entities = new ArrayList<>();
      for (JsonNode entity : record.path("entities")) {
        // Without offsets, the text alone says what is there (an image's labels): placed in
        // the extracted text by GoldPlacement.
        boolean placed = entity.has("start") || entity.has("end");
        entities.add(
            new GoldSpan(
                required(entity, "type").asText(),
                placed ? required(entity, "start").asInt() : GoldPlacement.NOWHERE,
                placed ? required(entity, "end").asInt() : GoldPlacement.NOWHERE,
                placed ? entity.path("text").asText("") : required(entity, "text").asText()));
      }
      return new GoldDocument(
          required(record, "file").asText(), record.path("part").asText(""), entities);
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
