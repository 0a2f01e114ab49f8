package dev.shirabe.cli;

import dev.shirabe.inventory.KeyedHasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --key-file} of the commands that look values up in a kept inventory ({@code subject},
 * {@code serve}): the key must already exist. A new one would make every lookup miss and say
 * that nothing is held.
 */
final class KeyFileOption {

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "The key the inventory was written with. Default: as for scan"
          + " ($SHIRABE_KEY_FILE, else $${XDG_CONFIG_HOME:-~/.config}/shirabe/inventory.key).")
  Path keyFile;

  /** The key, read; a usage error (exit 2) when there is no key file or it cannot be read. */
  KeyedHasher load(CommandSpec spec, Map<String, String> env) {
    Path key = keyFile != null ? keyFile : InventoryOptions.defaultKeyFile(env);
    if (!Files.isRegularFile(key)) {
      throw new ParameterException(spec.commandLine(), "No key file at " + key
          + ": give the --key-file the inventory was written with.");
    }
    try {
      return KeyedHasher.load(key);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
