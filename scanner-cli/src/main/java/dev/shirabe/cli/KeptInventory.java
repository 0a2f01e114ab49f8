package dev.shirabe.cli;

import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.UnusableInventoryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --index DIR} for the commands that read the inventory scans keep (subject, report):
 * the same default as scan, and never created. A folder with no usable inventory in it
 * (missing, empty, other files, half-written, damaged, never scanned) or one written with
 * another key is an error that says which (exit 2), never an empty answer.
 */
final class KeptInventory {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The inventory that scans kept. Default: as for scan ($SHIRABE_INVENTORY,"
          + " else $${XDG_DATA_HOME:-~/.local/share}/shirabe/inventory). A folder that holds"
          + " no inventory a scan finished, or one written with another key, exits 2.")
  Path index;

  /** Overrides the environment (tests); null reads the process's. */
  Map<String, String> environment;

  Map<String, String> env() {
    return environment != null ? environment : System.getenv();
  }

  /** The inventory's folder: {@code --index}, else the default. */
  Path folder() {
    return index != null ? index : InventoryOptions.defaultIndex(env());
  }

  /** The inventory, for reports (which need no key). */
  InventorySearcher open() throws IOException {
    return open(null);
  }

  /**
   * The inventory, for lookups of hashes made with {@code hasher}'s key (checked against the
   * one it records); any key when null.
   */
  InventorySearcher open(KeyedHasher hasher) throws IOException {
    Path folder = folder();
    try {
      return hasher == null ? InventorySearcher.open(folder) : InventorySearcher.open(folder, hasher);
    } catch (UnusableInventoryException e) {
      String scan = "'shirabe scan PATH" + (index == null ? "" : " --index " + folder) + "'";
      throw new UnusableInventory(switch (e.reason()) {
        case MISSING -> "No inventory in " + folder + ": run " + scan + " first"
            + (index == null ? ", or give --index DIR." : ".");
        case EMPTY, NEVER_SCANNED -> e.getMessage() + " Run " + scan + " first.";
        default -> e.getMessage();
      }, e);
    }
  }

  /** An inventory that cannot be used, with what to do about it. */
  static final class UnusableInventory extends IOException {
    UnusableInventory(String message, UnusableInventoryException cause) {
      super(message, cause);
    }
  }
}
