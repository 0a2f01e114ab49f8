package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;

/**
 * What a folder given as an inventory holds, told before anything reads or writes it: the one
 * check that readers (lookups, reports) and writers (scans) share. A folder that holds no
 * usable inventory is an {@link UnusableInventoryException} with its reason, never an empty
 * inventory: an empty answer from it would say "nothing held" when nothing could be looked at.
 */
final class InventoryFolder {

  private static final String LOCK = "write.lock";

  private InventoryFolder() {}

  /**
   * The last commit of the inventory in {@code folder}, checked to be a Shirabe inventory that
   * can be read; its directory closes with it ({@link DirectoryReader#directory()}).
   */
  static DirectoryReader open(Path folder) throws IOException {
    requireCommitPoint(folder);
    FSDirectory fs = FSDirectory.open(folder);
    DirectoryReader reader;
    try {
      reader = DirectoryReader.open(fs);
    } catch (AccessDeniedException e) {
      fs.close();
      throw UnusableInventoryException.unreadable(folder, e);
    } catch (IOException | RuntimeException e) {
      // A commit point that cannot be parsed, or naming segment files that are gone or cut.
      fs.close();
      throw UnusableInventoryException.damaged(folder, e);
    }
    if (!isShirabe(reader)) {
      close(reader);
      throw UnusableInventoryException.foreignIndex(folder);
    }
    return reader;
  }

  /**
   * Whether {@code folder} holds an inventory a scan may add to (true), or is where a scan
   * may start one: missing or empty (false). Anything else throws: a scan must not start over
   * in a damaged inventory, nor write index files among other files.
   */
  static boolean requireWritable(Path folder) throws IOException {
    DirectoryReader reader;
    try {
      reader = open(folder);
    } catch (UnusableInventoryException e) {
      if (e.reason() == UnusableInventoryException.Reason.MISSING
          || e.reason() == UnusableInventoryException.Reason.EMPTY) {
        return false;
      }
      throw e;
    }
    close(reader);
    return true;
  }

  /** Closes the reader and its directory. */
  static void close(DirectoryReader reader) throws IOException {
    try (var directory = reader.directory()) {
      reader.close();
    }
  }

  /** Throws unless the folder holds a commit point (segments_N), saying what it holds instead. */
  private static void requireCommitPoint(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw Files.exists(folder)
          ? UnusableInventoryException.notAFolder(folder)
          : UnusableInventoryException.missing(folder);
    }
    List<String> names;
    try (Stream<Path> entries = Files.list(folder)) {
      // A lock alone is what a writer leaves that was stopped before it wrote anything.
      names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(LOCK)).toList();
    } catch (AccessDeniedException e) {
      throw UnusableInventoryException.unreadable(folder, e);
    }
    if (names.isEmpty()) {
      throw UnusableInventoryException.empty(folder);
    }
    // As DirectoryReader.indexExists: a commit point is a segments_N file.
    if (names.stream().anyMatch(n -> n.startsWith("segments_"))) {
      return;
    }
    throw names.stream().allMatch(InventoryFolder::isIndexFile)
        ? UnusableInventoryException.halfWritten(folder)
        : UnusableInventoryException.otherFiles(folder, names.size());
  }

  /** A name Lucene gives an index file: a segment's (_0.cfs, _1_Lucene90_0.doc) or a pending commit. */
  private static boolean isIndexFile(String name) {
    return name.startsWith("_") || name.startsWith("pending_segments_");
  }

  /**
   * Whether the index is a Shirabe inventory: it records a key check, or is empty, or its
   * documents have the inventory's kind field (one written before key checks were kept).
   */
  private static boolean isShirabe(DirectoryReader reader) throws IOException {
    if (reader.getIndexCommit().getUserData().containsKey(CommitData.KEY_CHECK)
        || reader.maxDoc() == 0) {
      return true;
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(InventoryDocuments.KIND) != null) {
        return true;
      }
    }
    return false;
  }
}
