package dev.shirabe.bench;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.PartSink;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.SourceItem;
import dev.shirabe.source.SourceVisitor;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a full scan against Tika-only extraction of the same files, in the same JVM and
 * run, so that the figure that matters is a ratio, not seconds on some machine. Each
 * measurement is the median of several rounds after warming up. With an isolated extractor,
 * extraction through it is measured too (what isolation costs), and the scan reads through it
 * as a scan does.
 */
public final class ThroughputBenchmark {

  /**
   * One measured configuration.
   *
   * @param mode "extract" (Tika alone, in this process), "isolated" (Tika alone, in the
   *     extraction processes), "scan-in" (a scan parsing in this process) or "scan"
   *     (extraction, detection, reporting, as a scan runs)
   * @param seconds the median round, wall time
   * @param cpuSeconds the median round's CPU, this process's (every thread, the compilers and
   *     the collector too) and its extraction processes' together
   * @param childCpuSeconds the extraction processes' share of {@code cpuSeconds} (median of
   *     its own): what isolation moves out of this process, their compilers included
   * @param analyseCpuSeconds a scan's analysis threads' CPU (detection and classification;
   *     median), 0 for extraction alone
   * @param compilerCpuSeconds the JIT compilers' share of {@code cpuSeconds}, in this process
   *     and the extraction processes (median): code still being compiled, not yet the steady
   *     state a long scan reaches
   */
  public record Result(String mode, int threads, long files, long bytes, long parts,
      long findings, double seconds, double cpuSeconds, double childCpuSeconds,
      double analyseCpuSeconds, double compilerCpuSeconds) {

    public double filesPerSecond() {
      return files / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / (1024.0 * 1024.0) / seconds;
    }
  }

  /** Warm-up time per configuration. */
  static final long WARM_UP_NANOS = 3_000_000_000L;

  private final Extractor extractor;
  private final Extractor isolated;
  private final DetectorSet detectors;
  private final Classifier classifier;
  private final ScanOptions options;
  private final int rounds;
  /** Warm-up rounds per configuration at least, however long the warm-up time lasted. */
  private int warmUpRounds = 1;
  /** Warm-up time per configuration: {@link #WARM_UP_NANOS} but in tests. */
  private long warmUpNanos = WARM_UP_NANOS;
  /** Threads the isolated extraction warms up on: one per process of its pool. */
  private int isolatedProcesses = 1;

  public ThroughputBenchmark(
      Extractor extractor, DetectorSet detectors, ScanOptions options, int rounds) {
    this(extractor, detectors, Classifier.NONE, options, rounds);
  }

  /** A benchmark whose scan classifies its findings too, as a scan does. */
  public ThroughputBenchmark(Extractor extractor, DetectorSet detectors, Classifier classifier,
      ScanOptions options, int rounds) {
    this(extractor, null, detectors, classifier, options, rounds);
  }

