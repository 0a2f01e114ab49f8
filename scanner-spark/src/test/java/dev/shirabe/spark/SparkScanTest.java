package dev.shirabe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.report.SummaryLine;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.LedgerEntry;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
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
    spark = new JavaSparkContext(ShirabeSpark.conf("local[2]"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  private static SparkScan.Result sparkScan(Path index, int tasks) throws Exception {
    return SparkScan.run(spark,
        new SparkScan.Request(List.of(share), index, keyFile, tasks, null, false, false));
  }

  private static ScanSummary plainScan(Path index) throws Exception {
    try (Scanner scanner = Scanner.builder()
        .options(ScanOptions.defaults().withThreads(2))
        .policy(Policy.defaults())
        .inventory(index, KeyedHasher.load(keyFile), InventorySink.Settings.DEFAULTS)
        .build()) {
      return scanner.scan(List.of(share));
    }
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
    assertSameInventory(plain, sparked);
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
    assertSameInventory(plain, sparked);

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
    assertSameInventory(plain, sparked);
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

  /** Findings as stored, file entries, the ledger and subject lookups, times left out. */
  private static void assertSameInventory(Path expected, Path actual) throws Exception {
    KeyedHasher hasher = KeyedHasher.load(keyFile);
    try (InventorySearcher a = InventorySearcher.open(expected, hasher);
        InventorySearcher b = InventorySearcher.open(actual, hasher)) {
      assertEquals(a.fileCount(), b.fileCount());
      assertEquals(a.findingCount(), b.findingCount());
      List<String> files = a.filesUnder(share.toString());
      assertEquals(files, b.filesUnder(share.toString()));
      for (String file : files) {
        assertEquals(undated(a.file(file).orElseThrow()), undated(b.file(file).orElseThrow()),
            file);
        assertEquals(undated(a.findingsOfFile(file)), undated(b.findingsOfFile(file)), file);
        assertEquals(a.partsOfFile(file), b.partsOfFile(file), file);
        assertEquals(a.problemsOfFile(file), b.problemsOfFile(file), file);
      }
      Instant now = Instant.now();
      assertEquals(undatedRows(Holdings.read(a, List.of(share), Policy.defaults()).ledger(now).entries()),
          undatedRows(Holdings.read(b, List.of(share), Policy.defaults()).ledger(now).entries()));
      for (SubjectQuery query : List.of(
          SubjectQuery.of(List.of("山田 太郎"), List.of(), List.of(), List.of()),
          SubjectQuery.of(List.of("John Smith"), List.of(), List.of(), List.of()),
          SubjectQuery.of(List.of("鈴木 一郎", "Mary Brown"), List.of(), List.of(), List.of()))) {
        SubjectReport x = new SubjectLookup(a, hasher, new QueryKeys()).lookup(query);
        SubjectReport y = new SubjectLookup(b, hasher, new QueryKeys()).lookup(query);
        assertTrue(x.found(), query.toString());
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
