package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan killed (SIGKILL, no chance to clean up) after some commits leaves a readable
 * inventory in which every file held has its findings; the next scan reads only what is
 * missing, and the result is what one uninterrupted scan gives: nothing lost, nothing twice.
 */
class KilledScanTest {

  private static final int FILES = 120;

  @TempDir Path dir;

  @Test
  void aKilledScanIsCompletedByTheNextWithNothingLostOrDuplicated() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(share.resolve(String.format("f%03d.txt", i)),
          "contact person" + i + "@example.jp\n");
    }
    Path index = dir.resolve("inventory");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
        System.getProperty("java.class.path"), ScanUntilKilled.class.getName(),
        share.toString(), index.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    long committed = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try {
      while (committed < 20 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
        try (InventorySearcher searcher = InventorySearcher.open(index)) {
          committed = searcher.fileCount();
        } catch (java.io.IOException e) {
          committed = 0; // not created yet
        }
      }
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      committed = searcher.fileCount();
      assertTrue(committed >= 20 && committed < FILES,
          "killed after " + committed + " files; log: " + Files.readString(dir.resolve("child.log")));
      // Each file held came with its finding, in the same commit.
      assertEquals(committed, searcher.findingCount());
    }

    ScanOptions options = ScanOptions.defaults().withThreads(2);
    ScanSummary resumed;
    try (Scanner scanner = Scanner.builder().options(options)
        .detectors(DetectorSet.standard().only(List.of("email")))
        .inventory(index, KeyedHasher.withKey(new byte[32]), InventorySink.Settings.DEFAULTS)
        .build()) {
      resumed = scanner.scan(List.of(share));
    }
    assertEquals(new ChangeCounts(FILES - committed, 0, committed, 0), resumed.changes());
    assertEquals(FILES, resumed.findings());
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(FILES, searcher.fileCount());
      assertEquals(FILES, searcher.findingCount());
      Set<String> files = new TreeSet<>();
      for (String file : searcher.filesUnder(share.toString())) {
        assertEquals(1, searcher.findingsOfFile(file).size(), file);
        files.add(file);
      }
      assertEquals(FILES, files.size());
    }
  }
}
