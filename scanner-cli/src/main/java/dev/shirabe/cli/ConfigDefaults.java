package dev.shirabe.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Option defaults from a properties file (picocli's {@link CommandLine.PropertiesDefaultProvider}):
 * {@code $SHIRABE_CONFIG}, else {@code ${XDG_CONFIG_HOME:-~/.config}/shirabe/shirabe.properties}
 * beside the inventory's key. A key is an option's long name without its dashes
 * ({@code threads=2}, for every command that has the option) or that name under the command's
 * ({@code shirabe.report.ledger.format=html}, which wins). The command line wins over both.
 *
 * <p>{@code --reveal} and {@code --store-excerpts} are never taken from the file: a raw value is
 * printed or kept only when the person running the command asks for it there and then.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

  static final String VARIABLE = "SHIRABE_CONFIG";

  /** Options that let raw values out: only ever from the command line. */
  private static final Set<String> COMMAND_LINE_ONLY = Set.of("--reveal", "--store-excerpts");

  private final CommandLine.PropertiesDefaultProvider properties;

  private ConfigDefaults(Properties properties) {
    this.properties = new CommandLine.PropertiesDefaultProvider(properties);
  }

  /**
   * The defaults of the file the environment names; none when the default file does not exist.
   *
   * @throws IllegalStateException when {@code $SHIRABE_CONFIG} names a file that cannot be read
   */
  static ConfigDefaults load(Map<String, String> env) {
    String explicit = env.get(VARIABLE);
    boolean named = explicit != null && !explicit.isBlank();
    Path file = named ? Path.of(explicit) : location(env);
    Properties p = new Properties();
    if (named || Files.isRegularFile(file)) {
      // UTF-8, not the ISO-8859-1 of Properties.load(InputStream): values may be Japanese paths.
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalStateException("cannot read the config file " + file
            + (named ? " ($" + VARIABLE + ")" : "") + ": " + e, e);
      }
    }
    return new ConfigDefaults(p);
  }

  /** The default place of the file: beside the inventory's key. */
  static Path location(Map<String, String> env) {
    return InventoryOptions.defaultConfigFolder(env).resolve("shirabe.properties");
  }

  @Override
  public String defaultValue(ArgSpec arg) throws Exception {
    if (!arg.isOption() || COMMAND_LINE_ONLY.contains(((OptionSpec) arg).longestName())) {
      return null; // paths are always given; raw values are always asked for
    }
    return properties.defaultValue(arg);
  }
}
