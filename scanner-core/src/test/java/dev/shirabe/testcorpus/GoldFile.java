package dev.shirabe.testcorpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The gold file of the sample corpus ({@code gold.jsonl}): every labelled span with its exact
 * offsets in the text that Shirabe's extractor gives its part.
 *
 * <p>The corpus is written twice: once with sentinels around every gold span ({@link Labels}),
 * once as it is. Both are extracted; the sentinels of the first give each span's offsets, and
 * the first's text without its sentinels must equal the second's text exactly, part by part,
 * or the generator stops (so the offsets hold for the real files). Spans in mail header lines
 * are found by their text, in the order they were written, in the header lines that start a
 * mail's part.
 */
final class GoldFile {

  /** Files broken on purpose: no text, no gold. */
  static final String BROKEN = "broken/";

  record Entity(String type, int start, int end, String text) {}

  record Line(String file, String part, List<Entity> entities) {}

  private final List<Line> lines;

  private GoldFile(List<Line> lines) {
    this.lines = lines;
  }

  /**
   * @param corpus the corpus as written
   * @param marked the same corpus written with sentinels
   * @param labels the labels of the run that wrote {@code marked}
   */
  static GoldFile locate(Path corpus, Path marked, Labels labels)
      throws IOException, InterruptedException {
    List<Labels.Span> spans = labels.spans();
    Set<Integer> found = new HashSet<>();
    List<Line> lines = new ArrayList<>();
    for (String file : files(corpus)) {
      Map<String, String> real = extract(corpus.resolve(file));
      Map<String, String> withSentinels = extract(marked.resolve(file));
      if (!real.keySet().equals(withSentinels.keySet())) {
        throw new IllegalStateException(file + ": parts differ with sentinels: "
            + real.keySet() + " / " + withSentinels.keySet());
      }
      for (Map.Entry<String, String> part : real.entrySet()) {
        String locator = part.getKey();
        List<Entity> entities = new ArrayList<>();
        String text = strip(file, locator, withSentinels.get(locator), spans, entities, found);
        if (!text.equals(part.getValue())) {
          throw new IllegalStateException(file + " [" + locator + "]: the text extracted with "
              + "sentinels differs from the text extracted without " + difference(text, part.getValue()));
        }
        headerSpans(file, locator, text, spans, entities, found);
        entities.sort(Comparator.comparingInt(Entity::start));
        for (int i = 1; i < entities.size(); i++) {
          if (entities.get(i).start() < entities.get(i - 1).end()) {
            throw new IllegalStateException(file + " [" + locator + "]: overlapping spans "
                + entities.get(i - 1) + " and " + entities.get(i));
          }
        }
        lines.add(new Line(file, locator, List.copyOf(entities)));
      }
    }
    List<Labels.Span> lost = spans.stream().filter(s -> !found.contains(s.id())).toList();
    if (!lost.isEmpty()) {
      throw new IllegalStateException("gold spans not found in any extracted part: " + lost);
    }
    return new GoldFile(lines);
  }

