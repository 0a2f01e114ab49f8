package dev.shirabe.bench;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * How much faster a scan is with more threads: whole scans (extraction in the given extractor,
 * detection, classification, a new inventory each) with one thread and with {@code threads},
 * alternating, after warm-up rounds of both. The wall-clock ratio is meaningful only on an
 * otherwise idle machine; the CPU time of the whole process tree (this JVM, its extraction
 * processes and what they run, such as tesseract) is not distorted by other load, and tells
 * how much work a second thread adds and how many cores a one-thread scan already keeps busy
 * (extraction and analysis overlap even at one thread, which bounds the speed-up).
 */
public final class ThreadsBenchmark {

  /**
   * One configuration's medians.
   *
   * @param seconds the median wall time of a scan
   * @param cpuSeconds the median CPU time of the process tree during a scan
   * @param analysisSeconds the median CPU time of the analysis threads (detection)
   * @param extractionSeconds the median CPU time of extraction: the extraction threads and
   *     the processes below this one (parsers, tesseract)
   */
  public record Result(int threads, long files, long bytes, long findings, double seconds,
      double cpuSeconds, double analysisSeconds, double extractionSeconds) {

    /** Cores kept busy on average: CPU time over wall time (low on a loaded machine). */
    public double coresUsed() {
      return cpuSeconds / seconds;
    }

    /**
     * The wall time this scan would take at best on {@code cores} idle cores, from its CPU
     * times alone: each stage's work spread evenly over its threads, and all of it over the
     * cores. The analysis and extraction stages overlap, so even one thread keeps more than
     * one core busy.
     */
    public double idealSeconds(int cores) {
      return Math.max(Math.max(analysisSeconds, extractionSeconds) / threads,
          cpuSeconds / cores);
    }
  }

  /**
   * Both configurations and the ratios of paired rounds (one-thread round over the N-thread
   * round right after it: a drift in the machine's load affects both alike).
   *
   * @param speedUp median of the paired wall-time ratios, 1 thread / N threads
   * @param addedWork median of the paired CPU ratios, N threads / 1 thread
   */
  public record Comparison(Result one, Result many, double speedUp, double addedWork) {

    /** The speed-up {@code cores} idle cores would give at best, from the CPU times alone. */
    public double idealSpeedUp(int cores) {
      return one.idealSeconds(cores) / many.idealSeconds(cores);
    }
  }

  private final Extractor extractor;
  private final DetectorSet detectors;
  private final Classifier classifier;
  private final ScanOptions options;
  private final int rounds;
  private final int warmUpRounds;

  /**
   * @param extractor read through by every scan; it must serve {@code threads} threads (an
   *     isolated extractor with that many processes), and stays warm across the rounds
   */
  public ThreadsBenchmark(Extractor extractor, DetectorSet detectors, Classifier classifier,
      ScanOptions options, int rounds, int warmUpRounds) {
    if (rounds < 1 || warmUpRounds < 0) {
      throw new IllegalArgumentException("rounds must be at least 1, warm-up rounds at least 0");
    }
    this.extractor = extractor;
    this.detectors = detectors;
    this.classifier = classifier;
    this.options = options;
    this.rounds = rounds;
    this.warmUpRounds = warmUpRounds;
  }

