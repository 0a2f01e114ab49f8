package dev.shirabe.spark;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.InventoryWriter;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.PartEntry;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.pipeline.ProcessCpu;
import dev.shirabe.report.SummaryLine;
import dev.shirabe.scan.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code ./shirabe-spark --bench [--files N] [--rounds N] [--merge-files N] [--in-process]}: files per second
 * of the Spark job on local[1] and local[2] over one made-up tree ({@link SampleTree}), each a
 * fresh inventory per round after two warm-up rounds (the models load once per JVM), and the time
 * to add 2, 8 and 32 shards holding the same documents to a new inventory. Prints medians.
 */
public final class SparkBenchmark {

  private SparkBenchmark() {}

  public static void main(String[] args) throws Exception {
    // 3,000: on 700 (1.6 s a round) the JIT and GC still held the second core in local[1].
    int files = 3000;
    int rounds = 5;
    int mergeFiles = 100_000;
    ReadOptions read = ReadOptions.DEFAULTS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--merge-files" -> mergeFiles = Integer.parseInt(args[++i]);
        // Parsing in the executors' own JVM, as before isolation: what the extraction
        // processes' hand-over costs, on these small files.
        case "--in-process" -> read = read.withInProcess(true);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path work = Files.createTempDirectory("shirabe-spark-bench");
    try {
      Path share = work.resolve("share");
      SampleTree.write(share, files, 5, 12);
      Path key = work.resolve("key");
      System.out.printf(Locale.ROOT, "tree: %d files, %d bytes; %d rounds, median; extraction %s%n",
          files, bytes(share), rounds, read.inProcess() ? "in process" : "in isolated processes");
      double[] perSecond = new double[2];
      Path lastIndex = null;
      for (int cores = 1; cores <= 2; cores++) {
        try (JavaSparkContext spark =
            new JavaSparkContext(ShirabeSpark.conf("local[" + cores + "]"))) {
          int tasks = 2 * spark.defaultParallelism();
          // Two rounds to warm up: the models load in the first, the JIT settles in both, so
          // that local[1], measured first, does not pay for what local[2] then gets free.
          scan(spark, share, work.resolve("warm-" + cores + "a"), key, tasks, read);
          scan(spark, share, work.resolve("warm-" + cores + "b"), key, tasks, read);
          double[] rates = new double[rounds];
          double[] wall = new double[rounds];
          double[] busy = new double[rounds];
          double[] perCpu = new double[rounds];
          for (int r = 0; r < rounds; r++) {
            lastIndex = work.resolve("index-" + cores + "-" + r);
            long cpu = ProcessCpu.nanos();
            Map<Long, Long> children = childCpu();
            SparkScan.Result result = scan(spark, share, lastIndex, key, tasks, read);
            double cpuSeconds = (ProcessCpu.nanos() - cpu + childCpuSince(children)) / 1e9;
            double seconds = result.summary().elapsedNanos() / 1e9;
            rates[r] = result.filesRead() / (result.readNanos() / 1e9);
            wall[r] = result.filesRead() / seconds;
            // On a shared machine the cores the job got tell more than the clock.
            busy[r] = cpuSeconds / seconds;
            perCpu[r] = result.filesRead() / cpuSeconds;
          }
          perSecond[cores - 1] = median(rates);
          System.out.printf(Locale.ROOT,
              "local[%d]: %.1f files/s reading (the job), %.1f files/s end to end (list, plan,"
                  + " read, merge), %d tasks; %.2f cores busy, %.1f files per CPU-second;"
                  + " rounds %s%n",
              cores, perSecond[cores - 1], median(wall), tasks, median(busy), median(perCpu),
              rounded(rates));
        }
      }
      System.out.printf(Locale.ROOT, "local[2] / local[1]: %.2f%n", perSecond[1] / perSecond[0]);
      mergeBench(lastIndex, KeyedHasher.load(key), work, mergeFiles, rounds);
    } finally {
      deleteTree(work);
    }
  }

  /**
   * CPU nanoseconds of each process below this one (the extraction processes, which outlive a
   * job in the executor's pool), by pid.
   */
  private static Map<Long, Long> childCpu() {
    Map<Long, Long> out = new HashMap<>();
    ProcessHandle.current().descendants().forEach(p -> p.info().totalCpuDuration()
        .ifPresent(d -> out.put(p.pid(), d.toNanos())));
    return out;
  }

