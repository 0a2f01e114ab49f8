package dev.shirabe.inventory;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.ChangeCounts;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.pipeline.ScanSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an incremental rescan saves: generates a tree of small files (one in five holding
 * personal data), scans it into a fresh inventory, then scans it again unchanged, and compares
 * the two times. Everything lives in a temporary folder, removed afterwards.
 */
public final class RescanBenchmark {

  /**
   * @param first the first scan (every file read)
   * @param rescan the unchanged rescan
   * @param firstCpuNanos CPU time of the whole process during the first scan (all threads;
   *     steadier than wall time on a shared machine), or -1 when the JVM does not tell
   * @param rescanCpuNanos the same during the rescan
   */
  public record Result(int files, long bytes, ScanSummary first, ScanSummary rescan,
      long firstCpuNanos, long rescanCpuNanos) {

    public double firstSeconds() {
      return first.elapsedNanos() / 1e9;
    }

    public double rescanSeconds() {
      return rescan.elapsedNanos() / 1e9;
    }

    public double ratio() {
      return rescanSeconds() / firstSeconds();
    }

    /** Rescan over first scan in CPU time, or NaN when not measured. */
    public double cpuRatio() {
      return firstCpuNanos <= 0 ? Double.NaN : (double) rescanCpuNanos / firstCpuNanos;
    }
  }

  private final int files;
  private final ScanOptions options;
  private final DetectorSet detectors;

  public RescanBenchmark(int files, ScanOptions options, DetectorSet detectors) {
    if (files < 1) {
      throw new IllegalArgumentException("files must be at least 1");
    }
    this.files = files;
    this.options = options;
    this.detectors = detectors;
  }

  public Result run() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("shirabe-rescan-bench");
    try {
      Path tree = work.resolve("share");
      long bytes = generate(tree);
      Path index = work.resolve("inventory");
      KeyedHasher hasher = KeyedHasher.load(work.resolve("inventory.key"));
      long cpu0 = processCpuNanos();
      ScanSummary first = scan(tree, index, hasher);
      long cpu1 = processCpuNanos();
      ScanSummary rescan = scan(tree, index, hasher);
      long cpu2 = processCpuNanos();
      ChangeCounts c = rescan.changes();
      if (c.unchanged() != files || c.added() + c.changed() + c.removed() != 0) {
        throw new IllegalStateException("the rescan did not find the tree unchanged: " + c);
      }
      boolean measured = cpu0 >= 0;
      return new Result(files, bytes, first, rescan, measured ? cpu1 - cpu0 : -1,
          measured ? cpu2 - cpu1 : -1);
    } finally {
      delete(work);
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private ScanSummary scan(Path tree, Path index, KeyedHasher hasher)
      throws IOException, InterruptedException {
    try (IncrementalScan scan = IncrementalScan.open(index, hasher, List.of(tree), options,
        IncrementalScan.Settings.DEFAULTS)) {
      return new ScanPipeline(options, new TikaExtractor(options.limits()), detectors)
          .run(List.of(tree), scan, scan);
    }
  }

  /** 100 files a folder; every fifth file holds a name, a mail address and a phone number. */
  private long generate(Path tree) throws IOException {
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path folder = tree.resolve(String.format(Locale.ROOT, "d%04d", i / 100));
      if (i % 100 == 0) {
        Files.createDirectories(folder);
      }
      String text = i % 5 == 0
          ? String.format(Locale.ROOT, "顧客番号 %d%n氏名：山田 太郎様%nメール：taro%d@example.co.jp%n"
              + "電話：03-5555-%04d%nご注文ありがとうございました。%n", i, i, i % 10000)
          : String.format(Locale.ROOT, "議事録 %d%n本日の議題は来期の予算についてです。%n"
              + "Meeting notes %d: the budget for next year was discussed.%n", i, i);
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      Files.write(folder.resolve(String.format(Locale.ROOT, "f%06d.txt", i)), content);
      bytes += content.length;
    }
    return bytes;
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
