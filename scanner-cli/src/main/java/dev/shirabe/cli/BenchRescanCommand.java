package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.bench.RescanBenchmark;
import dev.shirabe.pipeline.PeakHeap;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.report.TerminalText;
import dev.shirabe.bench.ReportBenchmark;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shirabe bench rescan}: an unchanged rescan as a fraction of the first scan. */
@Command(
    name = "rescan",
    mixinStandardHelpOptions = true,
    description = {
      "Measures an incremental rescan: generates a tree of --files small files in a temporary"
          + " folder, scans it into a temporary inventory, scans it again unchanged, and prints"
          + " both times and their ratio. Takes no PATH.",
      "With --report: the cost of the ledger and no-purpose reports over that inventory too.",
    },
    sortOptions = false)
final class BenchRescanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--files", paramLabel = "N", defaultValue = "10000",
      description = "Files in the generated tree (default: ${DEFAULT-VALUE}).")
  int files;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1",
      description = "People (name, mail, phone) in each of the tree's files that hold personal"
          + " data, one in five (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--report",
      description = "Then time report ledger and report unpurposed over the inventory, reading"
          + " it and writing each format (wall and CPU, one thread, median of --rounds).")
  boolean report;

  @Mixin BenchRuns runs;

  @Mixin SourceOptions source;

  @Override
  public Integer call() throws Exception {
    if (files < 1 || rows < 1) {
      throw new ParameterException(spec.commandLine(), "--files and --rows must be at least 1");
    }
    DetectorSet detectors = runs.detectors(spec);
    ScanOptions options = source.scanOptions();
    ReportBenchmark.Result[] reports = new ReportBenchmark.Result[1];
    RescanBenchmark.Result r;
    Policy chosen = runs.policy.policy(spec);
    try (PolicyClassifier policyClassifier = runs.noClassify ? null : new PolicyClassifier(chosen)) {
      ReportBenchmark reportBench = new ReportBenchmark(chosen, runs.rounds);
      r = new RescanBenchmark(files, rows, options, detectors, BenchRuns.orNone(policyClassifier))
          .run(index -> {
            if (report) {
              reports[0] = reportBench.run(index);
            }
          });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d files (%.2f MB), %d threads, %d findings%s%n", r.files(),
        r.bytes() / 1048576.0, options.threads(), r.first().findings(),
        runs.noClassify ? ", not classified" : ", classified");
    out.printf(Locale.ROOT, "first scan:     %8.2f s  %9.1f files/s  %8.2f s CPU%n",
        r.firstSeconds(), r.files() / r.firstSeconds(), r.firstCpuNanos() / 1e9);
    out.printf(Locale.ROOT, "unchanged scan: %8.2f s  %9.1f files/s  %8.2f s CPU%n",
        r.rescanSeconds(), r.files() / r.rescanSeconds(), r.rescanCpuNanos() / 1e9);
    out.printf(Locale.ROOT, "rescan / first: %.3f (%.1f %%) in time, %.3f (%.1f %%) in CPU%n",
        r.ratio(), 100 * r.ratio(), r.cpuRatio(), 100 * r.cpuRatio());
    out.printf(Locale.ROOT, "unchanged scan, stored findings read (as a report prints them):%n"
        + "                %8.2f s  %9.1f files/s  %8.2f s CPU%n",
        r.printedSeconds(), r.files() / r.printedSeconds(), r.printedCpuNanos() / 1e9);
    out.printf(Locale.ROOT, "that / first:   %.3f (%.1f %%) in time, %.3f (%.1f %%) in CPU%n",
        r.printedRatio(), 100 * r.printedRatio(), r.printedCpuRatio(), 100 * r.printedCpuRatio());
    if (reports[0] != null) {
      ReportBenchmark.Result rep = reports[0];
      out.printf(Locale.ROOT, "reports over the inventory (%d findings; ledger %d rows, unpurposed"
          + " %d rows), one thread, median of %d rounds (the thread's CPU in the first round in"
          + " brackets):%n",
          rep.findings(), rep.ledgerRows(), rep.unpurposedRows(), runs.rounds);
      for (ReportBenchmark.Step step : rep.steps()) {
        out.printf(Locale.ROOT, "  %s%8.1f ms  %8.1f ms CPU (%.1f)  %8.1f ms process CPU"
            + "  %9d bytes%n", TerminalText.pad(step.what(), 18), step.wallMillis(), step.cpuMillis(),
            step.firstCpuMillis(), step.processCpuMillis(), step.bytes());
      }
    }
    BenchCommand.printHeap(out, PeakHeap.megabytes());
    out.flush();
    return Main.NOTHING_FOUND;
  }
}
