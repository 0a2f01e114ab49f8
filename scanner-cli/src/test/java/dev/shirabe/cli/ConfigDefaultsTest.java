package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.report.OutputFormat;
import dev.shirabe.report.ledger.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigDefaultsTest {

  @TempDir Path dir;

  private CommandLine parsed(Map<String, String> env, String... args) {
    CommandLine cli = Main.commandLine(env);
    cli.parseArgs(args);
    return cli;
  }

  private static <T> T command(CommandLine cli, String... names) {
    CommandLine c = cli;
    for (String name : names) {
      c = c.getSubcommands().get(name);
    }
    return c.getCommand();
  }

  @Test
  void optionDefaultsComeFromTheConfigFileAndTheCommandLineWins() throws Exception {
    Path config = Files.createDirectories(dir.resolve("config/shirabe"))
        .resolve("shirabe.properties");
    Files.writeString(config, String.join("\n",
        "# defaults for every command that has the option, or for one command",
        "threads=3",
        "format=csv",
        "shirabe.report.ledger.format=html",
        "index=" + dir.resolve("共有/inventory"),
        "reveal=true",
        "store-excerpts=true",
        ""), StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString());

    ScanCommand scan = command(parsed(env, "scan", "x"), "scan");
    assertEquals(3, scan.source.threads);
    assertEquals(OutputFormat.CSV, scan.output.format);
    assertEquals(dir.resolve("共有/inventory"), scan.inventory.index);
    // Raw values only when asked for on the command line.
    assertFalse(scan.output.reveal);
    assertFalse(scan.inventory.storeExcerpts);

    ScanCommand given = command(parsed(env, "scan", "--threads", "1", "--format", "jsonl", "x"),
        "scan");
    assertEquals(1, given.source.threads);
    assertEquals(OutputFormat.JSONL, given.output.format);

    ReportCommand.LedgerReport ledger = command(parsed(env, "report", "ledger"), "report",
        "ledger");
    assertEquals(ReportFormat.HTML, ledger.report.format);

    // $SHIRABE_CONFIG names another file.
    Path other = dir.resolve("other.properties");
    Files.writeString(other, "threads=5\n");
    ScanCommand named = command(parsed(Map.of(ConfigDefaults.VARIABLE, other.toString()),
        "scan", "x"), "scan");
    assertEquals(5, named.source.threads);
  }

  @Test
  void noFileMeansTheBuiltInDefaultsAndAMissingNamedFileIsAnError() {
    Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
    ScanCommand scan = command(parsed(env, "scan", "x"), "scan");
    assertEquals(null, scan.source.threads);
    assertEquals(OutputFormat.TABLE, scan.output.format);

    IllegalStateException e = assertThrows(IllegalStateException.class, () ->
        Main.commandLine(Map.of(ConfigDefaults.VARIABLE, dir.resolve("none").toString())));
    assertTrue(e.getMessage().contains("cannot read the config file"), e::getMessage);
  }

  @Test
  void theHelpShowsTheDefaultFromTheFile() throws Exception {
    Path config = dir.resolve("shirabe.properties");
    Files.writeString(config, "format=json\n");
    CommandLine cli = Main.commandLine(Map.of(ConfigDefaults.VARIABLE, config.toString()));
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute("scan", "--help"));
    assertTrue(out.toString().contains("(default: json)"), out::toString);
  }
}
