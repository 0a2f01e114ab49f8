package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run's command line holds only the sub-command its first argument names (picocli reads the
 * annotations of each command added, a cost of every start), and behaves as the whole one.
 */
class MainCommandsTest {

  private static final List<String> COMMANDS =
      List.of("scan", "subject", "report", "serve", "eval", "bench", "help");

  @Test
  void aRunNamingASubCommandHasOnlyThatOne() {
    for (String name : COMMANDS.subList(0, 6)) {
      assertEquals(Set.of(name),
          Main.forArguments(Map.of(), name, "--help").getSubcommands().keySet(), name);
    }
  }

  @Test
  void helpATypoOrNothingHasThemAll() {
    for (String[] args : List.of(new String[] {"help", "scan"}, new String[] {"scna"},
        new String[] {"--version"}, new String[0])) {
      assertEquals(COMMANDS, List.copyOf(Main.forArguments(Map.of(), args).getSubcommands().keySet()));
    }
    assertEquals(COMMANDS, List.copyOf(Main.commandLine(Map.of()).getSubcommands().keySet()));
  }

  @Test
  void eachSubCommandsHelpAndUsageErrorsAreTheWholeCommandLines() {
    for (String name : COMMANDS.subList(0, 6)) {
      for (String[] args : List.of(new String[] {name, "--help"}, new String[] {name, "--no-such-option"})) {
        assertEquals(run(Main.commandLine(Map.of()), args), run(Main.forArguments(Map.of(), args), args),
            String.join(" ", args));
      }
    }
    assertEquals(run(Main.commandLine(Map.of()), "scna"), run(Main.forArguments(Map.of(), "scna"), "scna"));
  }

  private static String run(CommandLine cli, String... args) {
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    int code = cli.execute(args);
    return code + "\n" + out;
  }
}
