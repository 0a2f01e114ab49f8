package dev.shirabe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.extract.Bombs;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.report.SummaryLine;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.LedgerEntry;
import dev.shirabe.scan.ReadOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a local[2] master against a plain scan of the same tree: the same
 * inventory (findings as stored, file entries, ledger, subject lookups), a rerun that reads
 * nothing, and a changed and a deleted file handled as {@code scan} handles them. One Spark
 * context and one tree for the class: starting Spark is most of the cost.
 */
class SparkScanTest {

  @TempDir static Path dir;

  static JavaSparkContext spark;
  static Path share;
  static Path keyFile;

  @BeforeAll
  static void start() throws Exception {
    share = dir.resolve("share");
    SampleTree.write(share, 700, 5, 12);
    keyFile = dir.resolve("key");
    spark = SharedSpark.context();
  }

  private static SparkScan.Result sparkScan(Path index, int tasks) throws Exception {
    return sparkScan(share, index, tasks, ReadOptions.DEFAULTS);
  }

  private static SparkScan.Result sparkScan(Path root, Path index, int tasks, ReadOptions read)
      throws Exception {
    return SparkScan.run(spark, new SparkScan.Request(List.of(root), index, keyFile, tasks, null,
        false, false, null, read));
  }

  private static ScanSummary plainScan(Path index) throws Exception {
    return plainScan(share, index, ReadOptions.DEFAULTS);
  }

  /** A scan as {@code shirabe scan --threads 2} runs it (isolated extraction processes). */
  private static ScanSummary plainScan(Path root, Path index, ReadOptions read)
      throws Exception {
    try (Scanner scanner = Scanner.builder()
        .read(read, 2, line -> {})
        .policy(Policy.defaults())
        .inventory(index, KeyedHasher.load(keyFile), InventorySink.Settings.DEFAULTS)
        .build()) {
      return scanner.scan(List.of(root));
    }
  }

  /**
   * Files whose parser throws, hangs past --timeout, or runs out of memory in its extraction
   * process, beside ordinary files: each fails with scan's reason, the job goes on, and the
   * inventory, counts and exit code are scan's.
   */
  @Test
  void hostileFilesFailWithScansReasonsAndTheJobGoesOn() throws Exception {
    Path hostile = dir.resolve("hostile");
    SampleTree.write(hostile, 12, 4, 3);
    // PDFBox parses its 200 MB of operators for a minute before it runs out of a 1 GB heap.
    Path pdf = Bombs.pdfWithHugeStream(hostile.resolve("huge.pdf"), 200L << 20);
    byte[] zip = zip("members/a.txt", "山田太郎 ".repeat(2000));
    Files.write(hostile.resolve("broken.zip"), Arrays.copyOf(zip, zip.length / 2));

    // A parser that does not come back in time, and one that throws. The time limit leaves
    // an ordinary file's first reading in a new process (seconds on a loaded machine) alone.
    ReadOptions quick = new ReadOptions(List.of(), List.of(), null, null, 10, null, null, null,
        null, false, List.of("-Xmx1g"));
    ScanSummary byScan = plainScan(hostile, dir.resolve("hostile-plain"), quick);
    SparkScan.Result bySpark = sparkScan(hostile, dir.resolve("hostile-spark"), 3, quick);
    assertEquals(2, byScan.failedFiles(), SummaryLine.of(byScan));
    assertEquals(14, bySpark.filesRead());
    assertSameSummary(byScan, bySpark.summary());
    assertSameInventory(dir.resolve("hostile-plain"), dir.resolve("hostile-spark"), hostile,
        false);
    assertTrue(error(dir.resolve("hostile-spark"), pdf).startsWith("timeout after 10 s"),
        error(dir.resolve("hostile-spark"), pdf));
    assertTrue(error(dir.resolve("hostile-spark"), hostile.resolve("broken.zip"))
        .startsWith("could not be parsed"));
    // The exit codes scan gives: 1 (found), 3 with --fail-on-unread (some files unread).
    String[] args = {"--index", dir.resolve("hostile-spark").toString(), "--key-file",
        keyFile.toString(), "--timeout", "10", hostile.toString()};
    assertEquals(1, ShirabeSpark.execute(spark, args));
    String[] failing = Arrays.copyOf(args, args.length + 1);
    failing[args.length] = "--fail-on-unread";
    assertEquals(3, ShirabeSpark.execute(spark, failing));

    // A parser that runs out of its process's heap (SHIRABE_EXTRACT_JAVA_OPTS=-Xmx48m).
    ReadOptions small = ReadOptions.DEFAULTS.withExtractJvmOptions(List.of("-Xmx48m"));
    ScanSummary byScanSmall = plainScan(hostile, dir.resolve("small-plain"), small);
    SparkScan.Result bySparkSmall = sparkScan(hostile, dir.resolve("small-spark"), 3, small);
    assertSameSummary(byScanSmall, bySparkSmall.summary());
    assertSameInventory(dir.resolve("small-plain"), dir.resolve("small-spark"), hostile, false);
    assertTrue(error(dir.resolve("small-spark"), pdf).startsWith("out of memory"),
        error(dir.resolve("small-spark"), pdf));
  }

