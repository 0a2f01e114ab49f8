package dev.shirabe.spark;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.IncrementalPlan;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPlan;
import dev.shirabe.scan.ReadOptions;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.SourceItem;
import dev.shirabe.source.SourceVisitor;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The scan as a Spark job. The driver lists the share and plans with the inventory's file
 * entries exactly as {@code scan} does ({@link IncrementalPlan}: unchanged files are answered
 * from the inventory, touched ones get their new time, gone ones are removed); the files to read
 * are spread over tasks balanced by size ({@link Bins}); each task reads its files with the
 * executor's per-file work and writes a shard ({@link ShardTask}); the driver adds the shards to
 * the one inventory ({@link InventorySink#addShards}) and prints the summary {@code scan}
 * prints. The inventory is the same one {@code scan}, {@code report} and {@code subject} use.
 */
public final class SparkScan {

  /**
   * What to scan.
   *
   * @param roots the share's roots, at the same path on the driver and every executor
   * @param tasks how many tasks to spread the reading over (at most one per file)
   * @param shardRoot where the tasks write their shards: a folder the driver and every executor
   *     reach; null for one beside the inventory (a local master, or a shared inventory folder)
   * @param readAll read every file, changed or not ({@code --full})
   * @param policyFile the policy to classify by, at the same path on every executor; null for
   *     the default policy
   * @param read which files are read and how ({@code scan}'s options: patterns, limits, OCR,
   *     isolation), as every executor reads them
   */
  public record Request(List<Path> roots, Path index, Path keyFile, int tasks, Path shardRoot,
      boolean readAll, boolean storeExcerpts, Path policyFile, ReadOptions read) {

    public Request {
      roots = List.copyOf(roots);
    }

    /** With the default policy and read options, every file under the roots. */
    public Request(List<Path> roots, Path index, Path keyFile, int tasks, Path shardRoot,
        boolean readAll, boolean storeExcerpts) {
      this(roots, index, keyFile, tasks, shardRoot, readAll, storeExcerpts, null,
          ReadOptions.DEFAULTS);
    }
  }

  /**
   * How it went.
   *
   * @param filesRead files the tasks read
   * @param shards shards added
   * @param planNanos listing and planning on the driver
   * @param readNanos the Spark job (the tasks reading and writing their shards)
   * @param mergeNanos adding the shards to the inventory and committing
   */
  public record Result(ScanSummary summary, List<String> warnings, long filesRead, int shards,
      long planNanos, long readNanos, long mergeNanos) {}

  private SparkScan() {}

  /**
   * Runs the scan.
   *
   * @throws IOException when the inventory cannot be opened or written
   * @throws org.apache.spark.SparkException when the job fails (a task failed every attempt):
   *     nothing of it is added, what the inventory held stays
   */
  public static Result run(JavaSparkContext spark, Request request)
      throws IOException, InterruptedException {
    long started = System.nanoTime();
    long startedMillis = System.currentTimeMillis();
    KeyedHasher hasher = KeyedHasher.load(request.keyFile());
    InventorySink.Settings sinkSettings =
        InventorySink.Settings.DEFAULTS.withStoreExcerpts(request.storeExcerpts());
    // The driver plans with the limits the executors read by (one thread: it reads nothing).
    ScanOptions options = request.read().scanOptions(1);
    String policyFile = request.policyFile() == null ? null
        : request.policyFile().toAbsolutePath().normalize().toString();
    // Read on the driver first: a malformed policy fails here, before any task starts.
    String policyDigest = Engine.policy(policyFile).digest();
    List<Path> roots = request.roots().stream().map(r -> r.toAbsolutePath().normalize()).toList();
    Result result;
    try (InventorySink inventory =
        InventorySink.open(request.index(), hasher, sinkSettings, startedMillis)) {
      LocalSource source = new LocalSource(roots, options.include(), options.exclude());
      PlannedReads reads = new PlannedReads(inventory);
      IncrementalPlan<FileEntry> plan = new IncrementalPlan<>(source, reads, request.readAll(),
          options.limits().maxFileBytes());
      // The driver's own analysis is the executors' (one build, one policy, the same options).
      plan.analysedBy(Engine.fingerprint(request.read(), policyFile));
      Tally tally = new Tally();
      long[] listed = new long[3]; // files, bytes, skipped
      source.list(new SourceVisitor() {
        @Override
        public void item(SourceItem item) {
          listed[0]++;
          listed[1] += item.size();
          ScanPlan.Decision decision = plan.decide(item);
          if (!decision.read()) {
            tally.replay(decision);
          }
        }

        @Override
        public void problem(Path path, String reason) {
          listed[0]++;
          tally.unreadable();
          plan.unreadable(path);
        }

        @Override
        public void skipped(Path path, String reason) {
          listed[2]++;
          plan.skipped(path);
          reads.skipped(path, reason);
        }
      });
      List<List<FileTask>> bins = Bins.balance(reads.tasks(), request.tasks());
      long planned = System.nanoTime();
      List<ShardResult> shards = List.of();
      Path shardRoot = null;
      long read = planned;
      try {
        if (!bins.isEmpty()) {
          shardRoot = shardRoot(request);
          JobSettings settings = new JobSettings(request.keyFile().toAbsolutePath().toString(),
              Engine.keyCheck(hasher), startedMillis, sinkSettings.storeExcerpts(),
              sinkSettings.excerptChars(), shardRoot.toString(), policyFile, policyDigest,
              request.read());
          spark.setJobDescription("shirabe: read " + reads.tasks().size() + " files");
          shards = spark.parallelize(bins, bins.size())
              .mapPartitionsWithIndex(new ShardTask(settings), false)
              .collect();
        }
        read = System.nanoTime();
        List<Path> paths = new ArrayList<>(shards.size());
        List<String> ids = new ArrayList<>();
        for (ShardResult shard : shards) {
          paths.add(Path.of(shard.shard()));
          ids.addAll(shard.files());
          tally.add(shard.tally());
        }
        if (!paths.isEmpty()) {
          inventory.addShards(paths, ids);
        }
        // Gone files are removed, skipped paths stored, the end recorded, all committed.
        ChangeCounts changes = plan.finish(true);
        long merged = System.nanoTime();
        ScanSummary summary = new ScanSummary(listed[0], listed[1], tally.parts,
            tally.failedFiles, tally.problems, listed[2], tally.findingsByType(),
            merged - started, changes, tally.roleMailboxes);
        result = new Result(summary, plan.warnings(), tally.filesRead, shards.size(),
            planned - started, read - planned, merged - read);
      } finally {
        if (shardRoot != null) {
          deleteTree(shardRoot);
        }
      }
    }
    return result;
  }

  /** A new owner-only folder for this run's shards: in the given one, or beside the index. */
  private static Path shardRoot(Request request) throws IOException {
    Path parent = request.shardRoot() != null ? request.shardRoot()
        : request.index().toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    // What the shards hold is what the inventory holds: for its owner only, as the inventory.
    return Files.createTempDirectory(parent,
        "." + request.index().toAbsolutePath().normalize().getFileName() + ".shards-",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
