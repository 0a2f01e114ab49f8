package dev.shirabe.cli;

import dev.shirabe.inventory.InventoryBusyException;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.InventoryWriter;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.UnusableInventoryException;
import dev.shirabe.inventory.WrongKeyException;
import dev.shirabe.report.SafeText;
import dev.shirabe.source.FileWalker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the inventory and its key live, and how a scan uses it. The defaults are per user
 * (XDG base directories); {@code SHIRABE_INVENTORY} and {@code SHIRABE_KEY_FILE} override them
 * (for cron jobs, services and tests).
 */
final class InventoryOptions {

  static final String INVENTORY_VARIABLE = "SHIRABE_INVENTORY";
  static final String KEY_FILE_VARIABLE = "SHIRABE_KEY_FILE";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The inventory to keep (created when missing or empty). Default:"
          + " $SHIRABE_INVENTORY, else $${XDG_DATA_HOME:-~/.local/share}/shirabe/inventory. A"
          + " folder of other files, a half-written or damaged inventory, or one written with"
          + " another key exits 2, untouched.")
  Path index;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "The key of the inventory's keyed hashes (created, mode 0600, when missing)."
          + " Default: $SHIRABE_KEY_FILE, else $${XDG_CONFIG_HOME:-~/.config}/shirabe/inventory.key.")
  Path keyFile;

  @Option(
      names = "--no-index",
      description = "A one-off scan: read every file, keep and consult no inventory.")
  boolean noIndex;

  @Option(
      names = "--full",
      description = "Read every file again, changed or not (the inventory is rewritten).")
  boolean full;

  @Option(
      names = "--store-excerpts",
      description = "Keep the raw text around each finding in the inventory. Off by default:"
          + " the inventory then holds no raw value.")
  boolean storeExcerpts;

  /** Overrides the environment (tests); null reads the process's. */
  Map<String, String> environment;

  private Map<String, String> env() {
    return environment != null ? environment : System.getenv();
  }

  /**
   * Whether the scan reads every file again: {@code --full}, or {@code reveal} (raw values are
   * asked for, which the inventory does not keep).
   */
  boolean readsAll(boolean reveal) {
    return full || reveal;
  }

  /**
   * The inventory opened for a scan, or null when the scan keeps none: {@code --no-index}, or
   * the default location cannot be used (a warning says why; an explicit {@code --index} that
   * cannot be used is an error).
   */
  InventorySink open(CommandSpec spec) throws IOException {
    if (noIndex) {
      if (index != null || keyFile != null || full || storeExcerpts) {
        throw new ParameterException(spec.commandLine(),
            "--no-index keeps no inventory: it goes with none of --index, --key-file, --full,"
                + " --store-excerpts");
      }
      return null;
    }
    Path folder = index != null ? index : defaultIndex(env());
    Path key = keyFile != null ? keyFile : defaultKeyFile(env());
    InventorySink.Settings settings =
        InventorySink.Settings.DEFAULTS.withStoreExcerpts(storeExcerpts);
    // Outside the try below: refusals wherever the inventory is, the default place too.
    if (!Files.exists(key) && InventoryWriter.recordsKey(folder)) {
      // A new key would make every hash in the inventory unmatchable.
      throw new IOException("the key file " + key + " is missing, and the inventory " + folder
          + " was written with one: restore it (--key-file), or start a new inventory (--index)");
    }
    try {
      return InventorySink.open(folder, KeyedHasher.load(key), settings);
    } catch (InventoryBusyException | WrongKeyException | UnusableInventoryException e) {
      // Errors wherever the inventory is, the default place too: a scan must not go on without
      // the inventory the user has, nor start a new one over it.
      throw e;
    } catch (IOException e) {
      if (index != null || keyFile != null || env().containsKey(INVENTORY_VARIABLE)) {
        throw new IOException("cannot use the inventory " + folder + " (key " + key + "): "
            + e.getMessage(), e);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println(SafeText.escape("shirabe: warning: no inventory kept, the default " + folder
          + " (key " + key + ") cannot be used: " + FileWalker.reason(e)
          + ". Give --index DIR, or --no-index."));
      return null;
    }
  }

  static Path defaultIndex(Map<String, String> env) {
    String explicit = env.get(INVENTORY_VARIABLE);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return base(env, "XDG_DATA_HOME", ".local/share").resolve("shirabe").resolve("inventory");
  }

  static Path defaultKeyFile(Map<String, String> env) {
    String explicit = env.get(KEY_FILE_VARIABLE);
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    return defaultConfigFolder(env).resolve("inventory.key");
  }

  /** {@code ${XDG_CONFIG_HOME:-~/.config}/shirabe}: the key's and the config file's folder. */
  static Path defaultConfigFolder(Map<String, String> env) {
    return base(env, "XDG_CONFIG_HOME", ".config").resolve("shirabe");
  }

  /** An XDG base directory: the variable when it holds an absolute path, else under home. */
  private static Path base(Map<String, String> env, String variable, String underHome) {
    String value = env.get(variable);
    if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
      return Path.of(value);
    }
    return Path.of(System.getProperty("user.home")).resolve(underHome);
  }
}
