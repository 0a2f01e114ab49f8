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
import java.util.Map;
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
    assertOneLineAndAPointerToHelp("shirabe scan");
  }

  @Test
  void aNetworkSharePathSaysToMountTheShareFirst() {
    Map<String, String> shares = Map.of(
        "smb://fileserver/share/人事", "smb://fileserver/share/人事",
        "\\\\fileserver\\share", "smb://fileserver/share",
        "//fileserver-that-is-not-here/share", "smb://fileserver-that-is-not-here/share");
    shares.forEach((given, share) -> {
      assertEquals(2, run("scan", given), given);
      String said = err.toString();
      assertTrue(said.contains("the network share " + share + ": mount it first"), said);
      assertFalse(said.contains("No such file or folder"), said);
      assertOneLineAndAPointerToHelp("shirabe scan");
    });
  }

  @Test
  void aWrongOptionExitsTwoWithOneLineAndAPointerToHelp() {
    assertEquals(2, run("scan", "--no-such-option", dir.toString()));
    assertTrue(err.toString().contains("Unknown option"), err::toString);
    assertOneLineAndAPointerToHelp("shirabe scan");
    assertEquals(2, run("scan", "--format", "xml", dir.toString()));
    assertTrue(err.toString().contains("'xml' is not a format"), err::toString);
    assertOneLineAndAPointerToHelp("shirabe scan");
    assertEquals(2, run("scan", "--max-file-size", "lots", dir.toString()));
    assertOneLineAndAPointerToHelp("shirabe scan");
    assertEquals(2, run("scan", "--formt", "csv", dir.toString()));
    assertTrue(err.toString().contains("did you mean --format?"), err::toString);
    assertOneLineAndAPointerToHelp("shirabe scan");
    assertEquals(2, run("report", "ledger", "--no-such-option"));
    assertOneLineAndAPointerToHelp("shirabe report ledger");
    assertEquals(2, run());
    assertTrue(err.toString().contains("Missing a command: scan, subject, report"), err::toString);
    assertOneLineAndAPointerToHelp("shirabe");
  }

  /** A usage error is one line and where to read more, not the whole help (then clears err). */
  private void assertOneLineAndAPointerToHelp(String command) {
    List<String> lines = err.toString().lines().toList();
    assertEquals(2, lines.size(), err::toString);
    assertTrue(lines.get(0).startsWith(command + ": "), err::toString);
    assertEquals("see `" + command + " --help`", lines.get(1));
    err.getBuffer().setLength(0);
  }

  @Test
  void anOutputIntoAMissingFolderSaysTheFolderIsMissing() throws Exception {
    Files.writeString(dir.resolve("plain.txt"), "nothing personal here\n");
    Path out = dir.resolve("no-such-folder").resolve("out.jsonl");
    assertEquals(2, run("scan", dir.resolve("plain.txt").toString(), "--no-index", "--format",
        "jsonl", "--output", out.toString()));
    assertTrue(err.toString().contains("cannot write " + out + ": the folder "
        + out.getParent() + " does not exist"), err::toString);
    assertFalse(Files.exists(out.getParent()));
  }

  @Test
  void progressGoesToStandardErrorAndLeavesTheFindingsAndTheSummaryAlone() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "mail: yamada.taro@example.co.jp\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", dir.resolve("a.txt").toString(), "--no-index", "--progress",
        "--format", "jsonl", "--output", out.toString()));
    String said = err.toString();
    assertTrue(said.startsWith("\rshirabe: scanning 1 path…"), said);
    // Cleared before the summary, which stands on a line of its own.
    assertTrue(said.contains("\r\033[Kshirabe: 1 files, 1 parts, 1 findings"), said);
    assertEquals(1, Files.readString(out).lines().count());

    err.getBuffer().setLength(0);
    assertEquals(1, run("scan", dir.resolve("a.txt").toString(), "--no-index", "--no-progress",
        "--format", "jsonl", "--output", out.toString()));
    assertTrue(err.toString().startsWith("shirabe: 1 files, 1 parts, 1 findings"), err::toString);
    assertFalse(err.toString().contains("\r"), err::toString);
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
    List<String> types = text.lines().filter(line -> !line.startsWith("{\"record\""))
        .map(ScanCommandTest::type).sorted().toList();
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
    assertTrue(err.toString().contains("see `shirabe scan --help`"), err::toString);
  }

  /**
   * Every path is accounted for in jsonl: a file that failed, a link, a named pipe and a socket
   * each have a problem record beside the findings, and the summary counts them.
   */
  @Test
  void jsonLinesAccountForFailedAndSkippedFiles() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path contacts = Files.writeString(share.resolve("連絡先.txt"), "電話 03-5555-0123\n");
    Files.write(share.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
    Files.createSymbolicLink(share.resolve("link.txt"), contacts);
    Process mkfifo =
        new ProcessBuilder("mkfifo", share.resolve("pipe").toString()).inheritIO().start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo");
    try (java.nio.channels.ServerSocketChannel socket =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      socket.bind(java.net.UnixDomainSocketAddress.of(share.resolve("sock")));
      Path out = dir.resolve("out.jsonl");
      assertEquals(1, run("scan", share.toString(), "--format", "jsonl", "--no-index",
          "--output", out.toString()));

      List<String> problems = new java.util.ArrayList<>();
      for (String line : Files.readString(out).lines().toList()) {
        JsonNode r = new ObjectMapper().readTree(line);
        if (r.has("record")) {
          assertEquals("problem", r.get("record").asText(), line);
          problems.add(r.get("status").asText() + " " + Path.of(r.get("file").asText()).getFileName()
              + " [" + r.get("part").asText() + "] " + r.get("reason").asText());
        } else {
          assertEquals("PHONE", r.get("type").asText(), line);
        }
      }
      problems.sort(null);
      assertEquals(4, problems.size(), problems::toString);
      assertTrue(problems.get(0).startsWith("failed broken.docx [] "), problems::toString);
      assertEquals(List.of("skipped link.txt [] symbolic link, not followed",
          "skipped pipe [] a named pipe (FIFO); not read",
          "skipped sock [] a socket; not read"), problems.subList(1, 4));
      assertTrue(err.toString().contains("1 files failed"), err::toString);
      assertTrue(err.toString().contains("3 skipped"), err::toString);

      Path json = dir.resolve("out.json");
      assertEquals(1, run("scan", share.toString(), "--format", "json", "--no-index",
          "--output", json.toString()));
      JsonNode doc = new ObjectMapper().readTree(json.toFile());
      assertEquals(4, doc.get("problems").size(), doc::toString);
      assertEquals(3, doc.get("summary").get("skipped").asInt());

      Path tableFile = dir.resolve("out.txt");
      assertEquals(1, run("scan", share.toString(), "--no-index", "--output", tableFile.toString()));
      String table = Files.readString(tableFile);
      assertTrue(table.contains("Skipped (not scanned): 3"), table);
      assertTrue(table.contains("pipe: a named pipe (FIFO); not read"), table);
    }
  }

  /**
   * Text in BOM-less UTF-16, CP932 labelled UTF-8, Shift_JIS behind a UTF-8 mark: each gives
   * its name and phone number; text no charset reads is a partial problem, never silently
   * nothing.
   */
  @Test
  void mislabelledAndUnmarkedEncodingsGiveTheirFindingsOrAProblem() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    String line = "担当: 山田太郎 TEL 03-1234-5678\n";
    Files.write(share.resolve("utf16-export"), line.getBytes(StandardCharsets.UTF_16BE));
    Files.write(share.resolve("page.html"), ("<html><head><meta charset=\"UTF-8\"></head><body><p>"
        + line + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-31j")));
    byte[] sjis = line.getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
    java.io.ByteArrayOutputStream marked = new java.io.ByteArrayOutputStream();
    marked.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    marked.write(sjis);
    Files.write(share.resolve("marked.csv"), marked.toByteArray());
    java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
    broken.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    broken.write("TEL 03-9876-5432 ".getBytes(StandardCharsets.UTF_8));
    broken.write(new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0xFF});
    Files.write(share.resolve("broken.txt"), broken.toByteArray());
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", share.toString(), "--format", "jsonl", "--no-index",
        "--output", out.toString()));

    java.util.Set<String> found = new java.util.TreeSet<>();
    List<String> problems = new java.util.ArrayList<>();
    for (String record : Files.readString(out).lines().toList()) {
      JsonNode r = new ObjectMapper().readTree(record);
      String name = Path.of(r.get("file").asText()).getFileName().toString();
      if (r.has("record")) {
        problems.add(name + " " + r.get("status").asText() + " " + r.get("reason").asText());
      } else {
        found.add(name + " " + r.get("type").asText());
      }
    }
    // The name is what a wrong charset loses first: its digits survive as ASCII.
    for (String name : List.of("marked.csv", "page.html", "utf16-export")) {
      assertTrue(found.contains(name + " PERSON"), found::toString);
      assertTrue(found.contains(name + " PHONE"), found::toString);
    }
    assertTrue(found.contains("broken.txt PHONE"), found::toString);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).startsWith(
        "broken.txt partial text is not valid in its declared or detected encoding (UTF-8)"),
        problems::toString);
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

  /**
   * Without Tesseract a scanned page is a file that could not be read, with the reason, not a
   * file with nothing in it; the setting reaches the isolated extraction processes (Tesseract
   * is on PATH where this runs, and would read the image there).
   */
  @Test
  void withoutTesseractAScannedImageIsReportedImageOnly() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    java.awt.image.BufferedImage scan =
        new java.awt.image.BufferedImage(600, 800, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    javax.imageio.ImageIO.write(scan, "png", share.resolve("履歴書.png").toFile());
    Path out = dir.resolve("o.jsonl");
    assertEquals(3, run("scan", share.toString(), "--no-index", "--fail-on-unread",
        "--tesseract", dir.resolve("none/tesseract").toString(),
        "--format", "jsonl", "--output", out.toString()));
    List<String> lines = Files.readAllLines(out);
    assertEquals(1, lines.size(), lines.toString());
    JsonNode problem = new ObjectMapper().readTree(lines.get(0));
    assertEquals("failed", problem.get("status").asText());
    assertEquals("image only: install tesseract-ocr-jpn to read it",
        problem.get("reason").asText());
  }

  /**
   * A scan only reads: every file of the project's corpus (office files, mail archives, PDF,
   * HTML, a broken one) keeps its bytes and its modification time, whatever the parsers do
   * with them in the extraction processes.
   */
  @Test
  void aScanChangesNoFileNorItsModificationTime() throws Exception {
    Path corpus = Path.of(System.getProperty("shirabe.root", ".."), "test-corpus");
    Path share = Files.createDirectories(dir.resolve("share"));
    java.util.Map<Path, String> before = new java.util.HashMap<>();
    try (var files = Files.walk(corpus)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path copy = share.resolve(corpus.relativize(f).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(f, copy);
        // An old time, so that a write today could not go unnoticed.
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        before.put(copy, state(copy));
      }
    }
    assertTrue(before.size() > 20, "files: " + before.size());
    assertEquals(1, run("scan", share.toString(), "--format", "jsonl",
        "--output", dir.resolve("out.jsonl").toString(), "--index", dir.resolve("inv").toString(),
        "--key-file", dir.resolve("key").toString()));
    for (var e : before.entrySet()) {
      assertEquals(e.getValue(), state(e.getKey()), e.getKey().toString());
    }
  }

  private static String state(Path file) throws Exception {
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    return java.util.HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(file).toMillis();
  }

  /** The early extraction process gets as many parsing threads as the scan will want. */
  @Test
  void theEarlyProcessReadsTheThreadsFromTheCommandLine() {
    assertEquals(1, ScanCommand.threads(new String[] {"scan", "--threads", "1", "x"}));
    assertEquals(3, ScanCommand.threads(new String[] {"scan", "--threads=3", "x"}));
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(cores, ScanCommand.threads(new String[] {"scan", "x"}));
    assertEquals(cores, ScanCommand.threads(new String[] {"scan", "--threads", "many"}));
  }
}
