package dev.shirabe.cli.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scan wrote, read back: findings per file, problem records, and the scan's own counts.
 *
 * <p>Reads both {@code --format jsonl} (finding lines; {@code {"record":"problem",...}} lines;
 * a {@code {"record":"summary",...}} line if the scan writes one) and {@code --format json} (one
 * document whose problems carry {@code fatal} instead of a status). The counts of a jsonl scan
 * come from its one-line summary on standard error when the output has none.
 */
public final class ScanOutput {

  /** One problem record; status is failed, partial or skipped. */
  public record Problem(String file, String part, String status, String reason) {}

  private static final Pattern SUMMARY_LINE = Pattern.compile(
      "shirabe: (\\d+) files, \\d+ parts, \\d+ findings.*?, (\\d+) files failed, \\d+ problems");

  private final Map<String, Integer> findingsByFile = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private Long files;
  private Long failedFiles;
  private int unreadableLines;

  private ScanOutput() {}

  public Map<String, Integer> findingsByFile() {
    return findingsByFile;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The scan's count of files it walked, or null when it printed none. */
  public Long files() {
    return files;
  }

  /** The scan's count of files that failed, or null when it printed none. */
  public Long failedFiles() {
    return failedFiles;
  }

  /** Lines of the output that are not JSON (a broken escape would show here). */
  public int unreadableLines() {
    return unreadableLines;
  }

  /** Reads {@code output} (jsonl or json) and, for the counts, {@code stderr} (may be null). */
  public static ScanOutput read(Path output, String stderr) throws IOException {
    ScanOutput out = new ScanOutput();
    ObjectMapper mapper = new ObjectMapper();
    if (Files.size(output) > 0 && firstByte(output) == '{' && looksLikeDocument(output)) {
      out.document(mapper.readTree(output.toFile()));
    } else {
      try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          try {
            out.record(mapper.readTree(line));
          } catch (IOException e) {
            out.unreadableLines++;
          }
        }
      }
    }
    if (out.files == null && stderr != null) {
      Matcher m = SUMMARY_LINE.matcher(stderr);
      Long files = null;
      Long failed = null;
      while (m.find()) { // the last summary line wins
        files = Long.parseLong(m.group(1));
        failed = Long.parseLong(m.group(2));
      }
      out.files = files;
      out.failedFiles = failed;
    }
    return out;
  }

  private static int firstByte(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.read();
    }
  }

  /** A json document starts with an object spread over lines; a jsonl line is one object. */
  private static boolean looksLikeDocument(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = r.readLine();
      return first != null && first.strip().equals("{");
    }
  }

  private void document(JsonNode doc) {
    for (JsonNode finding : doc.path("findings")) {
      finding(finding);
    }
    for (JsonNode p : doc.path("problems")) {
      String status = p.has("status") ? p.path("status").asText()
          : p.path("fatal").asBoolean() ? "failed" : "partial";
      problems.add(new Problem(p.path("file").asText(), p.path("part").asText(""), status,
          p.path("reason").asText("")));
    }
    summary(doc.path("summary"));
  }

  private void record(JsonNode node) {
    String kind = node.path("record").asText("finding");
    switch (kind) {
      case "problem" -> problems.add(new Problem(node.path("file").asText(),
          node.path("part").asText(""), node.path("status").asText(""),
          node.path("reason").asText("")));
      case "summary" -> summary(node);
      default -> finding(node);
    }
  }

  private void finding(JsonNode node) {
    if (node.hasNonNull("file")) {
      findingsByFile.merge(node.path("file").asText(), 1, Integer::sum);
    }
  }

  private void summary(JsonNode s) {
    if (s.has("files")) {
      files = s.path("files").asLong();
    }
    if (s.has("failedFiles")) {
      failedFiles = s.path("failedFiles").asLong();
    }
  }
}
