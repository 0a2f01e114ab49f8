package dev.shirabe.cli;

import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.bench.DetectionBenchmark;
import dev.shirabe.report.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe bench detection PATH...}: detection alone, next to Kuromoji's tokenization. */
@Command(
    name = "detection",
    mixinStandardHelpOptions = true,
    description = {
      "Measures detection alone, one thread, on the UTF-8 .txt files under PATH: Kuromoji's"
          + " bare tokenization, each detector alone, and all of them as a scan runs them (MB per"
          + " CPU second, and the ratio all/bare, with and without the policy classifier).",
    },
    sortOptions = false)
final class BenchDetectionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Folders (or files) whose .txt files are read.")
  List<Path> paths = new ArrayList<>();

  @Mixin BenchRuns runs;

  @Override
  public Integer call() throws IOException {
    Arguments.requireExisting(spec, paths);
    DetectorSet detectors = runs.detectors(spec);
    List<String> texts = new ArrayList<>();
    for (Path root : paths) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
          texts.add(Files.readString(file));
        }
      }
    }
    List<DetectionBenchmark.Result> results;
    double[] paired;
    try (PolicyClassifier classifier = runs.policyClassifier(spec)) {
      DetectionBenchmark benchmark = new DetectionBenchmark(texts, runs.rounds);
      results = benchmark.run(detectors, classifier);
      paired = benchmark.pairedRatios(detectors);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d texts, %.2f MB of UTF-8; one thread, MB per CPU second,"
        + " median of %d rounds%n", texts.size(), results.get(0).bytes() / 1048576.0, runs.rounds);
    for (DetectionBenchmark.Result r : results) {
      out.printf(Locale.ROOT, "%s%8.2f MB/s%n", TerminalText.pad(r.what(), 31),
          r.megabytesPerSecond());
    }
    double bare = results.get(0).megabytesPerSecond();
    double all = results.stream().filter(r -> r.what().equals(DetectionBenchmark.ALL_DETECTORS))
        .findFirst().orElseThrow().megabytesPerSecond();
    out.printf(Locale.ROOT, "all detectors / bare tokenization, medians apart: %.2f%n",
        all / bare);
    // The figure to watch on Japanese text: it can never reach 1 (detection reads Kuromoji's
    // tokens), and should stay at or above 0.5. Rounds paired, since the medians apart move
    // with the machine's neighbours.
    StringBuilder pairs = new StringBuilder();
    for (double ratio : paired) {
      pairs.append(pairs.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", ratio));
    }
    out.printf(Locale.ROOT, "all detectors / bare tokenization, rounds paired: %.2f (%s)%n",
        DetectionBenchmark.median(paired), pairs);
    if (!runs.noClassify) {
      double classified = results.get(results.size() - 1).megabytesPerSecond();
      out.printf(Locale.ROOT, "with the policy classifier / without: %.2f%n", classified / all);
      out.printf(Locale.ROOT, "all detectors + policy classifier / bare tokenization: %.2f%n",
          classified / bare);
    }
    out.flush();
    return Main.NOTHING_FOUND;
  }
}
