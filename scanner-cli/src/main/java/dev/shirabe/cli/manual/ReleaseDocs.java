package dev.shirabe.cli.manual;

import dev.shirabe.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Writes the release archive's shell completion ({@code completion/shirabe.bash}, picocli's
 * AutoComplete) and man pages ({@code man/man1/*.1}) into a folder. Run by the build at
 * {@code package} (scanner-cli/pom.xml, execution {@code release-docs}).
 */
public final class ReleaseDocs {

  private ReleaseDocs() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReleaseDocs OUTPUT-FOLDER");
      System.exit(2);
    }
    write(Path.of(args[0]));
  }

  /** Writes both into {@code folder}, replacing what an earlier build left. */
  public static void write(Path folder) throws IOException {
    CommandLine cli = Main.commandLine();
    Path completion = Files.createDirectories(folder.resolve("completion"));
    Files.writeString(completion.resolve("shirabe.bash"),
        AutoComplete.bash(cli.getCommandName(), cli), StandardCharsets.UTF_8);
    Path man = Files.createDirectories(folder.resolve("man").resolve("man1"));
    String version = cli.getCommandSpec().version().length == 0
        ? "shirabe" : versionHeader(cli.getCommandSpec().version()[0]);
    for (CommandSpec spec : withSubcommands(cli.getCommandSpec())) {
      Files.writeString(man.resolve(ManPage.fileName(spec)), ManPage.render(spec, version),
          StandardCharsets.UTF_8);
    }
  }

  /** "shirabe 0.1.0 (commit …)" to "shirabe 0.1.0": the man page header's short form. */
  private static String versionHeader(String line) {
    int paren = line.indexOf(" (");
    return paren < 0 ? line : line.substring(0, paren);
  }

  /** The command and every command under it, each once (aliases share a spec). */
  static List<CommandSpec> withSubcommands(CommandSpec root) {
    List<CommandSpec> all = new ArrayList<>();
    all.add(root);
    for (CommandSpec sub : subcommands(root)) {
      all.addAll(withSubcommands(sub));
    }
    return all;
  }

  /** The documented sub-commands: not hidden, not picocli's {@code help}. */
  static List<CommandSpec> subcommands(CommandSpec spec) {
    Set<CommandSpec> subs = new LinkedHashSet<>();
    for (CommandLine sub : spec.subcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      if (!s.usageMessage().hidden() && !s.helpCommand()) {
        subs.add(s);
      }
    }
    return new ArrayList<>(subs);
  }
}
