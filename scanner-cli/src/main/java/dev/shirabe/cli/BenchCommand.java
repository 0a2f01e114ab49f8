package dev.shirabe.cli;

import dev.shirabe.classify.Classifier;
import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.inventory.RescanBenchmark;
import dev.shirabe.pipeline.DetectionBenchmark;
import dev.shirabe.pipeline.PeakHeap;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ThroughputBenchmark.Result;
import dev.shirabe.pipeline.ThroughputBenchmark;
import dev.shirabe.report.TerminalText;
import dev.shirabe.report.ledger.ReportBenchmark;
import dev.shirabe.subject.LookupBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
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

/** {@code shirabe bench PATH...}: scan throughput as a ratio to Tika-only extraction. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures files/s and MB/s of a full scan of PATH next to Tika-only extraction of the"
          + " same files, in the same run, with 1 thread and with all cores. The figure to"
          + " watch is the ratio scan/extract (the cost of detection on top of extraction).",
      "Unless --in-process, it also measures what parsing in isolated extraction processes"
          + " costs: extraction alone (isolated/extract) and a whole scan (scan/scan-in, where"
          + " scan-in is the same scan parsing in this process).",
      "Nothing is printed about the files' contents.",
      "With --rescan: the time of an unchanged rescan as a fraction of the first scan; with"
          + " --report too, the cost of the ledger and no-purpose reports over that inventory.",
      "With --lookup: subject lookups on a synthetic inventory (median, p95, heap).",
      "With --hostile: the hostile corpus, scanned by the packaged command as a user would"
          + " (files accounted for, problems by reason, peak RSS and temp space).",
    },
    sortOptions = false)
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to measure (none with --rescan); with --hostile, the"
          + " folders whose files are mutated.")
  List<Path> paths = new java.util.ArrayList<>();

  @Option(names = "--rescan",
      description = "Measure an incremental rescan: generate a tree of --files small files in a"
          + " temporary folder, scan it into a temporary inventory, scan it again unchanged,"
          + " and print both times and their ratio.")
  boolean rescan;

  @Option(names = "--files", paramLabel = "N", defaultValue = "10000",
      description = "Files in the --rescan tree (default: ${DEFAULT-VALUE}).")
  int rescanFiles;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1",
      description = "With --rescan: people (name, mail, phone) in each of the tree's files that"
          + " hold personal data, one in five (default: ${DEFAULT-VALUE}).")
  int rescanRows;

  @Option(names = "--report",
      description = "With --rescan: then time report ledger and report unpurposed over the"
          + " inventory, reading it and writing each format (wall and CPU, one thread).")
  boolean report;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds per configuration, after one warm-up (default: ${DEFAULT-VALUE}); the median is shown.")
  int rounds;

  @Option(names = "--detection",
      description = "Measure detection alone, one thread, on the UTF-8 .txt files under PATH:"
          + " Kuromoji's bare tokenization, each detector alone, and all of them as a scan"
          + " runs them (MB per CPU second, and the ratio all/bare, with and without the policy"
          + " classifier).")
  boolean detectionOnly;

  @Option(names = "--detectors", split = ",", paramLabel = "NAME",
      description = "Run only these detectors (by name, e.g. email,phone); all by default.")
  List<String> detectorNames;

  @Option(names = "--lookup",
      description = "Measure subject lookups instead (no PATH): build a temporary inventory of"
          + " synthetic findings, then time lookups by name variants, email and phone (first,"
          + " median, p95, max) and report the peak heap.")
  boolean lookup;

  @Option(names = "--findings", paramLabel = "N", defaultValue = "100000",
      description = "With --lookup: findings in the inventory (default: ${DEFAULT-VALUE}).")
  int findings;

  @Option(names = "--lookups", paramLabel = "N", defaultValue = "300",
      description = "With --lookup: timed lookups (default: ${DEFAULT-VALUE}).")
  int lookups;

  @Option(names = "--rows-per-list", paramLabel = "N", defaultValue = "20",
      description = "With --lookup: people per synthetic list (one file, one part; default: ${DEFAULT-VALUE}).")
  int rowsPerList;

  @Option(names = "--no-classify",
      description = "Leave findings unclassified (the cost of the policy classifier is the"
          + " difference to a run without this option).")
  boolean noClassify;

  @Mixin PolicyOptions policy;

  @Mixin SourceOptions source;

  @Mixin HostileOptions hostile;

  @Override
  public Integer call() throws Exception {
    if (hostile.enabled) {
      if (rescan || lookup || detectionOnly || report) {
        throw new ParameterException(spec.commandLine(),
            "--hostile goes alone (no --rescan, --lookup, --detection or --report)");
      }
      return hostile.run(spec, paths, source);
    }
    if (lookup) {
      return lookup();
    }
    if (rescan) {
      if (!paths.isEmpty() || detectionOnly) {
        throw new ParameterException(spec.commandLine(),
            "--rescan generates its own files: give no PATH and no --detection");
      }
      if (rescanFiles < 1 || rescanRows < 1) {
        throw new ParameterException(spec.commandLine(), "--files and --rows must be at least 1");
      }
    } else if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing PATH (or give --rescan or --lookup)");
    } else if (report) {
      throw new ParameterException(spec.commandLine(), "--report goes with --rescan");
    }
    Arguments.requireExisting(spec, paths);
    if (rounds < 1) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
    }
    DetectorSet detectors = DetectorSet.standard();
    if (detectorNames != null) {
      try {
        detectors = detectors.only(detectorNames);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (detectionOnly) {
      return detection(detectors);
    }
    if (rescan) {
      return rescan(detectors);
    }
    ScanOptions options = source.scanOptions();
    Set<Integer> threadCounts = new LinkedHashSet<>(
        List.of(1, source.threads != null ? source.threads : Runtime.getRuntime().availableProcessors()));
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s%7s %6s %7s %8s %8s %9s %8s %7s%n",
        TerminalText.pad("mode", 9), "threads", "files", "MB", "parts", "seconds", "files/s", "MB/s", "ratio");
    // The isolated extractor keeps one process per thread of the largest count measured.
    int most = threadCounts.stream().max(Integer::compare).orElse(1);
    try (PolicyClassifier policyClassifier = noClassify ? null : policy.classifier(spec);
        Extractor isolated = source.inProcess ? null
            : source.extractor(options.withThreads(most), spec.commandLine().getErr())) {
      Classifier classifier = noClassify ? Classifier.NONE : policyClassifier;
      ThroughputBenchmark bench = new ThroughputBenchmark(
          new TikaExtractor(options.limits()), isolated, detectors, classifier, options, rounds);
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
    printHeap(out, PeakHeap.megabytes());
    out.printf(Locale.ROOT, "rounds: %d (median shown)%n", rounds);
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private int lookup() throws java.io.IOException {
    if (!paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--lookup builds its own inventory: no PATH.");
    }
    LookupBenchmark bench;
    try {
      bench = new LookupBenchmark(findings, lookups, 42, rowsPerList);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path folder = Files.createTempDirectory("shirabe-lookup-bench");
    try {
      LookupBenchmark.Result r = bench.run(folder.resolve("inventory"));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "inventory: %d findings in %d files, built in %.1f s, %.1f MB on disk%n",
          r.findings(), r.files(), r.buildSeconds(), r.indexBytes() / 1048576.0);
      out.printf(Locale.ROOT, "query analyser start (name dictionaries, Kuromoji): %.0f ms%n",
          r.analyserStartMillis());
      out.printf(Locale.ROOT, "first lookup: %.1f ms (index just opened); after reopening: %.1f ms%n",
          r.firstMillis(), r.reopenedFirstMillis());
      out.printf(Locale.ROOT, "%d lookups (name in kanji, kana, romaji; email; phone; name+email):"
          + " median %.1f ms, p95 %.1f ms, max %.1f ms; %.1f places each%n",
          r.lookups(), r.medianMillis(), r.p95Millis(), r.maxMillis(), r.placesPerLookup());
      out.printf(Locale.ROOT, "CPU time of the lookup thread (what the machine's load does not inflate):"
          + " median %.1f ms, p95 %.1f ms%n", r.medianCpuMillis(), r.p95CpuMillis());
      StringBuilder kinds = new StringBuilder("median by criterion:");
      for (int k = 0; k < r.kinds().size(); k++) {
        kinds.append(String.format(Locale.ROOT, " %s %.1f ms;", r.kinds().get(k), r.medianMillisPerKind()[k]));
      }
      out.println(kinds.substring(0, kinds.length() - 1));
      printHeap(out, r.peakHeapMegabytes());
      out.flush();
    } finally {
      try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.NOTHING_FOUND;
  }

  private int detection(DetectorSet detectors) throws java.io.IOException {
    List<String> texts = new java.util.ArrayList<>();
    for (Path root : paths) {
      try (java.util.stream.Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".txt")).sorted()::iterator) {
          texts.add(Files.readString(file));
        }
      }
    }
    List<DetectionBenchmark.Result> results;
    try (PolicyClassifier classifier = noClassify ? null : policy.classifier(spec)) {
      results = new DetectionBenchmark(texts, rounds).run(detectors, classifier);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d texts, %.2f MB of UTF-8; one thread, MB per CPU second,"
        + " median of %d rounds%n", texts.size(), results.get(0).bytes() / 1048576.0, rounds);
    for (DetectionBenchmark.Result r : results) {
      out.printf(Locale.ROOT, "%s%8.2f MB/s%n", TerminalText.pad(r.what(), 31),
          r.megabytesPerSecond());
    }
    double bare = results.get(0).megabytesPerSecond();
    double all = results.stream().filter(r -> r.what().equals(DetectionBenchmark.ALL_DETECTORS))
        .findFirst().orElseThrow().megabytesPerSecond();
    // The figure to watch on Japanese text: it can never reach 1 (detection reads Kuromoji's
    // tokens), and should stay at or above 0.5.
    out.printf(Locale.ROOT, "all detectors / bare tokenization: %.2f%n", all / bare);
    if (!noClassify) {
      double classified = results.get(results.size() - 1).megabytesPerSecond();
      out.printf(Locale.ROOT, "with the policy classifier / without: %.2f%n", classified / all);
      out.printf(Locale.ROOT, "all detectors + policy classifier / bare tokenization: %.2f%n",
          classified / bare);
    }
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private int rescan(DetectorSet detectors) throws Exception {
    ScanOptions options = source.scanOptions();
    ReportBenchmark.Result[] reports = new ReportBenchmark.Result[1];
    RescanBenchmark.Result r;
    Policy chosen = policy.policy(spec);
    try (PolicyClassifier policyClassifier = noClassify ? null : new PolicyClassifier(chosen)) {
      Classifier classifier = noClassify ? Classifier.NONE : policyClassifier;
      ReportBenchmark reportBench = new ReportBenchmark(chosen, rounds);
      r = new RescanBenchmark(rescanFiles, rescanRows, options, detectors, classifier)
          .run(index -> {
            if (report) {
              reports[0] = reportBench.run(index);
            }
          });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d files (%.2f MB), %d threads, %d findings%s%n", r.files(),
        r.bytes() / 1048576.0, options.threads(), r.first().findings(),
        noClassify ? ", not classified" : ", classified");
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
          rep.findings(), rep.ledgerRows(), rep.unpurposedRows(), rounds);
      for (ReportBenchmark.Step step : rep.steps()) {
        out.printf(Locale.ROOT, "  %s%8.1f ms  %8.1f ms CPU (%.1f)  %8.1f ms process CPU"
            + "  %9d bytes%n", TerminalText.pad(step.what(), 18), step.wallMillis(), step.cpuMillis(),
            step.firstCpuMillis(), step.processCpuMillis(), step.bytes());
      }
    }
    printHeap(out, PeakHeap.megabytes());
    out.flush();
    return Main.NOTHING_FOUND;
  }

  private static void printHeap(PrintWriter out, double peakMegabytes) {
    out.printf(Locale.ROOT, "peak heap used: %.0f MB (max %.0f MB)%n", peakMegabytes,
        PeakHeap.maxMegabytes());
  }

  private static void print(PrintWriter out, Result r, double ratio) {
    out.printf(Locale.ROOT, "%s%7d %6d %7.2f %8d %8.3f %9.1f %8.2f %7.2f%n",
        TerminalText.pad(r.mode(), 9), r.threads(), r.files(), r.bytes() / 1048576.0, r.parts(), r.seconds(),
        r.filesPerSecond(), r.megabytesPerSecond(), ratio);
  }
}