  /** The part's text without its sentinels; the spans they enclosed are added to entities. */
  private static String strip(String file, String locator, String text, List<Labels.Span> spans,
      List<Entity> entities, Set<Integer> found) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == Labels.END || c == Labels.SEPARATOR) {
        throw new IllegalStateException(file + " [" + locator + "]: a sentinel out of place at " + i);
      }
      if (c != Labels.START) {
        out.append(c);
        i++;
        continue;
      }
      int separator = text.indexOf(Labels.SEPARATOR, i);
      int end = text.indexOf(Labels.END, i);
      if (separator < 0 || end < separator) {
        throw new IllegalStateException(file + " [" + locator + "]: a broken sentinel at " + i);
      }
      int id = Integer.parseInt(java.text.Normalizer.normalize(
          text.substring(i + 1, separator), java.text.Normalizer.Form.NFKC));
      String value = text.substring(separator + 1, end);
      if (value.indexOf(Labels.START) >= 0) {
        throw new IllegalStateException(file + " [" + locator + "]: nested spans at " + i);
      }
      Labels.Span span = spans.get(id);
      if (!span.file().equals(file) || !span.part().equals(locator) || span.header()) {
        throw new IllegalStateException(
            "a span marked for " + span.file() + " [" + span.part() + "] is in " + file + " [" + locator + "]: " + span);
      }
      if (!found.add(id)) {
        throw new IllegalStateException(file + " [" + locator + "]: a span extracted twice: " + span);
      }
      // A span over table cells or lines has the extractor's separators (a tab for a comma, a
      // line break for the ␤ of a spreadsheet cell).
      if (!separatorsOut(value).equals(separatorsOut(span.text()))) {
        throw new IllegalStateException(file + " [" + locator + "]: " + span.type() + " written \""
            + span.text() + "\" is extracted as \"" + value + "\"");
      }
      int start = out.length();
      out.append(value);
      entities.add(new Entity(span.type(), start, out.length(), value));
      i = end + 1;
    }
    return out.toString();
  }

  private static String separatorsOut(String text) {
    return text.replaceAll("[\\s,\"␤]", "");
  }

  /** Spans of the header lines (up to the first blank line), each found after the one before. */
  private static void headerSpans(String file, String locator, String text, List<Labels.Span> spans,
      List<Entity> entities, Set<Integer> found) {
    List<Labels.Span> mine = spans.stream()
        .filter(s -> s.header() && s.file().equals(file) && s.part().equals(locator))
        .toList();
    if (mine.isEmpty()) {
      return;
    }
    int headerEnd = text.indexOf("\n\n");
    if (headerEnd < 0) {
      throw new IllegalStateException(file + " [" + locator + "]: no header lines");
    }
    int from = 0;
    for (Labels.Span span : mine) {
      int at = text.indexOf(span.text(), from);
      if (at < 0 || at + span.text().length() > headerEnd) {
        throw new IllegalStateException(file + " [" + locator + "]: not in the header lines: " + span);
      }
      entities.add(new Entity(span.type(), at, at + span.text().length(), span.text()));
      found.add(span.id());
      from = at + span.text().length();
    }
  }

  private static String difference(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return "at " + i + ": \"" + a.substring(Math.max(0, i - 20), Math.min(a.length(), i + 20))
        + "\" / \"" + b.substring(Math.max(0, i - 20), Math.min(b.length(), i + 20)) + "\"";
  }

  /** Every sample file but the broken ones, relative, with forward slashes, sorted. */
  static List<String> files(Path corpus) throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> corpus.relativize(f).toString().replace('\\', '/'))
          .filter(f -> !f.startsWith(BROKEN))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The parts of a file, by locator, in the order the extractor gives them. */
  static Map<String, String> extract(Path file) throws IOException, InterruptedException {
    Map<String, String> parts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try {
      new TikaExtractor(ExtractionLimits.DEFAULTS).extract(file, new PartSink() {
        @Override
        public void part(Part part) {
          if (parts.put(part.locator(), part.text()) != null) {
            problems.add("two parts named [" + part.locator() + "]");
          }
        }

        @Override
        public void problem(String locator, String reason) {
          problems.add("[" + locator + "] " + reason);
        }
      });
    } catch (ExtractionException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new IOException(file + ": " + problems);
    }
    return parts;
  }

  /** One JSON object a line: {"file", "part", "entities": [{"type", "start", "end", "text"}]}. */
  void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Line line : lines) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("file", line.file());
        record.put("part", line.part());
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Entity e : line.entities()) {
          Map<String, Object> entity = new LinkedHashMap<>();
          entity.put("type", e.type());
          entity.put("start", e.start());
          entity.put("end", e.end());
          entity.put("text", e.text());
          entities.add(entity);
        }
        record.put("entities", entities);
        out.write(json.writeValueAsString(record));
        out.write('\n');
      }
    }
  }

  Map<String, Long> countsByType() {
    Map<String, Long> counts = new TreeMap<>();
    lines.forEach(l -> l.entities().forEach(e -> counts.merge(e.type(), 1L, Long::sum)));
    return counts;
  }
}
