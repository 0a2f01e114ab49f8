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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(err, args);
  }

  @Test
  void aPathThatDoesNotExistExitsTwoWithAClearMessage() {
    assertEquals(2, run("scan", dir.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("No such file or folder"), err::toString);
    assertTrue(err.toString().contains("Usage: shirabe scan"), err::toString);
  }

  @Test
  void aWrongOptionExitsTwoWithHelp() {
    assertEquals(2, run("scan", "--no-such-option", dir.toString()));
    assertTrue(err.toString().contains("Unknown option"), err::toString);
    assertEquals(2, run("scan", "--format", "xml", dir.toString()));
    assertTrue(err.toString().contains("'xml' is not a format"), err::toString);
    assertEquals(2, run("scan", "--max-file-size", "lots", dir.toString()));
    assertEquals(2, run());
  }

  @Test
  void nothingFoundExitsZero() throws Exception {
    Files.writeString(dir.resolve("plain.txt"), "nothing personal here\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, run("scan", dir.resolve("plain.txt").toString(), "--format", "jsonl",
        "--output", out.toString()));
    assertEquals("", Files.readString(out));
  }

  @Test
  void findingsExitOneAndTheOutputFileIsOwnerOnlyAndMasked() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("連絡先.txt"),
        "担当: 山田 yamada.taro@example.co.jp 電話 03-5555-0123\n", StandardCharsets.UTF_8);
    Files.write(share.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Path out = dir.resolve("out.jsonl");

    assertEquals(1, run("scan", share.toString(), "--format", "jsonl", "--output", out.toString()));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    String text = Files.readString(out);
    assertFalse(text.contains("yamada.taro@"), text);
    assertFalse(text.contains("5555-0123"), text);
    assertFalse(text.contains("山田"), text);
    List<String> types = text.lines().map(ScanCommandTest::type).sorted().toList();
    assertEquals(List.of("EMAIL", "PERSON", "PHONE"), types);
    assertTrue(err.toString().contains("1 files failed"), err::toString);
  }

  @Test
  void revealAddsRawValues() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "mail: Yamada@Example.co.jp\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", dir.resolve("a.txt").toString(), "--format", "jsonl", "--reveal",
        "--output", out.toString()));
    JsonNode record = new ObjectMapper().readTree(Files.readString(out).lines().findFirst().orElseThrow());
    assertEquals("Yamada@Example.co.jp", record.get("text").asText());
    assertEquals("yamada@example.co.jp", record.get("normalized").asText());
  }

  @Test
  void findingsCarryTheirCategoryPurposesSignalsAndFlags() throws Exception {
    Path hr = Files.createDirectories(dir.resolve("人事"));
    Files.writeString(hr.resolve("健康診断結果_2024.txt"),
        "氏名 山田 太郎 電話 03-5555-0123\n", StandardCharsets.UTF_8);
    Path shareholders = Files.createDirectories(dir.resolve("総務"));
    Files.writeString(shareholders.resolve("株主名簿.txt"),
        "株主 鈴木 花子 電話 03-5555-0124\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", dir.toString(), "--include", "*.txt", "--format", "jsonl",
        "--output", out.toString()));
    for (String line : Files.readString(out).lines().toList()) {
      JsonNode r = new ObjectMapper().readTree(line);
      if (r.get("file").asText().contains("株主名簿")) {
        assertEquals("shareholder", r.get("category").asText(), line);
        assertTrue(r.get("purposes").size() > 0, line);
        assertTrue(r.get("signals").toString().contains("path:株主名簿"), line);
        assertEquals(0, r.get("flags").size(), line);
      } else {
        assertTrue(r.get("category").isNull(), line);
        assertEquals(0, r.get("purposes").size(), line);
        assertTrue(r.get("flags").toString().contains("special_care"), line);
        assertTrue(r.get("flags").toString().contains("category_not_in_policy"), line);
      }
    }
  }

  @Test
  void aPolicyFileOfItsOwnIsUsedAndAMalformedOneExitsTwoWithItsLine() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("members.txt"), "会員 山田 太郎 03-5555-0123\n",
        StandardCharsets.UTF_8);
    Path policy = dir.resolve("ours.policy");
    Files.writeString(policy, """
        [category club_member]
        label: 会員 | Club members
        purpose: club_news | 会報の送付 | Sending the club's newsletter
        ja: 会員
        """, StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", share.toString(), "--policy", policy.toString(), "--format",
        "jsonl", "--output", out.toString()));
    for (String line : Files.readString(out).lines().toList()) {
      JsonNode r = new ObjectMapper().readTree(line);
      assertEquals("club_member", r.get("category").asText(), line);
      assertEquals("[\"club_news\"]", r.get("purposes").toString(), line);
    }

    Files.writeString(policy, "[category club_member]\nlabel: 会員 | Club members\nreason: x\n");
    assertEquals(2, run("scan", share.toString(), "--policy", policy.toString()));
    assertTrue(err.toString().contains("ours.policy:3: unknown key 'reason'"), err::toString);
    assertTrue(err.toString().contains("Usage: shirabe scan"), err::toString);
  }

  private static String type(String line) {
    try {
      return new ObjectMapper().readTree(line).get("type").asText();
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void failOnUnreadExitsThreeOnlyWhenSomethingCouldNotBeRead() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("a.txt"), "電話 03-5555-0123\n");
    assertEquals(1, run("scan", share.toString(), "--no-index", "--fail-on-unread",
        "--format", "jsonl", "--output", dir.resolve("1.jsonl").toString()));
    Files.write(share.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    assertEquals(3, run("scan", share.toString(), "--no-index", "--fail-on-unread",
        "--format", "jsonl", "--output", dir.resolve("2.jsonl").toString()));
    // Without the option a scheduled job keeps today's codes.
    assertEquals(1, run("scan", share.toString(), "--no-index",
        "--format", "jsonl", "--output", dir.resolve("3.jsonl").toString()));
  }
}
