package dev.shirabe.cli.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class ManPageTest {

  @Test
  void textIsEscapedForTroff() {
    assertEquals("\\&.so /etc/passwd", ManPage.text(".so /etc/passwd"));
    assertEquals("a\n\\&'b", ManPage.text("a\n'b"));
    assertEquals("C:\\eUsers \\-\\-index", ManPage.text("C:\\Users --index"));
  }

  @Test
  void aPageHasEveryVisibleOptionAndNoUnfilledVariable() {
    CommandSpec scan = Main.commandLine().getSubcommands().get("scan").getCommandSpec();
    String page = ManPage.render(scan, "shirabe 9.9.9");
    assertTrue(page.startsWith(".TH \"SHIRABE\\-SCAN\" 1 \"\" \"shirabe 9.9.9\""), page);
    for (OptionSpec o : scan.options()) {
      if (!o.hidden()) {
        assertTrue(page.contains("\\fB" + ManPage.text(o.longestName()) + "\\fR"), o.longestName());
      }
    }
    assertTrue(page.contains(".SH ARGUMENTS\n.TP\n\\fIPATH\\fR"), page);
    for (String variable : new String[] {"DEFAULT-VALUE", "COMPLETION-CANDIDATES", "COMMAND-"}) {
      assertFalse(page.contains(ManPage.text(variable)), "picocli's variable left unfilled");
    }
    assertFalse(page.contains("%n"), "a picocli line break left as %n");
    // Every line that starts with a dot is one of the macros the page writes.
    for (String line : page.split("\n")) {
      if (line.startsWith(".")) {
        assertTrue(line.matches("\\.(TH|SH|TP|PP|nf|fi|nh)( .*)?"), line);
      }
    }
  }

  @Test
  void writesAPagePerCommandAndTheBashCompletion(@TempDir Path dir) throws IOException {
    ReleaseDocs.write(dir);
    List<String> pages;
    try (Stream<Path> files = Files.list(dir.resolve("man/man1"))) {
      pages = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    List<String> expected = ReleaseDocs.withSubcommands(Main.commandLine().getCommandSpec())
        .stream().map(ManPage::fileName).sorted().collect(Collectors.toList());
    assertEquals(expected, pages);
    assertTrue(pages.contains("shirabe-report-ledger.1"), pages.toString());
    assertFalse(pages.contains("shirabe-help.1"), pages.toString());
    for (String bench : List.of("throughput", "detection", "lookup", "rescan", "hostile", "ocr")) {
      assertTrue(pages.contains("shirabe-bench-" + bench + ".1"), pages.toString());
    }
    String benchPage = Files.readString(dir.resolve("man/man1/shirabe-bench.1"));
    assertTrue(benchPage.contains(".SH COMMANDS\n.TP\n\\fBthroughput\\fR"), benchPage);
    for (String deprecated : List.of("--detection", "--lookup", "--rescan", "--hostile")) {
      assertFalse(benchPage.contains(ManPage.text(deprecated)), deprecated + " on the page");
    }
    String bash = Files.readString(dir.resolve("completion/shirabe.bash"), StandardCharsets.UTF_8);
    assertTrue(bash.contains("complete -F _complete_shirabe"), bash);
    assertTrue(bash.contains("--key-file"), "scan's options are completed");
    assertTrue(bash.contains("--bomb-size"), "bench hostile's options are completed");
  }
}
