package dev.shirabe.cli;

import dev.shirabe.inventory.InventoryWriter;
import dev.shirabe.inventory.KeyedHasher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folders given as {@code --index} that hold no usable inventory, each with the words the
 * refusal must contain: what a reader must answer with exit 2, never with "nothing held".
 */
final class BrokenInventories {

  private BrokenInventories() {}

  /**
   * Makes each kind of unusable inventory under {@code dir}, from the good {@code inventory}
   * written with {@code key}; the map is folder to the words its refusal must say.
   */
  static Map<Path, String> make(Path dir, Path inventory, Path key) throws IOException {
    Map<Path, String> made = new LinkedHashMap<>();
    made.put(dir.resolve("missing"), "No inventory in");
    made.put(Files.createDirectories(dir.resolve("empty")), "is an empty folder");

    Path documents = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(documents.resolve("memo.txt"), "a document, not an index\n");
    made.put(documents, "is not a Shirabe inventory");

    Path noCommit = copy(inventory, dir.resolve("no-commit"));
    for (Path segments : segmentsFiles(noCommit)) {
      Files.delete(segments);
    }
    made.put(noCommit, "half-written");

    Path corrupt = copy(inventory, dir.resolve("corrupt"));
    for (Path segments : segmentsFiles(corrupt)) {
      Files.writeString(segments, "not a commit point");
    }
    made.put(corrupt, "is damaged");

    // What a first scan stopped before its first commit of a file leaves: the inventory
    // created, its key recorded, no file in it.
    Path neverScanned = dir.resolve("never-scanned");
    InventoryWriter.open(neverScanned, KeyedHasher.load(key)).close();
    made.put(neverScanned, "no scan has finished");
    return made;
  }

  private static List<Path> segmentsFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
