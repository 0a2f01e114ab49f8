package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

  @Mixin KeptInventory inventory;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, jsonl, csv or html (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Mixin OutputFile output;

  @Mixin LabelPolicy policy;

  /** What the inventory holds under the paths, with the policy's labels; exits 2 without one. */
  Holdings holdings(CommandSpec spec) throws IOException {
    Policy chosen = policy.load(spec);
    try (InventorySearcher inventory = this.inventory.open()) {
      return Holdings.read(inventory, paths, chosen);
    }
  }

  /** Writes one report in the chosen format, in the local time zone. */
  @FunctionalInterface
  interface Report {
    void write(ReportFormat format, OutputStream out, ZoneId zone) throws IOException;
  }

  /**
   * Writes the report to the output (the file, created owner-only, or standard output).
   *
   * @return the exit code: {@link Main#FOUND} when the report has rows, else {@link
   *     Main#NOTHING_FOUND}
   */
  int write(Report report, boolean empty) throws IOException {
    try (OutputStream out = output.open()) {
      report.write(format, out, ZoneId.systemDefault());
    }
    return empty ? Main.NOTHING_FOUND : Main.FOUND;
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter extends FormatNames<ReportFormat> {
    FormatConverter() {
      super(ReportFormat.class);
    }
  }
}
