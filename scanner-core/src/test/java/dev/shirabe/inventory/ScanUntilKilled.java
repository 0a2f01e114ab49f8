package dev.shirabe.inventory;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child process of {@link KilledScanTest}: scans ROOT into INDEX, one thread, committing
 * every 10 files, slowed down to about 15 ms a file so that the parent can kill it midway.
 */
public final class ScanUntilKilled {

  private ScanUntilKilled() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path index = Path.of(args[1]);
    ScanOptions options = ScanOptions.defaults().withThreads(1);
    InventorySink.Settings settings =
        InventorySink.Settings.DEFAULTS.withCommitEvery(10, Duration.ofMinutes(1));
    ScanListener slow = new ScanListener() {
      @Override
      public void part(dev.shirabe.source.SourceItem file, dev.shirabe.vocabulary.Part part,
          List<dev.shirabe.vocabulary.FindingRecord> records) {}

      @Override
      public void fileDone(FileOutcome outcome) {
        try {
          Thread.sleep(15);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    try (Scanner scanner = Scanner.builder().options(options)
        .detectors(DetectorSet.standard().only(List.of("email")))
        .inventory(index, KeyedHasher.withKey(new byte[32]), settings).build()) {
      scanner.scan(List.of(root), slow);
    }
  }
}
