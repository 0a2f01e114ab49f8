package dev.shirabe.subject;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.inventory.IncrementalScan;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import java.nio.file.Path;
import java.util.List;

/** Real inventories for the lookup tests: the folders scanned into a Lucene index. */
final class Inventories {

  private Inventories() {}

  static void scan(Path index, KeyedHasher hasher, Path... roots) throws Exception {
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    List<Path> all = List.of(roots);
    try (IncrementalScan scan =
        IncrementalScan.open(index, hasher, all, options, IncrementalScan.Settings.DEFAULTS)) {
      new ScanPipeline(options, new TikaExtractor(options.limits()), DetectorSet.standard())
          .run(all, scan, scan);
    }
  }
}
