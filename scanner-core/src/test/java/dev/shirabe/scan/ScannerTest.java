package dev.shirabe.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.PartSink;
import dev.shirabe.inventory.InventoryBusyException;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder wires a whole scan: a small tree into an inventory, then rescans of it. */
class ScannerTest {

  @TempDir Path dir;

  static final KeyedHasher HASHER = KeyedHasher.withKey(new byte[32]);

  /** The files read (a part heard), and the findings heard, read or replayed. */
  static final class Heard implements ScanListener {
    final List<String> read = Collections.synchronizedList(new ArrayList<>());
    final List<String> masked = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {
      read.add(file.path().getFileName().toString());
      records.forEach(r -> masked.add(r.masked()));
    }

    @Override
    public void unchanged(SourceItem file, List<FindingRecord> stored) {
      stored.forEach(r -> masked.add(r.masked()));
    }
  }

  private Scanner.Builder builder(Path index) {
    return Scanner.builder()
        .options(ScanOptions.defaults().withThreads(2))
        .detectors(DetectorSet.standard().only(List.of("email", "phone")))
        .inventory(index, HASHER, InventorySink.Settings.DEFAULTS);
  }

  private ScanSummary scan(Path index, Path share, Heard heard) throws Exception {
    try (Scanner scanner = builder(index).build()) {
      assertTrue(scanner.keepsInventory());
      ScanSummary summary = scanner.scan(List.of(share), heard);
      assertEquals(List.of(), scanner.warnings());
      return summary;
    }
  }

  @Test
  void scansATreeIntoAnInventoryAndARescanReadsNothing() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share/sub"));
    Path index = dir.resolve("inventory");
    Files.writeString(share.resolve("a.txt"), "連絡先 taro@example.jp 電話 03-5555-0123\n",
        StandardCharsets.UTF_8);
    Files.writeString(share.getParent().resolve("b.txt"), "mail hanako@example.jp\n",
        StandardCharsets.UTF_8);
    Files.writeString(share.getParent().resolve("plain.txt"), "nothing here\n",
        StandardCharsets.UTF_8);
    Path root = share.getParent();

    Heard first = new Heard();
    ScanSummary one = scan(index, root, first);
    assertEquals(new ChangeCounts(3, 0, 0, 0), one.changes());
    assertEquals(Set.of("a.txt", "b.txt", "plain.txt"), Set.copyOf(first.read));
    assertEquals(3, one.findings());
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(3, searcher.fileCount());
      assertEquals(3, searcher.findingCount());
    }

    // Nothing changed: nothing read, the same findings reported from the inventory.
    Heard second = new Heard();
    ScanSummary two = scan(index, root, second);
    assertEquals(new ChangeCounts(0, 0, 3, 0), two.changes());
    assertEquals(List.of(), second.read);
    assertEquals(one.findings(), two.findings());
    assertEquals(one.files(), two.files());
    assertEquals(first.masked.stream().sorted().toList(), second.masked.stream().sorted().toList());

    // A file touched and a file deleted: still nothing read, one removed.
    Files.setLastModifiedTime(root.resolve("plain.txt"),
        FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Files.delete(root.resolve("b.txt"));
    Heard third = new Heard();
    ScanSummary three = scan(index, root, third);
    assertEquals(new ChangeCounts(0, 0, 2, 1), three.changes());
    assertEquals(List.of(), third.read);
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(2, searcher.fileCount());
    }
    Heard fourth = new Heard();
    assertEquals(new ChangeCounts(0, 0, 2, 0), scan(index, root, fourth).changes());
    assertEquals(List.of(), fourth.read, "the touched file's new time was kept");

    // Asked to read everything, it does, and counts them as re-read because asked.
    Heard all = new Heard();
    try (Scanner scanner = builder(index).readAll(true).build()) {
      assertEquals(new ChangeCounts(0, 0, 0, 0, 2, Map.of(ChangePlanner.READ_ALL, 2L)),
          scanner.scan(List.of(root), all).changes());
    }
    assertEquals(Set.of("a.txt", "plain.txt"), Set.copyOf(all.read));
  }

  @Test
  void theScannerClosesTheInventoryItOpenedAndNoneWithoutOne() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("a.txt"), "mail taro@example.jp\n", StandardCharsets.UTF_8);
    Path index = dir.resolve("inventory");
    try (Scanner scanner = builder(index).build()) {
      // While it is open, a second scan of the same inventory is refused.
      assertThrows(InventoryBusyException.class, () -> builder(index).build());
      scanner.scan(List.of(share));
    }
    try (Scanner again = builder(index).build()) { // released: opens again
      assertEquals(new ChangeCounts(0, 0, 1, 0), again.scan(List.of(share)).changes());
    }

    Heard heard = new Heard();
    try (Scanner none = Scanner.builder()
        .detectors(DetectorSet.standard().only(List.of("email"))).build()) {
      assertFalse(none.keepsInventory());
      ScanSummary summary = none.scan(List.of(share), heard);
      assertEquals(null, summary.changes(), "no inventory, no changes counted");
      assertEquals(1, summary.findings());
    }
    assertEquals(List.of("a.txt"), heard.read);
  }

  /**
   * The extractor is made before the inventory is opened and the classifier made: isolated
   * extraction processes boot meanwhile. A scan refused because another holds the inventory
   * closes the extractor it made.
   */
  @Test
  void theExtractorIsMadeFirstAndClosedWhenTheInventoryIsRefused() throws Exception {
    Path index = dir.resolve("inventory");
    List<String> made = Collections.synchronizedList(new ArrayList<>());
    List<String> closed = Collections.synchronizedList(new ArrayList<>());
    Scanner.Maker<Extractor> extractor = () -> {
      made.add("extractor");
      return new Extractor() {
        @Override
        public void extract(SourceItem item, PartSink sink) {}

        @Override
        public void close() {
          closed.add("extractor");
        }
      };
    };
    try (Scanner scanner = Scanner.builder()
        .detectors(DetectorSet.standard().only(List.of("email")))
        .extractor(extractor)
        .inventory(() -> {
          made.add("inventory");
          return InventorySink.open(index, HASHER, InventorySink.Settings.DEFAULTS);
        })
        .classifier(() -> {
          made.add("classifier");
          return Classifier.NONE;
        })
        .build()) {
      assertEquals(List.of("extractor", "inventory", "classifier"), made);
      made.clear();
      assertThrows(InventoryBusyException.class, () -> builder(index).extractor(extractor).build());
      assertEquals(List.of("extractor"), made);
      assertEquals(List.of("extractor"), closed, "the refused scan's extractor is closed");
    }
    assertEquals(List.of("extractor", "extractor"), closed);
  }
}
