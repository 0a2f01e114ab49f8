package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and subjects that carry terminal control sequences (issue 10, defect 5): a folder
 * that retitles the terminal, a file that clears it and splits its table row, C1 controls, a
 * right-to-left override, archive members and a mail subject with the same. Every table, CSV
 * and HTML output shows them escaped; JSON carries them exactly.
 */
class HostileNamesTest {

  private static final String FOLDER = "課\u001b]0;pwned\u0007";
  private static final String CLEAR = "a\u001b[2J\nb.txt";
  private static final String RTL = "invoice\u202egpj.exe";
  private static final String C1 = "c1\u009b31m\u007f\u0085.txt";
  private static final String BROKEN = "broken\u001b[5m.docx";
  private static final String MEMBER = "x\u001b[31m\r\nred.txt";
  private static final String SUBJECT = "件名\u001b[2J\u2066";

  @TempDir static Path dir;

  static Path share;

  private static StringWriter err = new StringWriter();

  private static int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  @BeforeAll
  static void scan() throws Exception {
    share = Files.createDirectories(dir.resolve("share"));
    Path folder = Files.createDirectories(share.resolve(FOLDER));
    Files.writeString(folder.resolve(CLEAR), "連絡先 hostile.one@example.com\n");
    Files.writeString(share.resolve(RTL), "連絡先 hostile.two@example.com\n");
    Files.writeString(share.resolve(C1), "連絡先 hostile.three@example.com\n");
    Files.write(share.resolve(BROKEN), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    try (OutputStream file = Files.newOutputStream(share.resolve("members.zip"));
        ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      zip.putNextEntry(new ZipEntry(MEMBER));
      zip.write("連絡先 hostile.four@example.com\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    String subject = "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(SUBJECT.getBytes(StandardCharsets.UTF_8)) + "?=";
    String mail = "From: someone <someone@example.org>\r\nSubject: %s\r\nDate: Mon, 1 Apr 2024"
        + " 10:00:00 +0900\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n連絡先 %s\r\n";
    Files.writeString(share.resolve("mail.mbox"),
        "From someone@example.org Mon Apr  1 10:00:00 2024\n"
            + String.format(mail, subject, "hostile.five@example.com").replace("\r\n", "\n")
            + "\nFrom other@example.org Mon Apr  1 11:00:00 2024\n"
            + String.format(mail, subject, "hostile.six@example.com").replace("\r\n", "\n"),
        StandardCharsets.UTF_8);
    assertEquals(1, run("scan", share.toString(), "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("key").toString(), "--format", "jsonl",
        "--output", dir.resolve("scan.jsonl").toString()), err::toString);
  }

  /** Fails on any character that moves, recolours or reorders text, but those allowed. */
  private static void assertNoControl(String text, String allowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u061c'
          || (c >= '\u200e' && c <= '\u200f') || (c >= '\u2028' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069');
      if (control && allowed.indexOf(c) < 0) {
        // The message must not carry the control to the terminal that shows the failure.
        String around = text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 20))
            .chars().mapToObj(ch -> ch < 0x20 || ch >= 0x7f && ch <= 0x9f || ch >= 0x2000
                ? String.format("<U+%04X>", ch) : String.valueOf((char) ch))
            .collect(Collectors.joining());
        fail(String.format("raw U+%04X at %d: %s", (int) c, i, around));
      }
    }
  }

  private static String scanOutput(String format) throws Exception {
    Path out = dir.resolve("scan." + format);
    assertEquals(1, run("scan", share.toString(), "--no-index", "--format", format, "--output",
        out.toString()), err::toString);
    assertNoControl(err.toString(), "\n");
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theScanTableShowsEveryNameEscapedOneFindingARow() throws Exception {
    String table = scanOutput("table");
    assertNoControl(table, "\n");
    assertTrue(table.contains("課\\x1b]0;pwned\\x07/a\\x1b[2J\\nb.txt"), table);
    assertTrue(table.contains("invoice\\u{202e}gpj.exe"), table);
    assertTrue(table.contains("c1\\x9b31m\\x7f\\x85.txt"), table);
    assertTrue(table.contains("members.zip ▸ x\\x1b[31m\\r\\nred.txt"), table);
    assertTrue(table.contains("件名\\x1b[2J\\u{2066}"), table);
    assertTrue(table.contains("broken\\x1b[5m.docx: "), "the failed file: " + table);
    // One row per finding: a newline in a name splits none.
    long rows = table.lines().filter(l -> l.startsWith("EMAIL ")).count();
    assertEquals(emails(jsonLines()), rows, table);
    for (String row : table.lines().filter(l -> l.startsWith("EMAIL ")).toList()) {
      assertTrue(row.contains(" " + share), row);
    }
  }

  @Test
  void theScanCsvEscapesControlsInCellsAndKeepsOneLineARecord() throws Exception {
    String csv = scanOutput("csv");
    assertNoControl(csv.replace("\r\n", ""), "");
    List<String> records = csv.lines().toList();
    // A header, a row per finding, a row per problem (a file read in part, a link skipped).
    List<JsonNode> lines = jsonLines(scanOutput("jsonl"));
    assertEquals(lines.size() + 1, records.size(), csv);
    assertTrue(csv.contains("a\\x1b[2J\\nb.txt"), csv);
    assertTrue(csv.contains("x\\x1b[31m\\r\\nred.txt"), csv);
    assertTrue(csv.contains("invoice\\u{202e}gpj.exe"), csv);
  }

  @Test
  void jsonCarriesTheExactNamesAndNoRawTerminalControl() throws Exception {
    String text = scanOutput("jsonl");
    // Valid JSON that reads back to the very names on disk; escaped so that paging it on a
    // terminal is as safe as the table.
    assertNoControl(text, "\n");
    Set<String> files = new HashSet<>();
    Set<String> parts = new HashSet<>();
    for (JsonNode record : jsonLines(text)) {
      files.add(record.get("file").asText());
      parts.add(record.get("part").asText());
    }
    assertTrue(files.contains(share.resolve(FOLDER).resolve(CLEAR).toString()), files.toString());
    assertTrue(files.contains(share.resolve(RTL).toString()), files.toString());
    assertTrue(files.contains(share.resolve(C1).toString()), files.toString());
    assertTrue(parts.contains(MEMBER), parts.toString());
    assertTrue(parts.stream().anyMatch(p -> p.contains(SUBJECT)), parts.toString());

    JsonNode document = new ObjectMapper().readTree(scanOutput("json"));
    List<String> named = new ArrayList<>();
    document.findValues("file").forEach(f -> named.add(f.asText()));
    assertTrue(named.contains(share.resolve(FOLDER).resolve(CLEAR).toString()), named.toString());
  }

  @Test
  void reportsShowLocationsEscapedInEveryTextFormat() throws Exception {
    for (String report : List.of("ledger", "unpurposed")) {
      for (String format : List.of("table", "csv", "html")) {
        Path out = dir.resolve(report + "." + format);
        assertEquals(1, run("report", report, "--index", dir.resolve("inventory").toString(),
            "--format", format, "--output", out.toString()), err::toString);
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertNoControl(format.equals("csv") ? text.replace("\r\n", "") : text,
            format.equals("csv") ? "" : "\n");
        assertTrue(text.contains("課\\x1b]0;pwned\\x07"), report + " " + format + ": " + text);
        if (report.equals("unpurposed")) {
          assertTrue(text.contains("x\\x1b[31m\\r\\nred.txt"), report + " " + format + ": " + text);
        }
      }
      Path jsonl = dir.resolve(report + ".jsonl");
      assertEquals(1, run("report", report, "--index", dir.resolve("inventory").toString(),
          "--format", "jsonl", "--output", jsonl.toString()), err::toString);
      String field = report.equals("ledger") ? "location" : "file";
      Set<String> places = new HashSet<>();
      jsonLines(Files.readString(jsonl)).forEach(j -> places.add(j.get(field).asText()));
      String expected = report.equals("ledger") ? share.resolve(FOLDER).toString()
          : share.resolve(FOLDER).resolve(CLEAR).toString();
      assertTrue(places.contains(expected), places.toString());
    }
  }

  @Test
  void subjectOutputsShowPlacesEscaped() throws Exception {
    for (String format : List.of("table", "html", "jsonl")) {
      Path out = dir.resolve("subject." + format);
      assertEquals(1, run("subject", "--email", "hostile.one@example.com", "--email",
          "hostile.four@example.com", "--index", dir.resolve("inventory").toString(),
          "--key-file", dir.resolve("key").toString(), "--format", format,
          "--output", out.toString()), err::toString);
      String text = Files.readString(out, StandardCharsets.UTF_8);
      assertNoControl(text, "\n");
      assertNoControl(err.toString(), "\n");
      if (format.equals("jsonl")) {
        Set<String> files = new HashSet<>();
        jsonLines(text).forEach(j -> files.add(j.get("file").asText()));
        assertTrue(files.contains(share.resolve(FOLDER).resolve(CLEAR).toString()), text);
      } else {
        assertTrue(text.contains("課\\x1b]0;pwned\\x07/a\\x1b[2J\\nb.txt"), text);
        assertTrue(text.contains("x\\x1b[31m\\r\\nred.txt"), text);
      }
    }
  }

  @Test
  void errorMessagesQuotePathsEscaped() {
    assertEquals(2, run("scan", share.resolve("gone\u001b]0;pwned\u0007").toString()));
    assertNoControl(err.toString(), "\n");
    assertTrue(err.toString().contains("gone\\x1b]0;pwned\\x07"), err::toString);
  }

  private static String jsonLines() throws Exception {
    return Files.readString(dir.resolve("scan.jsonl"), StandardCharsets.UTF_8);
  }

  private static List<JsonNode> jsonLines(String text) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> records = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        records.add(mapper.readTree(line));
      }
    }
    return records;
  }

  private static long emails(String jsonl) throws Exception {
    // Problem records (no type) stand between the findings.
    return jsonLines(jsonl).stream()
        .filter(j -> j.has("type") && j.get("type").asText().equals("EMAIL")).count();
  }
}
