package dev.shirabe.bench;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.IncrementalPlan;
import dev.shirabe.pipeline.ProcessCpu;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * What an incremental rescan saves: generates a tree of small files (one in five holding
 * personal data: half of those a customer list, half a contact memo that states no purpose),
 * scans it into a fresh inventory, then scans it again unchanged, and compares the two times;
 * then once more unchanged with the stored findings read as a report that prints them does.
 * The inventory can then be handed to further measurements (the reports' cost). Everything
 * lives in a temporary folder, removed afterwards.
 */
public final class RescanBenchmark {

  /**
   * @param first the first scan (every file read)
   * @param rescan the unchanged rescan
   * @param firstCpuNanos CPU time of the whole process during the first scan (all threads;
   *     steadier than wall time on a shared machine), or -1 when the JVM does not tell
   * @param rescanCpuNanos the same during the rescan
   * @param printed the same unchanged rescan once more, its stored findings read as a report
   *     that prints them needs them (the inventory alone needs only the counts)
   * @param printedCpuNanos the process's CPU time during that one
   */
  public record Result(int files, long bytes, ScanSummary first, ScanSummary rescan,
      long firstCpuNanos, long rescanCpuNanos, ScanSummary printed, long printedCpuNanos) {

    public double firstSeconds() {
      return first.elapsedNanos() / 1e9;
    }

    public double rescanSeconds() {
      return rescan.elapsedNanos() / 1e9;
    }

    public double ratio() {
      return rescanSeconds() / firstSeconds();
    }

    public double printedSeconds() {
      return printed.elapsedNanos() / 1e9;
    }

    /** The rescan that reads the stored findings, over the first scan. */
    public double printedRatio() {
      return printedSeconds() / firstSeconds();
    }

    public double printedCpuRatio() {
      return firstCpuNanos <= 0 ? Double.NaN : (double) printedCpuNanos / firstCpuNanos;
    }

    /** Rescan over first scan in CPU time, or NaN when not measured. */
    public double cpuRatio() {
      return firstCpuNanos <= 0 ? Double.NaN : (double) rescanCpuNanos / firstCpuNanos;
    }
  }

  /** What to do with the inventory once both scans are done, before it is removed. */
  @FunctionalInterface
  public interface WithInventory {
    void accept(Path index) throws IOException;
  }

  private final int files;
  private final int rows;
  private final ScanOptions options;
  private final DetectorSet detectors;
  private final Classifier classifier;

  /**
   * @param files files in the tree
   * @param rows people (name, mail address, phone) in each file that holds personal data
   * @param classifier classifies the findings as a scan does, or {@link Classifier#NONE}
   */
  public RescanBenchmark(int files, int rows, ScanOptions options, DetectorSet detectors,
      Classifier classifier) {
    if (files < 1 || rows < 1) {
      throw new IllegalArgumentException("files and rows must be at least 1");
    }
    this.files = files;
    this.rows = rows;
    this.options = options;
    this.detectors = detectors;
    this.classifier = classifier;
  }

  public Result run() throws IOException, InterruptedException {
    return run(index -> {});
  }

  /** Runs both scans, then hands the inventory to {@code then}. */
  public Result run(WithInventory then) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("shirabe-rescan-bench");
    try {
      Path tree = work.resolve("share");
      long bytes = generate(tree);
      Path index = work.resolve("inventory");
      KeyedHasher hasher = KeyedHasher.load(work.resolve("inventory.key"));
      long cpu0 = ProcessCpu.nanos();
      ScanSummary first = scan(tree, index, hasher, null);
      long cpu1 = ProcessCpu.nanos();
      ScanSummary rescan = scan(tree, index, hasher, null);
      long cpu2 = ProcessCpu.nanos();
      Reader reader = new Reader();
      ScanSummary printed = scan(tree, index, hasher, reader);
      long cpu3 = ProcessCpu.nanos();
      for (ScanSummary again : List.of(rescan, printed)) {
        ChangeCounts c = again.changes();
        if (c.unchanged() != files || c.added() + c.changed() + c.removed() + c.reread() != 0) {
          throw new IllegalStateException("the rescan did not find the tree unchanged: " + c);
        }
        if (!again.findingsByType().equals(first.findingsByType())) {
          throw new IllegalStateException("the rescan counted " + again.findingsByType()
              + ", the first scan " + first.findingsByType());
        }
      }
      if (reader.records.sum() != first.findings()) {
        throw new IllegalStateException("the rescan replayed " + reader.records.sum()
            + " findings of " + first.findings());
      }
      boolean measured = cpu0 >= 0;
      then.accept(index);
      return new Result(files, bytes, first, rescan, measured ? cpu1 - cpu0 : -1,
          measured ? cpu2 - cpu1 : -1, printed, measured ? cpu3 - cpu2 : -1);
    } finally {
      delete(work);
    }
  }

  /** Takes the stored findings of unchanged files as a report does, and touches each. */
  private static final class Reader implements ScanListener {
    final LongAdder records = new LongAdder();
    final LongAdder chars = new LongAdder();

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> found) {}

    @Override
    public void unchanged(SourceItem file, List<FindingRecord> stored) {
      records.add(stored.size());
      for (FindingRecord r : stored) {
        chars.add(r.masked().length() + r.part().length());
      }
    }
  }

  /** One scan; {@code reader}, when given, listens beside the inventory. */
  private ScanSummary scan(Path tree, Path index, KeyedHasher hasher, ScanListener reader)
      throws IOException, InterruptedException {
    Source source = new LocalSource(List.of(tree), options.include(), options.exclude());
    try (InventorySink sink = InventorySink.open(index, hasher, InventorySink.Settings.DEFAULTS)) {
      return new ScanPipeline(options, new TikaExtractor(options.limits()), detectors, classifier)
          .run(source, reader == null ? sink : ScanListener.both(sink, reader),
              new IncrementalPlan<>(source, sink, false, options.limits().maxFileBytes()));
    }
  }

  /**
   * 100 files a folder; every fifth file holds {@link #rows} people (name, mail address,
   * phone), alternately in a customer list and in a contact memo that states no purpose.
   */
  private long generate(Path tree) throws IOException {
    String[] surnames = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤"};
    String[] given = {"太郎", "花子", "一郎", "美咲", "健", "陽子", "大輔", "直樹", "由美", "学"};
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      Path folder = tree.resolve(String.format(Locale.ROOT, "d%04d", i / 100));
      if (i % 100 == 0) {
        Files.createDirectories(folder);
      }
      StringBuilder text = new StringBuilder();
      if (i % 5 == 0) {
        text.append(i % 10 == 0 ? "顧客名簿 " : "連絡先メモ ").append(i).append('\n');
        for (int r = 0; r < rows; r++) {
          int person = i * rows + r;
          text.append(String.format(Locale.ROOT, "氏名：%s %s様 メール：user%d@example.co.jp"
                  + " 電話：03-5555-%04d%n", surnames[person % 10], given[person / 10 % 10],
              person, person % 10000));
        }
        text.append(i % 10 == 0 ? "ご注文ありがとうございました。\n" : "来週の打ち合わせ用。\n");
      } else {
        text.append(String.format(Locale.ROOT, "議事録 %d%n本日の議題は来期の予算についてです。%n"
            + "Meeting notes %d: the budget for next year was discussed.%n", i, i));
      }
      byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
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
