package dev.shirabe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --index DIR} for the commands that read the inventory scans keep (subject, report):
 * the same default as scan, and never created: a missing inventory is an error, not an empty
 * answer.
 */
final class KeptInventory {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The inventory that scans kept. Default: as for scan ($SHIRABE_INVENTORY,"
          + " else $${XDG_DATA_HOME:-~/.local/share}/shirabe/inventory).")
  Path index;

  /** Overrides the environment (tests); null reads the process's. */
  Map<String, String> environment;

  Map<String, String> env() {
    return environment != null ? environment : System.getenv();
  }

  /** The inventory's folder; exits 2 when there is none there. */
  Path folder(CommandSpec spec) {
    Path folder = index != null ? index : InventoryOptions.defaultIndex(env());
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "No inventory in " + folder + ": run"
          + " 'shirabe scan PATH" + (index == null ? "" : " --index " + folder) + "' first"
          + (index == null ? ", or give --index DIR" : "") + ".");
    }
    return folder;
  }
}
