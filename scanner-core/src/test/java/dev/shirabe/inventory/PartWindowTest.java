package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the findings near an offset of a part, without reading the part whole. */
class PartWindowTest {

  @TempDir Path dir;

  @Test
  void findingsStartingInTheRangeOnlyInTextOrder() throws Exception {
    List<StoredFinding> findings = new ArrayList<>();
    for (int i = 49; i >= 0; i--) {
      findings.add(new StoredFinding("/f.csv", "", "EMAIL", null, "v" + i, List.of("s" + i), "m", null,
          i * 100, i * 100 + 20, 0.9, "email", "en", null, List.of(), List.of(), 0L));
    }
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      writer.replaceFile(new FileEntry("/f.csv", 1, 0, "0".repeat(64), 0, null, 1, 50),
          List.of(new PartEntry("/f.csv", "", "", "en", 50)), findings);
      writer.commit();
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(List.of(1000, 1100, 1200),
          searcher.findingsInPart("/f.csv", "", 950, 1200).stream().map(StoredFinding::start).toList());
      assertEquals(List.of(), searcher.findingsInPart("/f.csv", "other", 0, 5000));
      // The interface's default, for readers without offsets indexed, answers the same.
      InventoryReader plain = new InventoryReader() {
        @Override
        public List<StoredFinding> findingsWithSubjects(java.util.Collection<String> hashes) {
          return List.of();
        }

        @Override
        public List<StoredFinding> findingsInPart(String file, String part) throws java.io.IOException {
          return searcher.findingsInPart(file, part);
        }

        @Override
        public long findingCount() {
          return 50;
        }

        @Override
        public void close() {}
      };
      assertEquals(searcher.findingsInPart("/f.csv", "", 950, 1200), plain.findingsInPart("/f.csv", "", 950, 1200));
    }
  }
}
