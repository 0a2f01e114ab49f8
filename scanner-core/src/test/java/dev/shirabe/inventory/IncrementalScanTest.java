package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.Extractor;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.pipeline.IncrementalPlan;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalScanTest {

  @TempDir Path dir;

  static final DetectorSet DETECTORS = DetectorSet.standard();
  private static final KeyedHasher HASHER = KeyedHasher.withKey(new byte[32]);

  /** What the listener heard: the files read, and the stored findings replayed. */
  static final class Heard implements ScanListener {
    final List<String> read = Collections.synchronizedList(new ArrayList<>());
    final List<FindingRecord> replayed = Collections.synchronizedList(new ArrayList<>());
    final List<FindingRecord> found = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {
      read.add(file.path().getFileName().toString());
      found.addAll(records);
    }

    @Override
    public void unchanged(SourceItem file, List<FindingRecord> stored) {
      replayed.addAll(stored);
    }
  }

  static ScanSummary scan(Path index, List<Path> roots, ScanOptions options, boolean readAll,
      ScanListener listener) throws Exception {
    try (Scanner scanner = Scanner.builder().options(options.withThreads(2)).detectors(DETECTORS)
        .inventory(index, HASHER, InventorySink.Settings.DEFAULTS).readAll(readAll).build()) {
      return scanner.scan(roots, listener);
    }
  }

  private ScanSummary scan(Path index, Path root, Heard heard) throws Exception {
    return scan(index, List.of(root), ScanOptions.defaults(), false, heard);
  }

  /** Each stored finding as "file-name part type masked start". */
  static Set<String> stored(Path index) throws Exception {
    Set<String> out = new TreeSet<>();
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : searcher.filesUnder("/")) {
        for (StoredFinding f : searcher.findingsOfFile(file)) {
          out.add(Path.of(f.file()).getFileName() + " " + f.part() + " " + f.type() + " "
              + f.masked() + " " + f.start());
        }
      }
    }
    return out;
  }

  private static void deleteTree(Path root) throws Exception {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * A part longer than a segment reaches the inventory in several batches: stored once, all
   * its findings kept, replayed whole by the rescan.
   */
  @Test
  void aLongPartIsStoredWholeThoughItArrivesInSegments() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    StringBuilder text = new StringBuilder();
    int rows = 12_000;
    for (int i = 0; i < rows; i++) {
      text.append("顧客").append(i).append(",user").append(i).append("@example.jp,備考なし。")
          .append("x".repeat(30)).append('\n');
    }
    write(share.resolve("export.csv"), text.toString());
    Heard first = new Heard();
    ScanSummary scanned = scan(index, share, first);
    assertTrue(text.length() > 2 * dev.shirabe.detect.DetectorSet.SEGMENT_CHARS);
    assertTrue(first.read.size() >= 3, "segments reported: " + first.read.size());
    assertEquals(rows, scanned.findingsByType().get(dev.shirabe.vocabulary.FindingType.EMAIL));
    assertEquals(rows, stored(index).stream().filter(f -> f.contains(" EMAIL ")).count());
    Heard again = new Heard();
    ScanSummary rescanned = scan(index, share, again);
    assertEquals(scanned.findings(), rescanned.findings());
    assertEquals(1, rescanned.parts());
    assertEquals(scanned.findings(), again.replayed.size());
  }

  /** What a progress display hears: every file found, the end of the walk, each file done. */
  @Test
  void aProgressListenerHearsEachFileFoundAndDoneReadOrAnswered() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("a.txt"), "連絡先 yamada.taro@example.co.jp 03-5555-0123\n");
    Files.writeString(share.resolve("plain.txt"), "nothing personal\n");
    Path index = dir.resolve("index");
    final class Counts implements ScanListener {
      final java.util.concurrent.atomic.AtomicLong found = new java.util.concurrent.atomic.AtomicLong();
      final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
      final java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
      final java.util.concurrent.atomic.AtomicLong answeredFindings = new java.util.concurrent.atomic.AtomicLong();
      volatile long foundWhenWalkDone = -1;

      @Override
      public void part(SourceItem file, Part part, List<FindingRecord> records) {}

      @Override
      public boolean wantsStored() {
        return false;
      }

      @Override
      public void found(SourceItem file) {
        found.incrementAndGet();
      }

      @Override
      public void walkDone() {
        foundWhenWalkDone = found.get();
      }

      @Override
      public void fileDone(dev.shirabe.pipeline.FileOutcome outcome) {
        done.incrementAndGet();
      }

      @Override
      public void answered(SourceItem file, long findings) {
        answered.incrementAndGet();
        answeredFindings.addAndGet(findings);
      }
    }
    Counts first = new Counts();
    ScanSummary read = scan(index, List.of(share), ScanOptions.defaults(),
        false, first);
    assertEquals(2, first.foundWhenWalkDone);
    assertEquals(2, first.done.get());
    assertEquals(0, first.answered.get());

    Counts again = new Counts();
    scan(index, List.of(share), ScanOptions.defaults(), false, again);
    assertEquals(2, again.foundWhenWalkDone);
    assertEquals(0, again.done.get());
    assertEquals(2, again.answered.get());
    assertEquals(read.findings(), again.answeredFindings.get());
  }

  @Test
  void aRescanReadsOnlyWhatChangedAndForgetsWhatWasDeleted() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    write(share.resolve("a.txt"), "連絡先 taro@example.jp 電話 03-5555-0123\n");
    write(share.resolve("b.txt"), "mail hanako@example.jp\n");
    write(share.resolve("c.txt"), "mail jiro@example.jp\n");
    write(share.resolve("plain.txt"), "nothing here\n");

    ScanSummary first = scan(index, share, new Heard());
    assertEquals(new ChangeCounts(4, 0, 0, 0), first.changes());
    assertEquals(4, first.findings());
    Set<String> before = stored(index);
    assertEquals(Set.of("a.txt  EMAIL t***@example.jp 4", "a.txt  PHONE **-****-0123 23",
        "b.txt  EMAIL h*****@example.jp 5", "c.txt  EMAIL j***@example.jp 5"), before);

    // Modify b, add d, delete c, touch plain (same bytes, new time).
    write(share.resolve("b.txt"), "mail hanako@example.jp and saburo@example.jp\n");
    write(share.resolve("d.txt"), "tel 03-5555-0999\n");
    Files.delete(share.resolve("c.txt"));
    FileTime later = FileTime.fromMillis(System.currentTimeMillis() + 60_000);
    Files.setLastModifiedTime(share.resolve("plain.txt"), later);

    Heard heard = new Heard();
    ScanSummary second = scan(index, share, heard);
    assertEquals(new ChangeCounts(1, 1, 2, 1), second.changes());
    assertEquals(Set.of("b.txt", "d.txt"), Set.copyOf(heard.read));
    // The whole share is reported: a's findings come from the inventory, masked.
    assertEquals(List.of("**-****-0123", "t***@example.jp"),
        heard.replayed.stream().map(FindingRecord::masked).sorted().toList());
    assertEquals(5, second.findings());
    assertEquals(Set.of("a.txt  EMAIL t***@example.jp 4", "a.txt  PHONE **-****-0123 23",
        "b.txt  EMAIL h*****@example.jp 5", "b.txt  EMAIL s*****@example.jp 27",
        "d.txt  PHONE **-****-0999 4"), stored(index));
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      FileEntry plain = searcher.file(InventorySink.key(share.resolve("plain.txt"))).orElseThrow();
      assertEquals(later.to(java.util.concurrent.TimeUnit.NANOSECONDS), plain.modified());
      assertEquals(4, searcher.fileCount());
    }

    // Nothing changed: nothing read, everything replayed.
    Heard third = new Heard();
    assertEquals(new ChangeCounts(0, 0, 4, 0), scan(index, share, third).changes());
    assertEquals(List.of(), third.read);
    assertEquals(5, third.replayed.size());

    // Overlapping roots: each file is held once.
    scan(index, List.of(share, share.resolve("."), share), ScanOptions.defaults(),
        true, new Heard());
    assertEquals(5, stored(index).size());
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(5, searcher.findingCount());
      assertEquals(4, searcher.fileCount());
    }

    // An inventory kept inside the scanned folder is not scanned itself.
    Path inside = share.resolve(".inventory");
    scan(inside, List.of(share), ScanOptions.defaults(), false, new Heard());
    Heard insideAgain = new Heard();
    assertEquals(new ChangeCounts(0, 0, 4, 0), scan(inside, List.of(share), ScanOptions.defaults(),
        false, insideAgain).changes());
    assertEquals(List.of(), insideAgain.read);
    try (InventorySearcher searcher = InventorySearcher.open(inside)) {
      assertEquals(4, searcher.fileCount());
    }
    deleteTree(inside);

    // A full rescan reads everything: the same bytes, counted as re-read, not as unchanged
    // (which the summary calls "not read again").
    Heard full = new Heard();
    ScanSummary again = scan(index, List.of(share), ScanOptions.defaults(),
        true, full);
    assertEquals(new ChangeCounts(0, 0, 0, 0, 4, java.util.Map.of(ChangePlanner.READ_ALL, 4L)),
        again.changes());
    assertEquals(Set.of("a.txt", "b.txt", "d.txt", "plain.txt"), Set.copyOf(full.read));
    assertEquals(5, stored(index).size());
  }

  /** Each file is one part; "partial*" has a part it cannot read, "broken*" fails whole. */
  private static final Extractor WHOLE_FILES = (file, sink) -> {
    String name = file.path().getFileName().toString();
    if (name.startsWith("broken")) {
      throw new ExtractionException("could not be parsed: truncated");
    }
    if (name.startsWith("partial")) {
      sink.problem("inner.zip", "encrypted");
    }
    try (java.io.InputStream in = file.open()) {
      sink.part(new Part("", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          Map.of()));
    } catch (java.io.IOException e) {
      throw new ExtractionException(e.toString());
    }
  };

  @Test
  void filesThatFailedWholeOrInPartAreReportedAgainUntilTheyChange() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    write(share.resolve("partial.txt"), "mail taro@example.jp\n");
    write(share.resolve("broken.docx"), "PK not really\n");
    ScanOptions options = ScanOptions.defaults().withThreads(1);
    List<String> heard = new ArrayList<>();
    ScanListener problems = new ScanListener() {
      @Override
      public void part(SourceItem file, Part part, List<FindingRecord> records) {}

      @Override
      public synchronized void fileFailed(Path file, String reason) {
        heard.add(file.getFileName() + ": " + reason);
      }

      @Override
      public synchronized void problem(Path file, String locator, String reason) {
        heard.add(file.getFileName() + " > " + locator + ": " + reason);
      }
    };
    List<ScanSummary> summaries = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
        try (Scanner scanner = Scanner.builder().options(options).extractor(WHOLE_FILES)
          .detectors(DETECTORS).inventory(index, HASHER, InventorySink.Settings.DEFAULTS)
          .build()) {
        summaries.add(scanner.scan(List.of(share), problems));
      }
    }
    assertEquals(new ChangeCounts(0, 0, 2, 0), summaries.get(1).changes());
    assertEquals(List.of("broken.docx: could not be parsed: truncated",
        "partial.txt > inner.zip: encrypted"), heard.subList(0, 2).stream().sorted().toList());
    assertEquals(heard.subList(0, 2).stream().sorted().toList(),
        heard.subList(2, 4).stream().sorted().toList());
    for (ScanSummary summary : summaries) {
      assertEquals(1, summary.failedFiles());
      assertEquals(2, summary.problems());
      assertEquals(1, summary.findings());
    }
  }

  @Test
  void aMissingRootOrAnExcludedFileDeletesNothing() throws Exception {
    Path one = Files.createDirectories(dir.resolve("one"));
    Path two = Files.createDirectories(dir.resolve("two"));
    Path index = dir.resolve("inventory");
    write(one.resolve("a.txt"), "mail taro@example.jp\n");
    write(two.resolve("b.txt"), "mail hanako@example.jp\n");
    write(two.resolve("c.csv"), "mail jiro@example.jp\n");
    scan(index, List.of(one, two), ScanOptions.defaults(), false, new Heard());
    Set<String> all = stored(index);
    assertEquals(3, all.size());

    // The share "two" failed to mount.
    Path away = Files.move(two, dir.resolve("away"));
    ScanSummary missing = scan(index, List.of(one, two), ScanOptions.defaults(),
        false, new Heard());
    assertEquals(new ChangeCounts(0, 0, 1, 0), missing.changes());
    assertEquals(all, stored(index));

    // The mount failed and left an empty mount point: nothing is taken as gone either.
    Files.createDirectories(two);
    ScanSummary empty;
    try (Scanner scanner = Scanner.builder().detectors(DETECTORS)
        .inventory(index, HASHER, InventorySink.Settings.DEFAULTS).build()) {
      empty = scanner.scan(List.of(two));
      assertEquals(1, scanner.warnings().size());
      assertTrue(scanner.warnings().get(0).contains("is the share mounted?"),
          scanner.warnings()::toString);
    }
    assertEquals(new ChangeCounts(0, 0, 0, 0), empty.changes());
    assertEquals(all, stored(index));
    Files.delete(two);

    // A scan narrowed by a pattern does not take what it leaves out as gone.
    Files.move(away, two);
    ScanSummary narrowed = scan(index, List.of(two),
        ScanOptions.defaults().withPatterns(List.of("*.txt"), List.of()),
        false, new Heard());
    assertEquals(new ChangeCounts(0, 0, 1, 0), narrowed.changes());
    assertEquals(all, stored(index));

    // A file gone from under the pattern is.
    Files.delete(two.resolve("c.csv"));
    ScanSummary gone = scan(index, List.of(two), ScanOptions.defaults(),
        false, new Heard());
    assertEquals(new ChangeCounts(0, 0, 1, 1), gone.changes());
    assertEquals(2, stored(index).size());
  }

  @Test
  void theIndexAndKeyAreOwnerOnlyAndHoldNoRawValue() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path index = dir.resolve("data/inventory");
    Path keyFile = dir.resolve("config/inventory.key");
    String[] raw = {"山田 太郎", "山田太郎", "yamada.taro@example.co.jp", "03-5555-0123",
        "+81355550123", "東京都千代田区丸の内1-2-3", "4111111111111111"};
    write(share.resolve("顧客.txt"), "氏名：" + raw[0] + "様\nメール：" + raw[2] + "\n電話：" + raw[3]
        + "\n住所：" + raw[5] + "\nカード番号：4111 1111 1111 1111\n");
    KeyedHasher hasher = KeyedHasher.load(keyFile);
    ScanOptions options = ScanOptions.defaults().withThreads(1);
    Heard heard = new Heard();
    try (Scanner scanner = Scanner.builder().options(options).detectors(DETECTORS)
        .inventory(index, hasher, InventorySink.Settings.DEFAULTS).build()) {
      scanner.scan(List.of(share), heard);
    }
    assertEquals(Set.of("PERSON", "EMAIL", "PHONE", "ADDRESS", "CREDIT_CARD"),
        Set.copyOf(heard.found.stream().map(r -> r.finding().type().name()).toList()));

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        assertEquals("rw-------",
            PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file::toString);
      }
    }
    for (String value : raw) {
      assertFalse(IndexContents.holds(index, value), value);
    }
    for (FindingRecord r : heard.found) {
      assertFalse(IndexContents.holds(index, r.finding().text()), r.finding().text());
      assertFalse(IndexContents.holds(index, r.finding().normalized()), r.finding().normalized());
    }
    // The control: the same check sees a value that is stored (its masked form).
    // The control: the same check finds raw values in an index asked to store excerpts.
    Path withExcerpts = dir.resolve("with-excerpts");
    try (Scanner scanner = Scanner.builder().options(options).detectors(DETECTORS)
        .inventory(withExcerpts, hasher, InventorySink.Settings.DEFAULTS.withStoreExcerpts(true))
        .build()) {
      scanner.scan(List.of(share));
    }
    assertTrue(IndexContents.holds(withExcerpts, raw[2]) && IndexContents.holds(withExcerpts, raw[5]));
  }

  /**
   * A symbolic link is remembered as skipped, never as a file; a walk cut short keeps it; the
   * next complete walk that does not meet it forgets it, and the files stay as they were.
   */
  @Test
  void skippedPathsAreKeptApartFromFilesAndForgottenOnlyAfterACompleteWalk() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    write(share.resolve("a.txt"), "連絡先 taro@example.jp\n");
    Path link = Files.createSymbolicLink(share.resolve("link.txt"), share.resolve("a.txt"));
    String linkKey = InventorySink.key(link);
    scan(index, share, new Heard());
    try (InventorySearcher s = InventorySearcher.open(index)) {
      assertEquals(List.of(new SkippedPath(linkKey, "symbolic link, not followed",
          s.skippedUnder(linkKey).get(0).lastSeen())), s.skippedUnder(InventorySink.key(share)));
      assertTrue(s.skippedUnder(linkKey).get(0).lastSeen() > 0);
      assertEquals(List.of(InventorySink.key(share.resolve("a.txt"))),
          s.filesUnder(InventorySink.key(share)), "the link is no file");
      assertEquals(1, s.fileCount());
    }

    Files.delete(link);
    try (InventorySink cut = InventorySink.open(index, HASHER, InventorySink.Settings.DEFAULTS)) {
      // A walk that did not finish: it may have missed the link.
      new IncrementalPlan<>(new LocalSource(List.of(share), List.of(), List.of()), cut, false,
          Long.MAX_VALUE).finish(false);
    }
    try (InventorySearcher s = InventorySearcher.open(index)) {
      assertEquals(1, s.skippedUnder(InventorySink.key(share)).size(), "kept");
    }

    Heard again = new Heard();
    scan(index, share, again);
    assertTrue(again.read.isEmpty(), "a.txt unchanged: " + again.read);
    try (InventorySearcher s = InventorySearcher.open(index)) {
      assertTrue(s.skippedUnder(InventorySink.key(share)).isEmpty(), "forgotten");
      assertEquals(1, s.fileCount());
      assertTrue(s.file(InventorySink.key(share.resolve("a.txt"))).isPresent());
    }
  }
}