  /** The CPU the processes below this one used since {@code before} (new ones: all of it). */
  private static long childCpuSince(Map<Long, Long> before) {
    long sum = 0;
    for (Map.Entry<Long, Long> now : childCpu().entrySet()) {
      sum += now.getValue() - before.getOrDefault(now.getKey(), 0L);
    }
    return sum;
  }

  private static SparkScan.Result scan(JavaSparkContext spark, Path share, Path index, Path key,
      int tasks, ReadOptions read) throws Exception {
    SparkScan.Result result = SparkScan.run(spark,
        new SparkScan.Request(List.of(share), index, key, tasks, null, false, false, null, read));
    if (result.filesRead() == 0) {
      throw new IllegalStateException("nothing read: " + SummaryLine.of(result.summary()));
    }
    return result;
  }

  /**
   * The documents of the inventory's files, copied under other ids up to {@code total} files,
   * written as 2, 8 and 32 shards; each round adds them to a new inventory.
   */
  private static void mergeBench(Path index, KeyedHasher hasher, Path work, int total,
      int rounds) throws IOException {
    record Doc(FileEntry file, List<PartEntry> parts, List<StoredFinding> findings) {}
    List<Doc> docs = new ArrayList<>();
    try (InventorySearcher s = InventorySearcher.open(index, hasher)) {
      for (String file : s.filesUnder("/")) {
        docs.add(new Doc(s.file(file).orElseThrow(), s.partsOfFile(file), s.findingsOfFile(file)));
      }
    }
    long findings = 0;
    for (int i = 0; i < total; i++) {
      findings += docs.get(i % docs.size()).findings().size();
    }
    System.out.printf(Locale.ROOT, "merge: %d files, %d findings in all%n", total, findings);
    for (int n : new int[] {2, 8, 32}) {
      List<Path> shards = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      List<InventoryWriter> writers = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        Path shard = work.resolve("shards-" + n + "/" + k);
        shards.add(shard);
        writers.add(InventoryWriter.open(shard, hasher));
      }
      for (int i = 0; i < total; i++) {
        Doc d = docs.get(i % docs.size());
        String id = d.file().path() + "." + i;
        ids.add(id);
        writers.get(i % n).replaceFile(renamed(d.file(), id), d.parts().stream()
                .map(p -> new PartEntry(id, p.locator(), p.title(), p.lang(), p.findings()))
                .toList(),
            d.findings().stream().map(f -> renamed(f, id)).toList());
      }
      for (InventoryWriter w : writers) {
        w.close();
      }
      double[] seconds = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        Path target = work.resolve("merged-" + n + "-" + r);
        try (InventorySink sink =
            InventorySink.open(target, hasher, InventorySink.Settings.DEFAULTS)) {
          long t0 = System.nanoTime();
          sink.addShards(shards, ids);
          sink.finish(); // commits
          seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        deleteTree(target);
      }
      System.out.printf(Locale.ROOT, "merge %2d shards: %.2f s; rounds %s%n", n, median(seconds),
          rounded(seconds));
      deleteTree(work.resolve("shards-" + n));
    }
  }

  private static FileEntry renamed(FileEntry e, String id) {
    return new FileEntry(id, e.size(), e.modified(), e.contentHash(), e.lastScanned(), e.error(),
        e.parts(), e.findings(), e.problems(), e.firstSeen(), e.analysis(), e.byType());
  }

  private static StoredFinding renamed(StoredFinding f, String id) {
    return new StoredFinding(id, f.part(), f.type(), f.subtype(), f.valueHash(),
        f.subjectHashes(), f.masked(), f.excerpt(), f.start(), f.end(), f.confidence(),
        f.detector(), f.lang(), f.category(), f.purposes(), f.signals(), f.lastScanned(),
        f.flags(), f.nameForm());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String rounded(double[] values) {
    StringBuilder s = new StringBuilder("[");
    for (double v : values) {
      s.append(s.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", v));
    }
    return s.append(']').toString();
  }

  private static long bytes(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
