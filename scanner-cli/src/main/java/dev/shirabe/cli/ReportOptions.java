package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the reports read (the inventory, which part of it, the policy) and how they write. */
final class ReportOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Report only on files at or under these paths (default: all the inventory"
          + " holds). They need not exist any more.")
  List<Path> paths = List.of();

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The inventory that scans kept. Default: $SHIRABE_INVENTORY, else"
          + " $${XDG_DATA_HOME:-~/.local/share}/shirabe/inventory (as for scan).")
  Path index;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, jsonl, csv or html (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (created readable by you only) instead of the"
          + " terminal.")
  Path output;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The policy whose category and purpose labels to show (the one the scans"
          + " used; default: the built-in policy).")
  Path policy;

  /** Overrides the environment (tests); null reads the process's. */
  Map<String, String> environment;

  /**
   * What the inventory holds under the paths, with the policy's labels.
   *
   * @throws IOException when there is no inventory (nothing was scanned, or a wrong --index)
   */
  Holdings holdings(CommandSpec spec) throws IOException {
    Policy chosen = PolicyOptions.load(spec, policy);
    Path folder = index != null
        ? index
        : InventoryOptions.defaultIndex(environment != null ? environment : System.getenv());
    if (!Files.isDirectory(folder)) {
      throw new IOException("no inventory in " + folder + ": run shirabe scan first"
          + (index == null ? ", or give --index DIR" : ""));
    }
    try (InventorySearcher inventory = InventorySearcher.open(folder)) {
      return Holdings.read(inventory, paths, chosen);
    }
  }

  /** Where the report goes: the file, created owner-only, or standard output. */
  OutputStream open() throws IOException {
    return OutputOptions.open(output);
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format; use table, jsonl, csv or html");
      }
    }
  }
}
