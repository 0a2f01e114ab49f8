package dev.shirabe.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample corpus's gold file, {@code test-corpus-labels/gold.jsonl}, against the corpus: every
 * span's text is the text at its offsets, both in the text that {@link GoldSet} gives {@code
 * shirabe eval} and in the part that the extractor gives a scan; every part of every sample is
 * listed; the spans are well formed; and every expected EMAIL and PHONE of {@code
 * expected.jsonl} is among them.
 */
class TestCorpusGoldTest {

  private static Path corpus;
  private static Path labels;
  private static GoldSet gold;
  /** Extracted parts of every sample file but the broken ones: file → locator → text. */
  private static final Map<String, Map<String, String>> extracted = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws Exception {
    Path root = Path.of(System.getProperty("shirabe.root", ".."));
    corpus = root.resolve("test-corpus");
    labels = root.resolve("test-corpus-labels");
    gold = GoldSet.read(corpus, labels.resolve("gold.jsonl"));
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = corpus.relativize(file).toString().replace('\\', '/');
        if (relative.startsWith("broken/")) {
          continue;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        try {
          extractor.extract(file, new PartSink() {
            @Override
            public void part(Part part) {
              parts.put(part.locator(), part.text());
            }

            @Override
            public void problem(String locator, String reason) {}
          });
        } catch (ExtractionException e) {
          fail(relative + ": " + e.getMessage());
        }
        extracted.put(relative, parts);
      }
    }
  }

  @Test
  void everySpanIsTheTextAtItsOffsets() throws IOException {
    List<String> errors = new ArrayList<>();
    for (GoldDocument document : gold.documents()) {
      String evaluated = gold.text(document);
      String scanned = extracted.getOrDefault(document.file(), Map.of()).get(document.part());
      if (scanned == null) {
        errors.add(where(document) + ": no such part");
        continue;
      }
      for (GoldSpan span : document.entities()) {
        for (String[] text : List.of(new String[] {"eval", evaluated}, new String[] {"scan", scanned})) {
          String at = span.start() >= 0 && span.start() < span.end() && span.end() <= text[1].length()
              ? text[1].substring(span.start(), span.end())
              : "<out of bounds>";
          if (!at.equals(span.text())) {
            errors.add(where(document) + " " + span + ": the " + text[0] + " text has \"" + at + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), errors);
  }

  @Test
  void everyPartOfEverySampleIsListedOnce() {
    Set<String> listed = new HashSet<>();
    for (GoldDocument document : gold.documents()) {
      assertTrue(listed.add(where(document)), "listed twice: " + where(document));
    }
    Set<String> parts = new TreeSet<>();
    extracted.forEach((file, byLocator) ->
        byLocator.keySet().forEach(part -> parts.add(where(new GoldDocument(file, part, List.of())))));
    assertEquals(parts, new TreeSet<>(listed));
  }

  @Test
  void spansAreWellFormed() {
    Set<String> types = Arrays.stream(FindingType.values()).map(Enum::name).collect(Collectors.toSet());
    for (GoldDocument document : gold.documents()) {
      int end = 0;
      for (GoldSpan span : document.entities()) {
        assertTrue(types.contains(span.type()), where(document) + ": unknown type " + span);
        assertTrue(span.start() >= end, where(document) + ": out of order or overlapping " + span);
        assertEquals(span.text(), span.text().strip(), where(document) + ": space at an end " + span);
        end = span.end();
      }
    }
    assertTrue(gold.labelledTypes().containsAll(Set.of("PERSON", "ADDRESS", "PHONE", "EMAIL",
        "MY_NUMBER", "CREDIT_CARD", "DATE_OF_BIRTH", "BANK_ACCOUNT", "PASSPORT", "DRIVERS_LICENSE")),
        "types labelled: " + gold.labelledTypes());
  }

  @Test
  void everyExpectedEmailAndPhoneIsAGoldSpan() throws IOException {
    Set<String> spans = new HashSet<>();
    for (GoldDocument document : gold.documents()) {
      for (GoldSpan span : document.entities()) {
        spans.add(String.join(" | ", document.file(), document.part(), span.type(), span.text()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    Set<String> missing = new TreeSet<>();
    for (String line : Files.readAllLines(labels.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        String key = String.join(" | ", n.get("file").asText(), n.get("part").asText(),
            n.get("type").asText(), n.get("text").asText());
        if (!spans.contains(key)) {
          missing.add(key);
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  private static String where(GoldDocument document) {
    return document.file() + " [" + document.part() + "]";
  }
}