  private static String error(Path index, Path file) throws Exception {
    try (InventorySearcher s = InventorySearcher.open(index, KeyedHasher.load(keyFile))) {
      String error = s.file(file.toString()).orElseThrow().error();
      return error == null ? "(read)" : error;
    }
  }

  private static byte[] zip(String member, String text) throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(member));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void sameInventoryAsAPlainScanThenRerunsReadOnlyWhatChanged() throws Exception {
    Path plain = dir.resolve("plain");
    Path sparked = dir.resolve("sparked");
    ScanSummary byScan = plainScan(plain);
    SparkScan.Result first = sparkScan(sparked, 6);

    assertEquals(700, byScan.files());
    assertTrue(byScan.findings() > 1000, SummaryLine.of(byScan));
    assertEquals(700, first.filesRead());
    assertEquals(6, first.shards());
    assertSameSummary(byScan, first.summary());
    assertSameInventory(plain, sparked, share, true);
    try (InventorySearcher s = InventorySearcher.open(sparked)) {
      // Every shard was dated as the driver's one scan.
      Set<Long> dates = new HashSet<>();
      for (String file : s.filesUnder(share.toString())) {
        s.findingsOfFile(file).forEach(f -> dates.add(f.lastScanned()));
        dates.add(s.file(file).orElseThrow().lastScanned());
      }
      assertEquals(1, dates.size(), dates.toString());
    }

    // Nothing changed: nothing read, the same counts from the inventory.
    SparkScan.Result rerun = sparkScan(sparked, 6);
    assertEquals(0, rerun.filesRead());
    assertEquals(0, rerun.shards());
    assertEquals(700, rerun.summary().changes().unchanged());
    assertSameCounts(first.summary(), rerun.summary());
    assertSameInventory(plain, sparked, share, true);

    // One file changed, one deleted: one read, one removed, as a plain rescan does.
    Path changed;
    Path deleted;
    try (Stream<Path> files = Files.walk(share)) {
      List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
      changed = all.stream().filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
      deleted = all.get(all.size() - 1);
    }
    Files.writeString(changed, "氏名,メールアドレス\n新井 実,minoru.arai@example.jp\n",
        StandardCharsets.UTF_8);
    Files.delete(deleted);
    ScanSummary plainAgain = plainScan(plain);
    SparkScan.Result again = sparkScan(sparked, 6);
    assertEquals(1, again.filesRead());
    assertEquals(1, again.summary().changes().changed());
    assertEquals(1, again.summary().changes().removed());
    assertEquals(698, again.summary().changes().unchanged());
    assertSameSummary(plainAgain, again.summary());
    assertSameInventory(plain, sparked, share, true);
  }

  private static void assertSameSummary(ScanSummary expected, ScanSummary actual) {
    assertSameCounts(expected, actual);
    assertEquals(expected.changes(), actual.changes());
  }

  private static void assertSameCounts(ScanSummary expected, ScanSummary actual) {
    assertEquals(expected.files(), actual.files());
    assertEquals(expected.bytes(), actual.bytes());
    assertEquals(expected.parts(), actual.parts());
    assertEquals(expected.failedFiles(), actual.failedFiles());
    assertEquals(expected.problems(), actual.problems());
    assertEquals(expected.findingsByType(), actual.findingsByType());
    assertEquals(expected.roleMailboxes(), actual.roleMailboxes());
  }

  /**
   * Findings as stored, file entries (with why a file failed), the ledger and subject lookups
   * (which find someone when {@code lookupsFind}), times left out.
   */
  private static void assertSameInventory(Path expected, Path actual, Path root,
      boolean lookupsFind) throws Exception {
    KeyedHasher hasher = KeyedHasher.load(keyFile);
    try (InventorySearcher a = InventorySearcher.open(expected, hasher);
        InventorySearcher b = InventorySearcher.open(actual, hasher)) {
      assertEquals(a.fileCount(), b.fileCount());
      assertEquals(a.findingCount(), b.findingCount());
      List<String> files = a.filesUnder(root.toString());
      assertEquals(files, b.filesUnder(root.toString()));
      for (String file : files) {
        assertEquals(undated(a.file(file).orElseThrow()), undated(b.file(file).orElseThrow()),
            file);
        assertEquals(undated(a.findingsOfFile(file)), undated(b.findingsOfFile(file)), file);
        assertEquals(a.partsOfFile(file), b.partsOfFile(file), file);
        assertEquals(a.problemsOfFile(file), b.problemsOfFile(file), file);
      }
      Instant now = Instant.now();
      assertEquals(undatedRows(Holdings.read(a, List.of(root), Policy.defaults()).ledger(now).entries()),
          undatedRows(Holdings.read(b, List.of(root), Policy.defaults()).ledger(now).entries()));
      for (SubjectQuery query : List.of(
          SubjectQuery.of(List.of("山田 太郎"), List.of(), List.of(), List.of()),
          SubjectQuery.of(List.of("John Smith"), List.of(), List.of(), List.of()),
          SubjectQuery.of(List.of("鈴木 一郎", "Mary Brown"), List.of(), List.of(), List.of()))) {
        SubjectReport x = new SubjectLookup(a, hasher, new QueryKeys()).lookup(query);
        SubjectReport y = new SubjectLookup(b, hasher, new QueryKeys()).lookup(query);
        assertTrue(x.found() || !lookupsFind, query.toString());
        assertEquals(undatedPlaces(x.places()), undatedPlaces(y.places()), query.toString());
        assertEquals(x.followed(), y.followed());
        assertEquals(x.notFollowed(), y.notFollowed());
        assertEquals(x.leftOut(), y.leftOut());
      }
    }
  }

  private static List<String> undatedPlaces(List<Place> places) {
    List<String> out = new ArrayList<>();
    for (Place p : places) {
      out.add(p.file() + "|" + p.part() + "|" + p.links() + "|" + undated(p.findings()));
    }
    return out;
  }

  private static FileEntry undated(FileEntry e) {
    return new FileEntry(e.path(), e.size(), e.modified(), e.contentHash(), 0, e.error(),
        e.parts(), e.findings(), e.problems(), 0, e.analysis(), e.byType());
  }

  private static List<StoredFinding> undated(List<StoredFinding> findings) {
    List<StoredFinding> out = new ArrayList<>();
    for (StoredFinding f : findings) {
      out.add(new StoredFinding(f.file(), f.part(), f.type(), f.subtype(), f.valueHash(),
          f.subjectHashes(), f.masked(), f.excerpt(), f.start(), f.end(), f.confidence(),
          f.detector(), f.lang(), f.category(), f.purposes(), f.signals(), 0, f.flags(),
          f.nameForm()));
    }
    out.sort(Comparator.comparing(StoredFinding::part).thenComparingInt(StoredFinding::start)
        .thenComparing(StoredFinding::type));
    return out;
  }

  private static List<String> undatedRows(List<LedgerEntry> entries) {
    TreeMap<String, String> rows = new TreeMap<>();
    for (LedgerEntry e : entries) {
      rows.put(e.location() + "|" + e.category(), new LedgerEntry(e.location(), e.category(),
          e.purposes(), e.types(), e.findings(), e.people(), e.files(), e.parts(), null, null,
          e.flags(), e.kinds()).toString());
    }
    return new ArrayList<>(rows.values());
  }
}
