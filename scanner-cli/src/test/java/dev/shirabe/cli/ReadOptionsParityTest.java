package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.scan.ReadOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code scan}'s options that choose which files are read and how all land in {@link
 * ReadOptions}, the record the Spark job takes too (scanner-spark's SparkOptionsTest checks that
 * shirabe-spark accepts each of its options with the same meaning): a new scan option is either
 * one of them or named below as one that changes nothing of what is read or found.
 */
class ReadOptionsParityTest {

  /** Every field set to something other than its default. */
  static final ReadOptions EVERY_OPTION = new ReadOptions(List.of("*.csv", "hr/**"),
      List.of("tmp"), 5L << 20, 3, 7, 1L << 20, 2L << 20, "/opt/tesseract", 9, true, List.of());

  /**
   * Options of {@code scan} outside ReadOptions that shirabe-spark has too, with the same
   * meaning (the inventory, the policy, the exit code).
   */
  static final Set<String> SHARED_OUTSIDE = Set.of("--index", "--key-file", "--full",
      "--store-excerpts", "--policy", "--fail-on-unread");

  /** Options of {@code scan} that change nothing of what is read or found. */
  static final Set<String> NOT_READING = Set.of("--format", "--output", "--reveal", "--no-index",
      "--progress", "--threads", "--help", "--version");

  private static ScanCommand parse(List<String> args) {
    CommandLine cli = Main.commandLine();
    List<String> all = new ArrayList<>(List.of("scan"));
    all.addAll(args);
    all.add("/nowhere");
    cli.parseArgs(all.toArray(String[]::new));
    return cli.getSubcommands().get("scan").getCommand();
  }

  @Test
  void theReadOptionsGivenAsArgumentsAreTheReadOptionsScanMakes() {
    ReadOptions made = parse(EVERY_OPTION.arguments()).source.readOptions();
    assertEquals(EVERY_OPTION, made.withExtractJvmOptions(List.of()));
    assertEquals(ReadOptions.DEFAULTS,
        parse(List.of()).source.readOptions().withExtractJvmOptions(List.of()));
  }

  @Test
  void everyScanOptionIsAReadOptionOrNamedAsSharedOrNotReading() {
    Set<String> reading = new TreeSet<>();
    for (String arg : EVERY_OPTION.arguments()) {
      if (arg.startsWith("--")) {
        reading.add(arg);
      }
    }
    Set<String> unaccounted = new TreeSet<>();
    for (OptionSpec option : Main.commandLine().getSubcommands().get("scan").getCommandSpec()
        .options()) {
      String name = option.longestName();
      if (!reading.contains(name) && !SHARED_OUTSIDE.contains(name)
          && !NOT_READING.contains(name)) {
        unaccounted.add(name);
      }
    }
    assertEquals(Set.of(), unaccounted, "scan options neither in ReadOptions (and so in"
        + " shirabe-spark) nor named as not changing what is read");
    assertTrue(reading.containsAll(List.of("--timeout", "--max-depth", "--ocr-timeout",
        "--tesseract", "--in-process")), reading.toString());
  }
}
