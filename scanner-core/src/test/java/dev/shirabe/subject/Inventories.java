package dev.shirabe.subject;

import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Real inventories for the lookup tests: the folders scanned into a Lucene index. */
final class Inventories {

  /** The key the lookup tests hash with. */
  static final KeyedHasher HASHER =
      KeyedHasher.withKey("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  private Inventories() {}

  /** Scans {@code roots} into {@code index} with {@link #HASHER} and opens what was stored. */
  static InventorySearcher scanned(Path index, Path... roots) throws Exception {
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    List<Path> all = List.of(roots);
    try (Scanner scanner = Scanner.builder().options(options)
        .inventory(index, HASHER, InventorySink.Settings.DEFAULTS).build()) {
      scanner.scan(all);
    }
    return InventorySearcher.open(index);
  }

  static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The names of the files a report places the subject in. */
  static Set<String> files(SubjectReport report) {
    return report.places().stream()
        .map(p -> Path.of(p.file()).getFileName().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
