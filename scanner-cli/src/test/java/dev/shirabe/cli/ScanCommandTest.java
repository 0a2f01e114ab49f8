package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
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

  private static String type(String line) {
    try {
      return new ObjectMapper().readTree(line).get("type").asText();
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