  /** Scans the roots with 1 and with {@code threads} threads, alternately. */
  public Comparison compare(List<Path> roots, int threads) throws Exception {
    if (threads < 2) {
      throw new IllegalArgumentException("compare 1 thread with at least 2");
    }
    List<Scan> one = new ArrayList<>();
    List<Scan> many = new ArrayList<>();
    for (int round = -warmUpRounds; round < rounds; round++) {
      Scan a = scan(roots, 1);
      Scan b = scan(roots, threads);
      if (round >= 0) {
        one.add(a);
        many.add(b);
      }
    }
    double[] speedUps = new double[rounds];
    double[] added = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      speedUps[i] = one.get(i).wall / many.get(i).wall;
      added[i] = many.get(i).cpu / one.get(i).cpu;
    }
    return new Comparison(result(1, one), result(threads, many),
        ThroughputBenchmark.median(speedUps), ThroughputBenchmark.median(added));
  }

  /** One measured scan: its summary, and wall, CPU, analysis and extraction seconds. */
  private record Scan(ScanSummary summary, double wall, double cpu, double analysis,
      double extraction) {}

  private static Result result(int threads, List<Scan> scans) {
    ScanSummary last = scans.get(scans.size() - 1).summary;
    return new Result(threads, last.files(), last.bytes(), last.findings(),
        median(scans, Scan::wall), median(scans, Scan::cpu), median(scans, Scan::analysis),
        median(scans, Scan::extraction));
  }

  private static double median(List<Scan> scans, ToDoubleFunction<Scan> value) {
    return ThroughputBenchmark.median(scans.stream().mapToDouble(value).toArray());
  }

  /** One whole scan into a new inventory, with the CPU time of the process tree and stages. */
  private Scan scan(List<Path> roots, int threads) throws Exception {
    Path folder = Files.createTempDirectory("shirabe-threads-bench");
    try {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      try (Scanner scanner = Scanner.builder()
          .options(options.withThreads(threads))
          .extractor(extractor)
          .detectors(detectors)
          .classifier(classifier)
          .inventory(folder.resolve("index"), KeyedHasher.withKey(key),
              InventorySink.Settings.DEFAULTS)
          .build()) {
        StageCpu stages = new StageCpu();
        TreeCpu.Snapshot before = TreeCpu.now();
        long start = System.nanoTime();
        ScanSummary summary = scanner.scan(roots, stages);
        double wall = (System.nanoTime() - start) / 1e9;
        TreeCpu.Snapshot after = TreeCpu.now();
        // Extraction: its threads here, and all the processes below this one.
        return new Scan(summary, wall, after.since(before) / 1e9,
            stages.seconds(ScanListener.ANALYSE),
            stages.seconds(ScanListener.EXTRACT) + after.descendantsSince(before) / 1e9);
      }
    } finally {
      delete(folder);
    }
  }

  /** The CPU each pipeline worker reports as it ends, summed by stage. */
  private static final class StageCpu implements ScanListener {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {}

    @Override
    public void workerDone(String stage, long cpuNanos) {
      nanos.computeIfAbsent(stage, s -> new LongAdder()).add(Math.max(0, cpuNanos));
    }

    double seconds(String stage) {
      LongAdder sum = nanos.get(stage);
      return sum == null ? 0 : sum.sum() / 1e9;
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Lists the medians, the paired ratios and what they mean, for a terminal. */
  public static List<String> describe(Comparison c, int cores) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%7s %6s %8s %9s %9s %7s %10s %10s",
        "threads", "files", "MB", "wall s", "CPU s", "cores", "analysis s", "extract s"));
    for (Result r : List.of(c.one(), c.many())) {
      lines.add(String.format(Locale.ROOT, "%7d %6d %8.1f %9.2f %9.2f %7.2f %10.2f %10.2f",
          r.threads(), r.files(), r.bytes() / 1048576.0, r.seconds(), r.cpuSeconds(),
          r.coresUsed(), r.analysisSeconds(), r.extractionSeconds()));
    }
    lines.add(String.format(Locale.ROOT,
        "speed-up, %d threads over 1 (median of paired rounds): %.2fx (meaningful on an idle"
            + " machine only)", c.many().threads(), c.speedUp()));
    lines.add(String.format(Locale.ROOT,
        "work added by %d threads (CPU, median of paired rounds): %.2fx", c.many().threads(),
        c.addedWork()));
    lines.add(String.format(Locale.ROOT,
        "speed-up %d idle cores would give at best, from the CPU times: %.2fx (1 thread: %.1f s"
            + " at best, %d threads: %.1f s)", cores, c.idealSpeedUp(cores),
        c.one().idealSeconds(cores), c.many().threads(), c.many().idealSeconds(cores)));
    return lines;
  }
}
