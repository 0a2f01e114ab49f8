package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unchanged file is answered from the inventory only when the same analysis made its
 * findings: another policy, another build, other detectors or options read it again.
 */
class AnalysisChangeTest {

  @TempDir Path dir;
  private Path share;
  private Path index;

  private static final KeyedHasher HASHER = KeyedHasher.withKey(new byte[32]);
  private static final DetectorSet ALL = DetectorSet.standard();

  /** Two policies that name the same words under different categories. */
  private static final String CUSTOMERS = """
      [category customer]
      label: 顧客 | Customers
      purpose: sales | 販売 | Sales
      ja: 名簿
      """;
  private static final String MEMBERS = """
      [category member]
      label: 会員 | Members
      purpose: service | 提供 | Service
      ja: 名簿
      """;

  @BeforeEach
  void share() throws Exception {
    share = Files.createDirectories(dir.resolve("share"));
    index = dir.resolve("inventory");
    Files.writeString(share.resolve("a.txt"), "名簿\n連絡先 taro@example.jp 電話 03-5555-0123\n",
        StandardCharsets.UTF_8);
    Files.writeString(share.resolve("b.txt"), "名簿\nmail hanako@example.jp\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("plain.txt"), "nothing here\n", StandardCharsets.UTF_8);
  }

  private ScanSummary scan(DetectorSet detectors, Classifier classifier,
      InventorySink.Settings settings, ScanListener heard) throws Exception {
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    try (Scanner scanner = Scanner.builder().options(options).detectors(detectors)
        .classifier(classifier).inventory(index, HASHER, settings).build()) {
      return scanner.scan(List.of(share), heard);
    }
  }

  private ScanSummary scan(Classifier classifier, ScanListener heard) throws Exception {
    return scan(ALL, classifier, InventorySink.Settings.DEFAULTS, heard);
  }

  private PolicyClassifier policy(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new PolicyClassifier(Policy.read(file));
  }

  private Set<String> storedCategories() throws Exception {
    Set<String> out = new TreeSet<>();
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : searcher.filesUnder(share.toAbsolutePath().toString())) {
        for (StoredFinding f : searcher.findingsOfFile(file)) {
          out.add(f.type() + " " + f.category());
        }
      }
    }
    return out;
  }

  @Test
  void anotherPolicyReadsUnchangedFilesAgainAndTheSamePolicyDoesNot() throws Exception {
    assertEquals(new ChangeCounts(3, 0, 0, 0), scan(policy("a.policy", CUSTOMERS),
        new IncrementalScanTest.Heard()).changes());
    assertEquals(Set.of("EMAIL customer", "PHONE customer"), storedCategories());

    // The same policy's bytes, read again from another file: nothing read.
    IncrementalScanTest.Heard same = new IncrementalScanTest.Heard();
    ScanSummary again = scan(policy("copy.policy", CUSTOMERS), same);
    assertEquals(new ChangeCounts(0, 0, 3, 0), again.changes());
    assertTrue(same.read.isEmpty(), "read: " + same.read);
    assertEquals(3, same.replayed.size());

    IncrementalScanTest.Heard other = new IncrementalScanTest.Heard();
    ScanSummary members = scan(policy("b.policy", MEMBERS), other);
    assertEquals(new ChangeCounts(0, 0, 0, 0, 3, Map.of("another policy", 3L)),
        members.changes());
    assertEquals(Set.of("a.txt", "b.txt", "plain.txt"), new TreeSet<>(other.read));
    assertTrue(other.replayed.isEmpty());
    assertEquals(3, members.findings());
    assertTrue(other.found.stream().allMatch(r -> "member".equals(r.category())), "classified anew");
    assertEquals(Set.of("EMAIL member", "PHONE member"), storedCategories());

    // Recorded: the next scan under it reads nothing.
    assertEquals(new ChangeCounts(0, 0, 3, 0),
        scan(policy("b2.policy", MEMBERS), new IncrementalScanTest.Heard()).changes());
  }

  /** Rewrites every entry's fingerprint, as an older Shirabe would have left it. */
  private void rewriteEntries(UnaryOperator<AnalysisFingerprint> change) throws Exception {
    List<FileEntry> entries = new java.util.ArrayList<>();
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : searcher.filesUnder(share.toAbsolutePath().toString())) {
        entries.add(searcher.file(file).orElseThrow());
      }
    }
    try (InventoryWriter writer = InventoryWriter.open(index, HASHER)) {
      for (FileEntry e : entries) {
        writer.updateFileEntry(new FileEntry(e.path(), e.size(), e.modified(), e.contentHash(),
            e.lastScanned(), e.error(), e.parts(), e.findings(), e.problems(), e.firstSeen(),
            change.apply(e.analysis())));
      }
    }
  }

  @Test
  void anEntryOfAnotherBuildOrOfAnOlderShirabeIsReadAgain() throws Exception {
    scan(Classifier.NONE, new IncrementalScanTest.Heard());
    rewriteEntries(f -> new AnalysisFingerprint(f.build() + 1, f.policy(), f.settings()));
    IncrementalScanTest.Heard heard = new IncrementalScanTest.Heard();
    assertEquals(new ChangeCounts(0, 0, 0, 0, 3, Map.of("another build of Shirabe", 3L)),
        scan(Classifier.NONE, heard).changes());
    assertEquals(3, heard.read.size());

    rewriteEntries(f -> null); // written before fingerprints were kept
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertNull(searcher.file(share.resolve("a.txt").toAbsolutePath().toString())
          .orElseThrow().analysis());
    }
    assertEquals(new ChangeCounts(0, 0, 0, 0, 3, Map.of("read by an older Shirabe", 3L)),
        scan(Classifier.NONE, new IncrementalScanTest.Heard()).changes());
    assertEquals(new ChangeCounts(0, 0, 3, 0),
        scan(Classifier.NONE, new IncrementalScanTest.Heard()).changes());
  }

  @Test
  void otherDetectorsOrExcerptsReadAgainAndATouchedFileToo() throws Exception {
    scan(Classifier.NONE, new IncrementalScanTest.Heard());
    ChangeCounts emailOnly = scan(ALL.only(List.of("email")), Classifier.NONE,
        InventorySink.Settings.DEFAULTS, new IncrementalScanTest.Heard()).changes();
    assertEquals(Map.of("other detectors or options", 3L), emailOnly.rereadBecause());
    assertEquals(Set.of("EMAIL null"), storedCategories()); // the phone is no longer found

    // A file touched (same bytes, new time) under another analysis is read too, not just
    // given its new time.
    Files.setLastModifiedTime(share.resolve("a.txt"),
        java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    ChangeCounts excerpts = scan(ALL, Classifier.NONE,
        InventorySink.Settings.DEFAULTS.withStoreExcerpts(true), new IncrementalScanTest.Heard())
        .changes();
    assertEquals(new ChangeCounts(0, 0, 0, 0, 3, Map.of("other detectors or options", 3L)),
        excerpts);
    assertEquals(Set.of("EMAIL null", "PHONE null"), storedCategories());
  }

  /** The inventory alone listens: it needs no stored findings, and reads none. */
  private static final class Quiet implements ScanListener {
    final List<dev.shirabe.vocabulary.FindingRecord> replayed =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public void part(dev.shirabe.source.SourceItem file, dev.shirabe.vocabulary.Part part,
        List<dev.shirabe.vocabulary.FindingRecord> records) {}

    @Override
    public void unchanged(dev.shirabe.source.SourceItem file,
        List<dev.shirabe.vocabulary.FindingRecord> stored) {
      replayed.addAll(stored);
    }

    @Override
    public boolean wantsStored() {
      return false;
    }
  }

  @Test
  void aRescanCountsFromTheEntriesAndReadsFindingsOnlyForAListenerThatPrintsThem()
      throws Exception {
    ScanSummary first = scan(Classifier.NONE, new IncrementalScanTest.Heard());
    Quiet quiet = new Quiet();
    ScanSummary counted = scan(Classifier.NONE, quiet);
    assertTrue(quiet.replayed.isEmpty());
    assertEquals(first.findingsByType(), counted.findingsByType());
    assertEquals(3, counted.findings());

    // Entries written before the counts were kept: counted from the stored findings.
    List<FileEntry> entries = new java.util.ArrayList<>();
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : searcher.filesUnder(share.toAbsolutePath().toString())) {
        FileEntry e = searcher.file(file).orElseThrow();
        assertEquals(e.findings(), e.byType().values().stream().mapToInt(i -> i).sum());
        entries.add(e);
      }
    }
    try (InventoryWriter writer = InventoryWriter.open(index, HASHER)) {
      for (FileEntry e : entries) {
        writer.updateFileEntry(new FileEntry(e.path(), e.size(), e.modified(), e.contentHash(),
            e.lastScanned(), e.error(), e.parts(), e.findings(), e.problems(), e.firstSeen(),
            e.analysis(), null));
      }
    }
    ScanSummary older = scan(Classifier.NONE, new Quiet());
    assertEquals(first.findingsByType(), older.findingsByType());
    IncrementalScanTest.Heard printing = new IncrementalScanTest.Heard();
    scan(Classifier.NONE, printing);
    assertEquals(3, printing.replayed.size());
  }

  @Test
  void theFindingsAsShownAreTheStoredFindingsAReportShows() throws Exception {
    scan(policy("a.policy", CUSTOMERS), new IncrementalScanTest.Heard());
    int compared = 0;
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : searcher.filesUnder(share.toAbsolutePath().toString())) {
        List<dev.shirabe.vocabulary.FindingRecord> whole = searcher.findingsOfFile(file).stream()
            .map(f -> f.toRecord(file)).toList();
        List<dev.shirabe.vocabulary.FindingRecord> shown = searcher.shownFindingsOfFile(file)
            .stream().map(f -> f.toRecord(file)).toList();
        assertEquals(whole, shown);
        compared += shown.size();
      }
    }
    assertEquals(3, compared);
  }

  @Test
  void theBuildIsTheSameWithinAProcessAndThePolicyIsItsBytes() throws Exception {
    AnalysisFingerprint a = AnalysisFingerprint.of(new TikaExtractor(ScanOptions.defaults().limits()),
        ScanOptions.defaults().limits(), ALL, policy("a.policy", CUSTOMERS));
    AnalysisFingerprint b = AnalysisFingerprint.of(new TikaExtractor(ScanOptions.defaults().limits()),
        ScanOptions.defaults().limits(), ALL, policy("b.policy", CUSTOMERS + "# a comment\n"));
    assertEquals(a.build(), b.build());
    assertEquals(a.settings(), b.settings());
    assertNotEquals(a.policy(), b.policy());
    assertEquals("another policy", a.reasonToReread(b));
    assertNull(a.reasonToReread(a));
    AnalysisFingerprint deeper = AnalysisFingerprint.of(new TikaExtractor(ScanOptions.defaults().limits()),
        ScanOptions.defaults().limits().withMaxDepth(2), ALL, policy("a.policy", CUSTOMERS));
    assertEquals("other detectors or options", a.reasonToReread(deeper));
  }
}
