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
    assertTrue(page.contains(">shareholder<"), "the register's row");
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
      for (String report : List.of("ledger", "unpurposed")) {
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
    assertTrue(err.toString().contains("Missing a report: unpurposed or ledger."), err::toString);
    assertEquals(2, run("report", "ledger", "--index", inventory.toString(), "--policy",
        dir.resolve("no.policy").toString()));
    assertTrue(err.toString().contains("--policy: no such file"), err::toString);
  }
}
