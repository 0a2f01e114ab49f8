package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code subject --case}: a disclosure case over a real scan, its log, and a later run after
 * files were deleted and changed and the share rescanned.
 */
class SubjectCaseTest {

  private static final String NAME = "山田太郎";
  private static final String EMAIL = "taro.yamada@example.jp";
  private static final String PHONE = "090-1234-5678";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A share scanned once, for the tests that do not change the inventory. */
  @TempDir static Path scanned;

  /** Where a test works: {@link #scanned}, or a folder of its own when it rescans. */
  private Path dir;

  private static StringWriter err = new StringWriter();

  private static int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  @BeforeAll
  static void scanOnce() throws Exception {
    SubjectCaseTest shared = new SubjectCaseTest();
    shared.dir = scanned;
    shared.writeShare();
    shared.scan();
  }

  @BeforeEach
  void useTheSharedScan() {
    dir = scanned;
  }

  private Path share() {
    return dir.resolve("share");
  }

  private String[] subject(String... more) {
    List<String> args = new ArrayList<>(List.of("subject", "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("inventory.key").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private void scan() {
    assertEquals(1, run("scan", share().toString(), "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("inventory.key").toString(), "--output",
        dir.resolve("scan.txt").toString()), err::toString);
  }

  /** File names hold no raw value, so that the log's paths may be searched for them. */
  private void writeShare() throws Exception {
    Files.createDirectories(share());
    Files.writeString(share().resolve("customers.csv"), "氏名,メール\n" + NAME + "," + EMAIL
        + "\n高橋花子,hanako.t@example.jp\n", StandardCharsets.UTF_8);
    Files.writeString(share().resolve("notes.txt"), "担当：" + NAME + "\n連絡先 " + EMAIL + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(share().resolve("card.txt"), "氏名：" + NAME + "\n携帯 " + PHONE + "\n",
        StandardCharsets.UTF_8);
    // The same name in another branch, a namesake the reviewer excludes.
    Files.writeString(share().resolve("osaka.txt"), "大阪支店 " + NAME + "\n電話 06-6123-4567\n",
        StandardCharsets.UTF_8);
  }

  /** The cases' logs in the inventory. */
  private List<String> logs() throws Exception {
    Path cases = dir.resolve("inventory/cases");
    if (!Files.isDirectory(cases)) {
      return List.of();
    }
    try (var files = Files.list(cases)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private Map<String, JsonNode> byFile(Path jsonl) throws Exception {
    Map<String, JsonNode> lines = new HashMap<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode n = JSON.readTree(line);
      lines.put(Path.of(n.get("file").asText()).getFileName().toString()
          + (n.has("status") ? "#" + n.get("status").asText() : ""), n);
    }
    return lines;
  }

  @Test
  void aCaseLogsItsPlacesAndALaterRunShowsWhichWereDeletedOrChanged(@TempDir Path own) throws Exception {
    dir = own;
    writeShare();
    scan();
    Path first = dir.resolve("c1.jsonl");
    assertEquals(1, run(subject("--case", "C1", "--name", NAME, "--exclude",
        share().resolve("osaka.txt").toString(), "--zone", "Asia/Tokyo", "--format", "jsonl",
        "-o", first.toString())), err::toString);
    Map<String, JsonNode> places = byFile(first);
    assertEquals(List.of("card.txt", "customers.csv", "notes.txt"),
        places.keySet().stream().sorted().toList(), "the namesake's place is excluded");
    for (JsonNode place : places.values()) {
      assertEquals("C1", place.get("case").asText());
      assertTrue(place.get("generated").asText().endsWith("+09:00"), place::toString);
      assertTrue(place.get("id").asText().matches("P[0-9a-f]{10}"), place::toString);
    }
    assertTrue(err.toString().contains("1 place excluded as a namesake's"), err::toString);

    // The log: owner-only, inside the inventory, no raw value.
    Path log = dir.resolve("inventory/cases/C1.jsonl");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    assertEquals("rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())));
    String logged = Files.readString(log);
    for (String raw : List.of(NAME, "山田 太郎", EMAIL, "taro.yamada", PHONE, "09012345678")) {
      assertFalse(logged.contains(raw), () -> "raw value " + raw + " in the log:\n" + logged);
    }
    JsonNode run1 = JSON.readTree(logged.strip());
    assertEquals("C1", run1.get("case").asText());
    assertTrue(run1.get("time").asText().endsWith("+09:00"), logged);
    assertEquals(3, run1.get("places").size());
    assertEquals(1, run1.get("excluded").size());
    assertTrue(run1.get("excluded").get(0).get("file").asText().endsWith("osaka.txt"));

    // The data is deleted from one file and the file that held the email is changed.
    Files.delete(share().resolve("customers.csv"));
    Files.writeString(share().resolve("notes.txt"), "担当：佐藤一郎\n", StandardCharsets.UTF_8);
    scan();

    Path later = dir.resolve("c1-later.txt");
    assertEquals(1, run(subject("--case", "C1", "--zone", "+09:00", "-o", later.toString())),
        "the card still holds the person's data: " + err);
    String table = Files.readString(later);
    assertTrue(table.contains("Case: C1"), table);
    assertTrue(table.matches("(?s).*Generated: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\+09:00.*"), table);
    assertTrue(table.matches("(?s).*deleted\\s+\\[P[0-9a-f]{10}] \\S*customers\\.csv .*"), table);
    assertTrue(table.matches("(?s).*changed\\s+\\[P[0-9a-f]{10}] \\S*notes\\.txt .*none of the \\d items left.*"),
        table);
    assertTrue(table.matches("(?s).*unchanged\\s+\\[P[0-9a-f]{10}] \\S*card\\.txt .*still there.*"), table);
    assertFalse(table.contains("osaka.txt"), "an excluded place stays out of the case");
    assertTrue(table.contains("Excluded: 1 place excluded"), "the case's exclusions so far: " + table);
    assertTrue(table.contains("3 places listed before, 1 still holding the person's data"), table);

    // The same as JSON Lines, and in the log: the follow-up is logged too.
    Path laterJson = dir.resolve("c1-later.jsonl");
    assertEquals(1, run(subject("--case", "C1", "--format", "jsonl", "-o", laterJson.toString())));
    Map<String, JsonNode> since = byFile(laterJson);
    assertEquals(0, since.get("customers.csv#deleted").get("remaining").asInt());
    assertEquals(0, since.get("notes.txt#changed").get("remaining").asInt());
    assertEquals(since.get("card.txt#unchanged").get("items").asInt(),
        since.get("card.txt#unchanged").get("remaining").asInt());
    List<String> runs = Files.readAllLines(log);
    assertEquals(3, runs.size(), "each run is a line");
    JsonNode last = JSON.readTree(runs.get(2));
    assertEquals(3, last.get("since").size());
    assertTrue(runs.stream().noneMatch(l -> l.contains(NAME) || l.contains(EMAIL)));

    // A rerun with the request lists the card alone, the namesake still excluded.
    Path rerun = dir.resolve("c1-rerun.jsonl");
    assertEquals(1, run(subject("--case", "C1", "--name", NAME, "--format", "jsonl", "-o", rerun.toString())));
    assertTrue(byFile(rerun).containsKey("card.txt"));
    assertFalse(byFile(rerun).containsKey("osaka.txt"), "excluded in an earlier run of the case");
    assertTrue(err.toString().contains("1 place excluded"), err::toString);
  }

  @Test
  void theHtmlReportIsHeadedByThePolicysCompanyAndShowsTheCaseAndTheOffset() throws Exception {
    Path policy = dir.resolve("company.policy");
    String defaults;
    try (InputStream in = getClass().getResourceAsStream("/dev/shirabe/dictionaries/policy/default.policy")) {
      defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(policy, defaults + "\n[company]\nname: 株式会社シラベ\ndesk: 個人情報相談窓口\n"
        + "mail: privacy@shirabe.example.jp\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("c2.html");
    assertEquals(1, run(subject("--case", "C2", "--name", NAME, "--policy", policy.toString(),
        "--zone", "Asia/Tokyo", "--format", "html", "-o", out.toString())), err::toString);
    Document page = Jsoup.parse(Files.readString(out));
    assertEquals("株式会社シラベ", page.selectFirst("body > header#company .name").text());
    assertEquals("個人情報相談窓口", page.selectFirst("header#company .desk").text());
    assertTrue(page.selectFirst("header#company").text().contains("privacy@shirabe.example.jp"));
    assertEquals("C2", page.selectFirst("#case").text());
    assertTrue(page.selectFirst("time#generated").text().endsWith("+09:00"), page.selectFirst("time#generated")::text);
    assertTrue(page.selectFirst("time#generated").attr("datetime").endsWith("+09:00"));
    assertEquals("0", page.selectFirst("#excluded td").text());
    assertFalse(page.html().contains(NAME), "masked without --reveal");
  }

  @Test
  void revealReadsTheValuesAgainAndSaysWhenAFileChangedSinceTheScan() throws Exception {
    // Changed after the scan, not rescanned: its offsets no longer hold. (The other tests on
    // this scan read the inventory only.)
    Files.writeString(share().resolve("notes.txt"), "担当：佐藤一郎\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("reveal.jsonl");
    List<String> logsBefore = logs();
    assertEquals(1, run(subject("--name", NAME, "--exclude", share().resolve("osaka.txt").toString(),
        "--reveal", "--format", "jsonl", "-o", out.toString())), err::toString);
    Map<String, JsonNode> places = byFile(out);
    List<String> card = new ArrayList<>();
    places.get("card.txt").get("findings").forEach(f -> card.add(f.path("value").asText()));
    assertTrue(card.contains(NAME) && card.contains(PHONE), card::toString);
    List<String> csv = new ArrayList<>();
    places.get("customers.csv").get("findings").forEach(f -> csv.add(f.path("value").asText()));
    assertTrue(csv.contains(NAME) && csv.contains(EMAIL), csv::toString);
    JsonNode notes = places.get("notes.txt");
    assertTrue(notes.get("valuesNotShown").asText().contains("changed since the scan"), notes::toString);
    notes.get("findings").forEach(f -> assertFalse(f.has("value"), f::toString));
    assertEquals(logsBefore, logs(), "no case, no log");
  }

  @Test
  void anExclusionThatNamesNoPlaceAndACaseWithNoLogAreUsageErrors() throws Exception {
    assertEquals(2, run(subject("--case", "C3", "--name", NAME, "--exclude", "P0000000000")));
    assertTrue(err.toString().contains("P0000000000 names no place"), err::toString);
    assertFalse(Files.exists(dir.resolve("inventory/cases/C3.jsonl")), "a refused run is not logged");
    assertEquals(2, run(subject("--case", "C9")));
    assertTrue(err.toString().contains("No case C9"), err::toString);
    assertEquals(2, run(subject("--case", "../x", "--name", NAME)));
    assertTrue(err.toString().contains("a case id is"), err::toString);
    assertEquals(2, run(subject("--name", NAME, "--zone", "Mars/Olympus")));
    assertTrue(err.toString().contains("not a time zone"), err::toString);
  }
}
