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

  /**
   * A small file is read from its own postings and kept by offset; a large one by the range
   * query: both answer what reading the part whole and keeping the range would, for a file of
   * two parts whose findings were added out of text order.
   */
  @Test
  void smallAndLargeFilesAnswerAsThePartReadWhole() throws Exception {
    int large = InventorySearcher.READ_WHOLE_FILE_UP_TO + 100;
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      for (String file : List.of("/small.eml", "/large.eml")) {
        int count = file.equals("/small.eml") ? 60 : large;
        List<StoredFinding> findings = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
          String part = i % 3 == 0 ? "attachment.csv" : "";
          findings.add(new StoredFinding(file, part, "EMAIL", null, "v" + i, List.of("s" + i), "m", null,
              i * 10, i * 10 + 5, 0.9, "email", "en", null, List.of(), List.of(), 0L));
        }
        writer.replaceFile(new FileEntry(file, 1, 0, "0".repeat(64), 0, null, 1, count),
            List.of(new PartEntry(file, "", "", "en", count), new PartEntry(file, "attachment.csv", "", "en", 0)),
            findings);
      }
      writer.commit();
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      for (String file : List.of("/small.eml", "/large.eml")) {
        for (String part : List.of("", "attachment.csv", "other")) {
          for (int[] range : new int[][] {{0, 0}, {95, 305}, {200, 200}, {0, 1_000_000}}) {
            List<StoredFinding> expected = searcher.findingsInPart(file, part).stream()
                .filter(f -> f.start() >= range[0] && f.start() <= range[1]).toList();
            assertEquals(expected, searcher.findingsInPart(file, part, range[0], range[1]),
                file + " " + part + " " + range[0] + ".." + range[1]);
          }
        }
      }
      assertEquals(List.of(100, 110, 130, 140),
          searcher.findingsInPart("/small.eml", "", 100, 140).stream().map(StoredFinding::start).toList());
    }
  }
}
