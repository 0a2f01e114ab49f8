package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir static Path dir;

  static Path inventory;

  private StringWriter err = new StringWriter();

  private int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  @BeforeAll
  static void scan() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.createDirectories(share.resolve("総務"));
    Files.writeString(share.resolve("総務/株主名簿.csv"),
        "氏名,電話番号\n山田 太郎,03-5555-0101\n佐藤 花子,06-5555-0102\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("メモ.txt"), "連絡先 tanaka@example.com\n",
        StandardCharsets.UTF_8);
    inventory = dir.resolve("inventory");
    assertEquals(1, Cli.run(new StringWriter(), "scan", share.toString(),
        "--index", inventory.toString(), "--key-file", dir.resolve("key").toString(),
        "--format", "jsonl", "--output", dir.resolve("scan.jsonl").toString()));
  }

  @Test
  void theLedgerAsAnHtmlFileReadableByItsOwnerOnly() throws Exception {
    Path html = dir.resolve("ledger.html");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--format", "html",
        "--output", html.toString()), err::toString);
    String page = Files.readString(html);
    assertTrue(page.contains("<title>個人情報管理台帳 / Personal-information ledger</title>"));
    // The row by its category's label (the id is the CSV's).
    assertTrue(page.contains(">株主 / Shareholders<"), "the register's row");
    assertFalse(page.contains("山田") || page.contains("tanaka@"), "no value found");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(html)));
  }

  @Test
  void unpurposedAsCsvListsTheMemoOnly() throws Exception {
    Path csv = dir.resolve("unpurposed.csv");
    assertEquals(1, run("report", "unpurposed", "--index", inventory.toString(), "--format",
        "CSV", "-o", csv.toString()), err::toString);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), lines::toString);
    assertTrue(lines.get(0).startsWith("\uFEFFファイル (File),箇所 (Part),"), lines.get(0));
    assertTrue(lines.get(1).contains("メモ.txt,,EMAIL 1,1,1,"), lines.get(1));
  }

  @Test
  void pathsWithNothingUnpurposedUnderThemExitZero() {
    assertEquals(0, run("report", "unpurposed", dir.resolve("share/総務").toString(),
        "--index", inventory.toString(), "-o", dir.resolve("none.txt").toString()),
        err::toString);
  }

  @Test
  void anInventoryThatCannotBeReadIsAnErrorSayingWhyNotAnEmptyReport() throws Exception {
    for (var broken : BrokenInventories.make(dir.resolve("broken"), inventory, dir.resolve("key"))
        .entrySet()) {
      for (String report : List.of("ledger", "unpurposed", "unread")) {
        assertEquals(2, run("report", report, "--index", broken.getKey().toString(),
            "-o", dir.resolve("broken.txt").toString()), broken::toString);
        assertTrue(err.toString().contains(broken.getValue()), () -> broken + ": " + err);
      }
    }
    assertFalse(Files.exists(dir.resolve("broken.txt")), "no report of nothing held");
  }

  @Test
  void noInventoryWrongFormatOrNoReportIsAnErrorWithItsReason() {
    assertEquals(2, run("report", "ledger", "--index", dir.resolve("nothing").toString()));
    assertTrue(err.toString().contains("No inventory in " + dir.resolve("nothing")
        + ": run 'shirabe scan PATH --index " + dir.resolve("nothing") + "' first."), err::toString);
    assertEquals(2, run("report", "ledger", "--index", inventory.toString(), "--format", "pdf"));
    assertTrue(err.toString().contains("'pdf' is not a format; use table, jsonl, csv or html"),
        err::toString);
    assertEquals(2, run("report"));
    assertTrue(err.toString().contains("Missing a report: unpurposed, ledger, retention or unread."),
        err::toString);
    assertEquals(2, run("report", "ledger", "--index", inventory.toString(), "--policy",
        dir.resolve("no.policy").toString()));
    assertTrue(err.toString().contains("--policy: no such file"), err::toString);
  }

  /** A docx that is nothing but the start of a zip: no parser can read it. */
  private static final byte[] BROKEN_DOCX = {'P', 'K', 3, 4, 1, 2, 3};

  /** Scans a folder with a good file, a broken docx and a zip holding one; returns the index. */
  private static Path scanWithUnreadFiles(Path share) throws Exception {
    Files.createDirectories(share.resolve("人事"));
    Files.writeString(share.resolve("memo.txt"), "連絡先 tanaka@example.com\n",
        StandardCharsets.UTF_8);
    Files.write(share.resolve("人事/broken.docx"), BROKEN_DOCX);
    Files.write(share.resolve("人事/z\u001b]0;owned\u0007.docx"), BROKEN_DOCX);
    try (ZipOutputStream zip = new ZipOutputStream(
        Files.newOutputStream(share.resolve("bundle.zip")))) {
      zip.putNextEntry(new ZipEntry("good.txt"));
      zip.write("電話 03-5555-0101\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("inner/broken.docx"));
      zip.write(BROKEN_DOCX);
      zip.closeEntry();
    }
    Path index = share.resolveSibling(share.getFileName() + "-inventory");
    Cli.run(new StringWriter(), "scan", share.toString(), "--index", index.toString(),
        "--key-file", dir.resolve("key").toString(), "--format", "jsonl",
        "--output", share.resolveSibling(share.getFileName() + "-scan.jsonl").toString());
    return index;
  }

  @Test
  void unreadListsTheFailedFileAndTheUnreadPartWithTheirReasons() throws Exception {
    Path share = dir.resolve("unread-share");
    Path index = scanWithUnreadFiles(share);
    String broken = share.resolve("人事/broken.docx").toString();
    String bundle = share.resolve("bundle.zip").toString();

    Path jsonl = dir.resolve("unread.jsonl");
    assertEquals(1, run("report", "unread", "--index", index.toString(), "--format", "jsonl",
        "-o", jsonl.toString()), err::toString);
    List<String> rows = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertEquals(3, rows.size(), rows::toString);
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var failed = json.readTree(rows.get(0));
    assertEquals("failed", failed.get("status").asText(), rows::toString);
    assertEquals(broken, failed.get("file").asText());
    assertEquals("", failed.get("part").asText());
    assertFalse(failed.get("reason").asText().isBlank(), rows::toString);
    assertTrue(failed.hasNonNull("last_scanned"), rows::toString);
    assertEquals("failed", json.readTree(rows.get(1)).get("status").asText(), "failed first");
    assertTrue(json.readTree(rows.get(1)).get("file").asText()
        .endsWith("z\u001b]0;owned\u0007.docx"), "JSON keeps the name (escaped by JSON itself)");
    var partial = json.readTree(rows.get(2));
    assertEquals("partial", partial.get("status").asText(), rows::toString);
    assertEquals(bundle, partial.get("file").asText());
    assertTrue(partial.get("part").asText().contains("inner/broken.docx"), rows::toString);
    assertFalse(partial.get("reason").asText().isBlank(), rows::toString);

    Path csv = dir.resolve("unread.csv");
    assertEquals(1, run("report", "unread", "--index", index.toString(), "--format", "csv",
        "-o", csv.toString()), err::toString);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals("\uFEFF状態 (Status),ファイル (File),箇所 (Part),理由 (Reason),"
        + "最終確認 (Last scanned)", lines.get(0));
    assertEquals(4, lines.size(), lines::toString);
    assertTrue(lines.get(1).startsWith("failed," + broken + ",,"), lines::toString);
    assertTrue(lines.get(1).contains(failed.get("reason").asText()), lines::toString);
    assertTrue(lines.get(2).startsWith(
        "failed," + share.resolve("人事/z\\x1b]0;owned\\x07.docx")), lines::toString);
    assertTrue(lines.get(3).startsWith("partial," + bundle + ","), lines::toString);

    Path table = dir.resolve("unread.txt");
    assertEquals(1, run("report", "unread", "--index", index.toString(), "-o",
        table.toString()), err::toString);
    String text = Files.readString(table);
    for (var row : List.of(failed, partial)) {
      // The reason is the table's last column, never cut.
      assertTrue(text.contains(row.get("reason").asText()), text);
    }
    assertTrue(text.contains("broken.docx") && text.contains("bundle.zip"), text);
    assertFalse(text.contains("memo.txt"), "a file read whole is not listed");
    assertTrue(text.contains("Files not read whole: 3"), text);
    assertFalse(text.contains("\u001b") || text.contains("\u0007"), "control characters escaped");
    assertTrue(text.contains("Files in the inventory: 4"), text);

    Path html = dir.resolve("unread.html");
    assertEquals(1, run("report", "unread", "--index", index.toString(), "--format", "html",
        "-o", html.toString()), err::toString);
    String page = Files.readString(html);
    assertTrue(page.contains("<title>読めなかった箇所 / What could not be read</title>"), page);
    assertTrue(page.contains("inner/broken.docx"), page);
    assertFalse(page.contains("\u001b") || page.contains("\u0007"), "control characters escaped");

    // Asked about a folder where every file was read whole.
    assertEquals(0, run("report", "unread", share.resolve("memo.txt").toString(), "--index",
        index.toString(), "--format", "jsonl", "-o", dir.resolve("none.jsonl").toString()),
        err::toString);
    assertEquals(0, Files.size(dir.resolve("none.jsonl")));
  }

  @Test
  void unreadOfAnInventoryWhoseFilesWereAllReadExitsZero() throws Exception {
    assertEquals(0, run("report", "unread", "--index", inventory.toString(), "-o",
        dir.resolve("clean.txt").toString()), err::toString);
    assertTrue(Files.readString(dir.resolve("clean.txt")).contains("Files not read whole: 0"));
  }

  @Test
  void unreadListsTheLinksAndPipesTheScanSkipped() throws Exception {
    Path share = Files.createDirectories(dir.resolve("skipped-share"));
    Files.writeString(share.resolve("memo.txt"), "連絡先 tanaka@example.com\n",
        StandardCharsets.UTF_8);
    Files.createSymbolicLink(share.resolve("link.txt"), share.resolve("memo.txt"));
    Process mkfifo = new ProcessBuilder("mkfifo", share.resolve("pipe").toString())
        .inheritIO().start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo");
    Path index = dir.resolve("skipped-inventory");
    Cli.run(new StringWriter(), "scan", share.toString(), "--index", index.toString(),
        "--key-file", dir.resolve("key").toString(), "--format", "jsonl",
        "--output", dir.resolve("skipped-scan.jsonl").toString());

    Path csv = dir.resolve("skipped.csv");
    // Listed, but left out on purpose: every file was read, so the code is 0.
    assertEquals(0, run("report", "unread", "--index", index.toString(), "--format", "csv",
        "-o", csv.toString()), err::toString);
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    assertEquals(3, lines.size(), lines::toString);
    assertTrue(lines.get(1).startsWith("skipped," + share.resolve("link.txt")
        + ",,\"symbolic link, not followed\","), lines::toString);
    assertTrue(lines.get(2).startsWith("skipped," + share.resolve("pipe")
        + ",,a named pipe (FIFO); not read,"), lines::toString);

    Path jsonl = dir.resolve("skipped.jsonl");
    assertEquals(0, run("report", "unread", "--index", index.toString(), "--format", "jsonl",
        "-o", jsonl.toString()), err::toString);
    String rows = Files.readString(jsonl);
    assertTrue(rows.contains("{\"status\":\"skipped\",\"file\":\"" + share.resolve("pipe")
        + "\",\"part\":\"\",\"reason\":\"a named pipe (FIFO); not read\""), rows);

    Path table = dir.resolve("skipped.txt");
    assertEquals(0, run("report", "unread", "--index", index.toString(), "-o",
        table.toString()), err::toString);
    String text = Files.readString(table);
    assertTrue(text.contains("Paths not read on purpose: 2"), text);
    assertTrue(text.contains("Files not read whole: 0"), text);
    assertTrue(text.contains("symbolic link, not followed"), text);
  }
}