  /**
   * A benchmark of a scan that reads through {@code isolated} (null: through {@code
   * extractor}), measured against extraction by {@code extractor} and by {@code isolated}.
   */
  public ThroughputBenchmark(Extractor extractor, Extractor isolated, DetectorSet detectors,
      Classifier classifier, ScanOptions options, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1");
    }
    this.extractor = extractor;
    this.isolated = isolated;
    this.detectors = detectors;
    this.classifier = classifier;
    this.options = options;
    this.rounds = rounds;
  }

  /**
   * Runs at least {@code n} warm-up rounds per configuration (default 1), beyond {@link
   * #WARM_UP_NANOS}: an extraction process that a configuration with more threads starts first
   * compiles its code in those rounds, while the in-process extraction it is compared with
   * was warmed by the configurations before.
   */
  public ThroughputBenchmark warmUpRounds(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("at least one warm-up round");
    }
    this.warmUpRounds = n;
    return this;
  }

  /**
   * How many extraction processes the isolated extractor keeps ({@code n} threads keep them
   * all busy). Its warm-up rounds run on that many threads in every configuration, so that each
   * process compiles Tika from the first configuration on, as the one JVM of the in-process
   * extraction does: otherwise the process that the 2-thread configuration starts first is
   * measured cold against a warm in-process extraction.
   */
  public ThroughputBenchmark isolatedProcesses(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("at least one process");
    }
    this.isolatedProcesses = n;
    return this;
  }

  /**
   * Another warm-up time than {@link #WARM_UP_NANOS}: a test of the warm-up rounds then needs
   * rounds only longer than this, not seconds each.
   */
  ThroughputBenchmark warmUpTime(java.time.Duration time) {
    if (time.isNegative()) {
      throw new IllegalArgumentException("a warm-up time of 0 or more");
    }
    this.warmUpNanos = time.toNanos();
    return this;
  }

  /**
   * Both measurements for one thread count. Rounds alternate (extract, scan, extract, …) so
   * that both see the same JIT and cache state; warm-up pairs run first, for at least {@link
   * #WARM_UP_NANOS}, since a small corpus otherwise measures the JIT compiler.
   *
   * @return the extraction result, then (with an isolated extractor) the isolated
   *     extraction's and the in-process scan's, then the scan result
   */
  public List<Result> compare(List<Path> roots, int threads) throws Exception {
    ScanOptions opts = options.withThreads(threads);
    Extractor scanning = isolated != null ? isolated : extractor;
    List<SourceItem> files = List.of();
    double[] extractTimes = new double[rounds];
    double[] isolatedTimes = new double[rounds];
    double[] scanTimes = new double[rounds];
    double[] scanInTimes = new double[rounds];
    // CPU per mode and round: [mode][round], the tree's and the extraction processes'.
    double[][] cpu = new double[4][rounds];
    double[][] childCpu = new double[4][rounds];
    double[][] compilerCpu = new double[4][rounds];
    double[] scanInAnalysis = new double[rounds];
    double[] scanAnalysis = new double[rounds];
    long parts = 0;
    long isolatedParts = 0;
    ScanSummary last = null;
    long warmUpEnds = System.nanoTime() + warmUpNanos;
    int warmedUp = 0;
    for (int round = -1; round < rounds; round++) {
      if (round == 0 && (System.nanoTime() < warmUpEnds || warmedUp < warmUpRounds)) {
        round = -1; // still warming up
      }
      if (round < 0) {
        warmedUp++;
      }
      int r = Math.max(round, 0); // warm-up rounds' CPU is overwritten by the first round's
      TreeCpu.Snapshot before = TreeCpu.now();
      long start = System.nanoTime();
      files = list(roots); // the scan walks the roots too: both pay for it
      parts = extractAll(extractor, files, threads);
      double extractSeconds = (System.nanoTime() - start) / 1e9;
      before = cpu(before, cpu, childCpu, compilerCpu, 0, r);
      double isolatedSeconds = 0;
      double scanInSeconds = 0;
      if (isolated != null) {
        start = System.nanoTime();
        isolatedParts = extractAll(isolated, list(roots),
            round < 0 ? Math.max(threads, isolatedProcesses) : threads);
        isolatedSeconds = (System.nanoTime() - start) / 1e9;
        before = cpu(before, cpu, childCpu, compilerCpu, 1, r);
        // What isolation costs a whole scan: the same scan, parsing in this process.
        AnalysisCpu analysis = new AnalysisCpu();
        scanInSeconds = new ScanPipeline(opts, extractor, detectors, classifier)
            .run(roots, analysis).elapsedNanos() / 1e9;
        scanInAnalysis[r] = analysis.seconds();
        before = cpu(before, cpu, childCpu, compilerCpu, 2, r);
      }
      AnalysisCpu analysis = new AnalysisCpu();
      last = new ScanPipeline(opts, scanning, detectors, classifier).run(roots, analysis);
      cpu(before, cpu, childCpu, compilerCpu, 3, r);
      scanAnalysis[r] = analysis.seconds();
      if (round >= 0) {
        extractTimes[round] = extractSeconds;
        isolatedTimes[round] = isolatedSeconds;
        scanInTimes[round] = scanInSeconds;
        scanTimes[round] = last.elapsedNanos() / 1e9;
      }
    }
    long bytes = files.stream().mapToLong(SourceItem::size).sum();
    List<Result> results = new ArrayList<>();
    results.add(new Result("extract", threads, files.size(), bytes, parts, 0,
        median(extractTimes), median(cpu[0]), median(childCpu[0]), 0,
        median(compilerCpu[0])));
    if (isolated != null) {
      results.add(new Result("isolated", threads, files.size(), bytes, isolatedParts, 0,
          median(isolatedTimes), median(cpu[1]), median(childCpu[1]), 0,
          median(compilerCpu[1])));
      results.add(new Result("scan-in", threads, last.files(), last.bytes(), last.parts(),
          last.findings(), median(scanInTimes), median(cpu[2]), median(childCpu[2]),
          median(scanInAnalysis), median(compilerCpu[2])));
    }
    results.add(new Result("scan", threads, last.files(), last.bytes(), last.parts(),
        last.findings(), median(scanTimes), median(cpu[3]), median(childCpu[3]),
        median(scanAnalysis), median(compilerCpu[3])));
    return results;
  }

  /** Sums the CPU of a scan's analysis threads, as each tells it when it ends. */
  private static final class AnalysisCpu implements ScanListener {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {}

    @Override
    public void workerDone(String stage, long cpuNanos) {
      if (ScanListener.ANALYSE.equals(stage)) {
        nanos.addAndGet(cpuNanos);
      }
    }

    double seconds() {
      return nanos.get() / 1e9;
    }
  }

  /** Records the CPU used since {@code before} as mode {@code mode}'s in round {@code r}. */
  private static TreeCpu.Snapshot cpu(TreeCpu.Snapshot before, double[][] cpu,
      double[][] childCpu, double[][] compilerCpu, int mode, int r) {
    TreeCpu.Snapshot now = TreeCpu.now();
    cpu[mode][r] = now.since(before) / 1e9;
    childCpu[mode][r] = now.descendantsSince(before) / 1e9;
    compilerCpu[mode][r] = now.compilersSince(before) / 1e9;
    return now;
  }

  /** Extraction alone: every file's parts produced and dropped, on {@code threads} threads. */
  private static long extractAll(Extractor extractor, List<SourceItem> files, int threads)
      throws Exception {
    AtomicLong parts = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (SourceItem file : files) {
        done.add(pool.submit(() -> {
          extract(extractor, file, parts);
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return parts.get();
  }

  private static void extract(Extractor extractor, SourceItem file, AtomicLong parts)
      throws InterruptedException {
    try {
      extractor.extract(file, new PartSink() {
        @Override
        public void part(Part part) {
          parts.incrementAndGet();
        }

        @Override
        public void problem(String locator, String reason) {}
      });
    } catch (ExtractionException e) {
      // a failed file costs what it costs, in both measurements
    }
  }

  private List<SourceItem> list(List<Path> roots) throws InterruptedException {
    List<SourceItem> files = new ArrayList<>();
    new LocalSource(roots, options.include(), options.exclude()).list(new SourceVisitor() {
      @Override
      public void item(SourceItem file) {
        files.add(file);
      }

      @Override
      public void problem(Path path, String reason) {}
    });
    return files;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
