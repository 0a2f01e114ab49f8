package dev.shirabe.cli;

import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.PeakHeap;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.bench.ThroughputBenchmark.Result;
import dev.shirabe.bench.ThroughputBenchmark;
import dev.shirabe.report.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe bench throughput PATH...}: scan throughput as a ratio to Tika-only extraction. */
@Command(
    name = "throughput",
    mixinStandardHelpOptions = true,
    description = {
      "Measures files/s and MB/s of a full scan of PATH next to Tika-only extraction of the"
          + " same files, in the same run, with 1 thread and with all cores. The figure to"
          + " watch is the ratio scan/extract (the cost of detection on top of extraction).",
      "Unless --in-process, it also measures what parsing in isolated extraction processes"
          + " costs: extraction alone (isolated/extract) and a whole scan (scan/scan-in, where"
          + " scan-in is the same scan parsing in this process).",
      "Each mode's CPU seconds a round (median) are shown too: this process's and its"
          + " extraction processes' together (cpu s), theirs alone (child s), and the scan's"
          + " analysis threads' (analyse s: detection and classification), and the JIT"
          + " compilers' of all of them (jit s: code not yet compiled, which --warm-up N"
          + " rounds lower; a long scan reaches that steady state).",
      "Nothing is printed about the files' contents.",
    },
    sortOptions = false)
final class BenchThroughputCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to measure.")
  List<Path> paths = new java.util.ArrayList<>();

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "1",
      description = "Warm-up rounds per thread count at least, beyond 3 s (default:"
          + " ${DEFAULT-VALUE}). The isolated extraction warms up on every one of its"
          + " processes (one per thread of the largest count), from the first thread count on.")
  int warmUp;

  @Mixin BenchRuns runs;

  @Mixin SourceOptions source;

  @Override
  public Integer call() throws Exception {
    Arguments.requireExisting(spec, paths);
    if (warmUp < 1) {
      throw new ParameterException(spec.commandLine(), "--warm-up must be at least 1");
    }
    DetectorSet detectors = runs.detectors(spec);
    ScanOptions options = source.scanOptions();
    Set<Integer> threadCounts = new LinkedHashSet<>(
        List.of(1, source.threads != null ? source.threads : Runtime.getRuntime().availableProcessors()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%7s %6s %7s %8s %8s %9s %8s %7s %8s %8s %9s %8s%n",
        TerminalText.pad("mode", 9), "threads", "files", "MB", "parts", "seconds", "files/s",
        "MB/s", "ratio", "cpu s", "child s", "analyse s", "jit s");
    // The isolated extractor keeps one process per thread of the largest count measured.
    int most = threadCounts.stream().max(Integer::compare).orElse(1);
    try (PolicyClassifier policyClassifier = runs.policyClassifier(spec);
        Extractor isolated = source.inProcess ? null
            : source.extractor(options.withThreads(most), spec.commandLine().getErr())) {
      ThroughputBenchmark bench = new ThroughputBenchmark(new TikaExtractor(options.limits()),
          isolated, detectors, BenchRuns.orNone(policyClassifier), options, runs.rounds)
          .warmUpRounds(warmUp).isolatedProcesses(most);
      for (int threads : threadCounts) {
        List<Result> results = bench.compare(paths, threads);
        Result extract = results.get(0);
        for (Result r : results) {
          print(out, r, r.seconds() / extract.seconds());
        }
        if (results.size() == 4) {
          out.printf(Locale.ROOT, "isolation, %d thread(s): extraction %.2fx, scan %.2fx of"
              + " parsing in process%n", threads, results.get(1).seconds() / extract.seconds(),
              results.get(3).seconds() / results.get(2).seconds());
        }
        out.flush();
      }
    }
    BenchCommand.printHeap(out, PeakHeap.megabytes());
    out.printf(Locale.ROOT, "rounds: %d (median shown)%n", runs.rounds);
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private static void print(PrintWriter out, Result r, double ratio) {
    out.printf(Locale.ROOT, "%s%7d %6d %7.2f %8d %8.3f %9.1f %8.2f %7.2f %8.3f %8.3f %9.3f %8.3f%n",
        TerminalText.pad(r.mode(), 9), r.threads(), r.files(), r.bytes() / 1048576.0, r.parts(), r.seconds(),
        r.filesPerSecond(), r.megabytesPerSecond(), ratio, r.cpuSeconds(), r.childCpuSeconds(), r.analyseCpuSeconds(),
        r.compilerCpuSeconds());
  }
}
