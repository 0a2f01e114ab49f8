package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report retention} and the minors' counts, through the command line. */
class RetentionReportCommandTest {

  @TempDir static Path dir;
  static Path inventory;
  static Path policy;

  private StringWriter err = new StringWriter();

  private int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  @BeforeAll
  static void scan() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.createDirectories(share.resolve("退職者"));
    Files.createDirectories(share.resolve("応募"));
    Files.writeString(share.resolve("退職者/退職者一覧.csv"),
        "氏名,電話,退職日\n伊藤 四郎,03-5555-0101,2012/03/31\n", StandardCharsets.UTF_8);
    // Fifteen today, whatever day the test runs.
    String born = LocalDate.now().minusYears(15).minusDays(40)
        .format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
    Files.writeString(share.resolve("応募/履歴書.txt"), "履歴書\n氏名　山田 太郎\n生年月日　" + born
        + "生\n電話　090-1234-5678\n", StandardCharsets.UTF_8);
    String text = new String(Main.class.getResourceAsStream(
        "/dev/shirabe/dictionaries/policy/default.policy").readAllBytes(), StandardCharsets.UTF_8);
    policy = dir.resolve("ours.policy");
    Files.writeString(policy, text.replace("label: 退職者 | Retirees\n",
        "label: 退職者 | Retirees\nretention: P5Y\nretention-from: 退職日\n"));
    inventory = dir.resolve("inventory");
    assertEquals(1, Cli.run(new StringWriter(), "scan", share.toString(), "--policy",
        policy.toString(), "--index", inventory.toString(), "--key-file",
        dir.resolve("key").toString(), "--format", "jsonl", "--output",
        dir.resolve("scan.jsonl").toString()));
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(new ObjectMapper().readTree(line));
    }
    return out;
  }

  @Test
  void theScansFindingsCarryTheFlags() throws Exception {
    String scan = Files.readString(dir.resolve("scan.jsonl"));
    for (JsonNode f : lines(dir.resolve("scan.jsonl"))) {
      String file = f.get("file").asText();
      String flags = f.get("flags").toString();
      if (file.contains("退職者")) {
        assertTrue(flags.contains("retention_exceeded"), f::toString);
      } else {
        assertTrue(flags.contains("\"minor\""), f::toString);
      }
    }
    assertTrue(scan.contains("履歴書"), scan);
  }

  @Test
  void theRetentionReportListsTheRetireesAsJsonLines() throws Exception {
    Path out = dir.resolve("retention.jsonl");
    assertEquals(1, run("report", "retention", "--index", inventory.toString(), "--policy",
        policy.toString(), "--format", "jsonl", "-o", out.toString()), err::toString);
    List<JsonNode> rows = lines(out);
    assertEquals(1, rows.size(), rows::toString);
    JsonNode row = rows.get(0);
    assertTrue(row.get("location").asText().endsWith("退職者"), row::toString);
    assertEquals("retiree", row.get("category").asText());
    assertEquals("2017-03-31", row.get("ended").asText());
    assertEquals("[\"P5Y\"]", row.get("retention").toString());
    assertEquals("[\"record\"]", row.get("from").toString());
    assertFalse(Files.readString(out).contains("伊藤"), "no value found");
    // The table form, headings in both languages; nothing past its period under 応募.
    assertEquals(1, run("report", "retention", "--index", inventory.toString(), "-o",
        dir.resolve("retention.txt").toString()), err::toString);
    assertTrue(Files.readString(dir.resolve("retention.txt"))
        .contains("保管期間を過ぎた個人情報 / Personal data kept past its retention period"));
    assertEquals(0, run("report", "retention", dir.resolve("share/応募").toString(), "--index",
        inventory.toString(), "-o", dir.resolve("none.txt").toString()), err::toString);
  }

  @Test
  void theLedgerCountsTheMinor() throws Exception {
    Path out = dir.resolve("ledger.jsonl");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--format",
        "jsonl", "-o", out.toString()), err::toString);
    long minors = 0;
    for (JsonNode row : lines(out)) {
      minors += row.get("minors").asLong();
      if (row.get("location").asText().endsWith("応募")) {
        assertEquals(1, row.get("minors").asLong(), row::toString);
      }
    }
    assertEquals(1, minors);
    Path table = dir.resolve("ledger.txt");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "-o",
        table.toString()), err::toString);
    String text = Files.readString(table);
    assertTrue(text.contains("MINORS"), text);
    assertTrue(text.contains("Minors (people under the policy's minor age): 1"), text);
  }

  @Test
  void aBadDurationIsAUsageErrorWithItsLine() throws Exception {
    Path bad = dir.resolve("bad.policy");
    Files.writeString(bad, Files.readString(policy).replace("retention: P5Y", "retention: 5年"));
    assertEquals(2, run("scan", dir.resolve("share").toString(), "--policy", bad.toString(),
        "--index", dir.resolve("other").toString(), "--key-file",
        dir.resolve("key").toString()));
    assertTrue(err.toString().contains(bad + ":"), err::toString);
    assertTrue(err.toString().contains("retention must be an ISO 8601 period"), err::toString);
    assertEquals(2, run("report", "retention", "--index", inventory.toString(), "--policy",
        bad.toString()));
    assertTrue(err.toString().contains("retention must be an ISO 8601 period"), err::toString);
  }
}
