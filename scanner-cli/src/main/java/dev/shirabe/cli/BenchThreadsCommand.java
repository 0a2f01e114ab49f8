package dev.shirabe.cli;

import dev.shirabe.bench.ThreadsBenchmark;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.pipeline.ScanOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe bench threads PATH...}: a whole scan with 1 thread against one with N. */
@Command(
    name = "threads",
    mixinStandardHelpOptions = true,
    description = {
      "Scans PATH as a scan runs (isolated extraction unless --in-process, detection,"
          + " classification, a new inventory each time) with 1 thread and with --threads"
          + " (default: the cores), alternately, after warm-up rounds of both, and prints the"
          + " median wall and CPU time of each and the speed-up (1-thread wall over N-thread"
          + " wall, median of paired rounds).",
      "The speed-up means something on an idle machine only. The CPU time (this process and"
          + " its extraction processes) is not distorted by other load: it shows the work N"
          + " threads add, how many cores one thread already keeps busy, and so the most N"
          + " threads can gain on this machine's cores.",
      "Nothing is printed about the files' contents.",
    },
    sortOptions = false)
final class BenchThreadsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to scan.")
  List<Path> paths = new java.util.ArrayList<>();

  @Option(names = "--warm-up", paramLabel = "N", defaultValue = "1",
      description = "Unmeasured rounds of both configurations first (default: ${DEFAULT-VALUE}):"
          + " every extraction process started and its code compiled.")
  int warmUp;

  @Mixin BenchRuns runs;

  @Mixin SourceOptions source;

  @Override
  public Integer call() throws Exception {
    Arguments.requireExisting(spec, paths);
    DetectorSet detectors = runs.detectors(spec);
    if (warmUp < 0) {
      throw new ParameterException(spec.commandLine(), "--warm-up must be at least 0");
    }
    ScanOptions options = source.scanOptions();
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = source.threads != null ? source.threads : Math.max(2, cores);
    if (threads < 2) {
      throw new ParameterException(spec.commandLine(),
          "--threads must be at least 2 (1 thread is the baseline)");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PolicyClassifier policyClassifier = runs.policyClassifier(spec);
        Extractor extractor =
            source.extractor(options.withThreads(threads), spec.commandLine().getErr())) {
      ThreadsBenchmark.Comparison result = new ThreadsBenchmark(extractor, detectors,
          BenchRuns.orNone(policyClassifier), options, runs.rounds, warmUp)
          .compare(paths, threads);
      ThreadsBenchmark.describe(result, cores).forEach(out::println);
    }
    out.printf(Locale.ROOT, "rounds: %d of each after %d warm-up (median shown); %d cores;"
        + " load average %.1f at the end%n", runs.rounds, warmUp, cores,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return Main.NOTHING_FOUND;
  }
}
