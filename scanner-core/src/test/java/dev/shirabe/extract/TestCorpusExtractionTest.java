package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Extracts every file of the project's sample corpus ({@code test-corpus/}) and checks it
 * against {@code test-corpus-labels/expected.jsonl}: each expected part is there, each expected value
 * stands in it as written, Japanese text decodes, and the corrupt file is reported rather than
 * dropped. It does not run detectors: it checks that they will be given the right text.
 */
class TestCorpusExtractionTest {

  /** Files of the corpus folder that are not sample documents. */
  private static final Set<String> NOT_SAMPLES = Set.of();

  /** Files that are broken on purpose: extraction must fail or report a problem. */
  private static final String BROKEN = "broken/";

  private record Extraction(Map<String, String> parts, List<String> problems, String failure) {}

  private record Expected(
      String file, String part, String type, String normalized, String subtype, String text) {}

  private static Path corpus;
  private static final Map<String, Extraction> extractions = new TreeMap<>();
  private static final List<Expected> expected = new ArrayList<>();

  @BeforeAll
  static void extractCorpus() throws Exception {
    String root = System.getProperty("shirabe.root");
    corpus = (root != null ? Path.of(root) : Path.of("..")).resolve("test-corpus");
    assertTrue(Files.isDirectory(corpus), "no sample corpus at " + corpus.toAbsolutePath());

    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(
        corpus.resolveSibling("test-corpus-labels").resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      expected.add(new Expected(
          node.path("file").asText(null), node.path("part").asText(null),
          node.path("type").asText(null), node.path("normalized").asText(null),
          node.path("subtype").asText(null), node.path("text").asText(null)));
    }

    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    for (String file : sampleFiles()) {
      Map<String, String> parts = new LinkedHashMap<>();
      List<String> problems = new ArrayList<>();
      String failure = null;
      try {
        extractor.extract(corpus.resolve(file), new PartSink() {
          @Override
          public void part(Part part) {
            parts.merge(part.locator(), part.text(), (a, b) -> a + "\n" + b);
          }

          @Override
          public void problem(String locator, String reason) {
            problems.add("[" + locator + "] " + reason);
          }
        });
      } catch (ExtractionException e) {
        failure = e.getMessage();
      }
      extractions.put(file, new Extraction(parts, problems, failure));
    }
  }

  private static List<String> sampleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> corpus.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !NOT_SAMPLES.contains(f))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void expectedFindingsAreWellFormed() {
    assertFalse(expected.isEmpty(), "expected.jsonl is empty");
    Set<List<String>> seen = new HashSet<>();
    for (Expected e : expected) {
      String where = e.file() + " [" + e.part() + "] " + e.normalized();
      assertTrue(e.file() != null && e.part() != null && e.normalized() != null, "missing field: " + where);
      assertTrue(Files.isRegularFile(corpus.resolve(e.file())), "no such file: " + where);
      switch (String.valueOf(e.type())) {
        case "EMAIL" -> {
          assertTrue(e.normalized().matches("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"), "not a lower-cased address: " + where);
          assertTrue(e.subtype() == null || e.subtype().equals("role"), "subtype is role or absent: " + where);
        }
        case "PHONE" -> {
          assertTrue(e.normalized().matches("\\+[1-9]\\d{6,14}"), "not E.164: " + where);
          assertTrue(e.subtype() == null || e.subtype().equals("fax"), "subtype is fax or absent: " + where);
        }
        default -> fail("type is EMAIL or PHONE: " + e.type() + " at " + where);
      }
      assertTrue(seen.add(List.of(e.file(), e.part(), e.type(), e.normalized())), "listed twice: " + where);
    }
  }

  @Test
  void everySampleHasExpectedFindingsExceptTheBrokenOnes() {
    Set<String> labelled = expected.stream().map(Expected::file).collect(Collectors.toSet());
    Set<String> unlabelled = new TreeSet<>();
    for (String file : extractions.keySet()) {
      if (!file.startsWith(BROKEN) && !labelled.contains(file)) {
        unlabelled.add(file);
      }
    }
    assertTrue(unlabelled.isEmpty(), "files with no expected findings: " + unlabelled);
  }

  @Test
  void corpusStaysSmall() throws IOException {
    long bytes;
    try (Stream<Path> files = Files.walk(corpus)) {
      bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
    assertTrue(bytes < 1024 * 1024, "test-corpus/ is " + bytes + " bytes; keep it under 1 MiB");
  }

  /** One test per sample file, so that a report names the file that went wrong. */
  @TestFactory
  Stream<DynamicTest> eachFileExtracts() {
    return extractions.entrySet().stream()
        .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> check(entry.getKey(), entry.getValue())));
  }

  private static void check(String file, Extraction extraction) {
    if (file.startsWith(BROKEN)) {
      assertTrue(extraction.failure() != null || !extraction.problems().isEmpty(),
          file + " is corrupt, yet extraction reported nothing; parts: " + extraction.parts().keySet());
      return;
    }
    List<String> errors = new ArrayList<>();
    if (extraction.failure() != null) {
      errors.add("extraction failed: " + extraction.failure());
    }
    for (String problem : extraction.problems()) {
      errors.add("problem reported: " + problem);
    }
    extraction.parts().forEach((locator, text) -> {
      String bad = undecoded(text);
      if (bad != null) {
        errors.add("[" + locator + "] text is not decoded right (" + bad + ")");
      }
    });
    for (Expected e : expected) {
      if (!e.file().equals(file)) {
        continue;
      }
      String text = extraction.parts().get(e.part());
      if (text == null) {
        errors.add("no part [" + e.part() + "] (parts: " + extraction.parts().keySet() + ")");
      } else if (e.text() != null && !text.contains(e.text())) {
        errors.add("[" + e.part() + "] lacks " + e.type() + " \"" + e.text() + "\"");
      }
    }
    if (!errors.isEmpty()) {
      fail(file + ":\n  " + String.join("\n  ", new TreeSet<>(errors)));
    }
  }

  /**
   * Why the text looks wrongly decoded, or null: a replacement character, or the Latin-1,
   * C1-control and Hangul characters that Shift_JIS, EUC-JP or ISO-2022-JP bytes become when
   * read in another charset. None of the samples has such characters (× is allowed).
   */
  private static String undecoded(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = c == '\uFFFD'
          || (c >= '\u0080' && c <= '\u009F')
          || (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7')
          || (c >= '\uAC00' && c <= '\uD7AF');
      if (bad) {
        int from = Math.max(0, i - 12);
        int to = Math.min(text.length(), i + 12);
        return String.format("U+%04X in \"%s\"", (int) c, text.substring(from, to).replace('\n', ' '));
      }
    }
    return null;
  }
}
