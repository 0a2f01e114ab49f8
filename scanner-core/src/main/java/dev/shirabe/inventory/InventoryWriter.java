package dev.shirabe.inventory;

import dev.shirabe.pipeline.PartProblem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Writes the inventory: one file at a time, each file's documents (the file, its parts, its
 * findings) replaced together, so that a reader never sees half a file, and a file is marked
 * read in the same commit as its findings. Nothing is visible to readers before
 * {@link #commit()}; a process killed between commits leaves the last commit intact.
 *
 * <p>One writer per inventory at a time: a second one fails with
 * {@link InventoryBusyException}. The folder is made owner-only (0700) and every file in it
 * is created mode 0600. Thread-safe.
 */
public final class InventoryWriter implements Closeable {

  private final Path folder;
  private final FSDirectory fsDirectory;
  private final IndexWriter writer;

  private InventoryWriter(Path folder, FSDirectory fsDirectory, IndexWriter writer) {
    this.folder = folder;
    this.fsDirectory = fsDirectory;
    this.writer = writer;
  }

  /**
   * Opens the inventory in {@code folder}, creating it (mode 0700) when missing.
   *
   * @throws InventoryBusyException when another writer (a running scan) holds it
   */
  public static InventoryWriter open(Path folder) throws IOException {
    requireInventoryOrEmpty(folder);
    OwnerOnly.createDirectories(folder);
    OwnerOnly.restrict(folder);
    FSDirectory fs = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig();
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(true);
      IndexWriter writer = new IndexWriter(new OwnerOnlyDirectory(fs), config);
      if (!DirectoryReader.indexExists(fs)) {
        writer.commit(); // an empty inventory is readable at once
      }
      return new InventoryWriter(folder, fs, writer);
    } catch (LockObtainFailedException e) {
      fs.close();
      throw new InventoryBusyException(folder, e);
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  /**
   * Opens the inventory in {@code folder} for hashes made with {@code hasher}'s key: the
   * first writer records a check value of the key in the inventory, later ones must match it.
   *
   * @throws WrongKeyException when the inventory was written with another key
   */
  public static InventoryWriter open(Path folder, KeyedHasher hasher) throws IOException {
    InventoryWriter writer = open(folder);
    try {
      String check = hasher.hash(KEY_CHECK);
      String recorded = null;
      Iterable<Map.Entry<String, String>> data = writer.writer.getLiveCommitData();
      if (data != null) {
        for (Map.Entry<String, String> e : data) {
          if (KEY_CHECK.equals(e.getKey())) {
            recorded = e.getValue();
          }
        }
      }
      if (recorded != null && !recorded.equals(check)) {
        throw new WrongKeyException(folder);
      }
      if (recorded == null) {
        writer.writer.setLiveCommitData(Map.of(KEY_CHECK, check).entrySet());
        writer.writer.commit();
      }
      return writer;
    } catch (IOException | RuntimeException e) {
      writer.writer.rollback(); // nothing written; the lock is released
      writer.fsDirectory.close();
      throw e;
    }
  }

  /** The name, in each commit's data, of the keyed hash that tells which key wrote it. */
  static final String KEY_CHECK = "shirabe-key-check";

  /** Whether {@code folder} holds an inventory (a committed index). */
  public static boolean exists(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (FSDirectory fs = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(fs);
    }
  }

  /**
   * Whether {@code folder} holds an inventory whose hashes were made with some key: opening it
   * with a new key (the old key file lost) would make them all unmatchable.
   */
  public static boolean recordsKey(Path folder) throws IOException {
    if (!exists(folder)) {
      return false;
    }
    try (FSDirectory fs = FSDirectory.open(folder)) {
      return SegmentInfos.readLatestCommit(fs).getUserData().containsKey(KEY_CHECK);
    }
  }

  /**
   * An existing folder must be an inventory already, or empty: a mistyped {@code --index}
   * naming a folder of documents must not get index files written into it, nor its mode
   * narrowed.
   */
  private static void requireInventoryOrEmpty(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      if (Files.exists(folder)) {
        throw new IOException("not a folder, so not an inventory: " + folder);
      }
      return;
    }
    if (exists(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.anyMatch(p -> !p.getFileName().toString().equals("write.lock"))) {
        throw new IOException(folder + " holds other files and no inventory: give an empty or"
            + " new folder for the inventory");
      }
    }
  }

  /** The inventory's folder. */
  public Path folder() {
    return folder;
  }

  /**
   * Replaces everything held about the file (if anything) by this entry, parts and findings,
   * in one atomic step.
   */
  public void replaceFile(FileEntry file, List<PartEntry> parts, List<StoredFinding> findings)
      throws IOException {
    replaceFile(file, parts, findings, List.of());
  }

  /**
   * As {@link #replaceFile(FileEntry, List, List)}, with the parts that could not be read
   * ({@code file.problems()} should be their number).
   */
  public void replaceFile(FileEntry file, List<PartEntry> parts, List<StoredFinding> findings,
      List<PartProblem> problems) throws IOException {
    List<Document> docs = new ArrayList<>(1 + parts.size() + findings.size());
    docs.add(InventoryDocuments.file(file, problems));
    for (PartEntry part : parts) {
      requireSameFile(file, part.file());
      docs.add(InventoryDocuments.part(part));
    }
    for (StoredFinding finding : findings) {
      requireSameFile(file, finding.file());
      docs.add(InventoryDocuments.finding(finding));
    }
    writer.updateDocuments(new Term(InventoryDocuments.FILE, file.path()), docs);
  }

  private static void requireSameFile(FileEntry file, String other) {
    if (!file.path().equals(other)) {
      throw new IllegalArgumentException("a part or finding of " + other + " given with " + file.path());
    }
  }

  /**
   * Replaces the file's own entry and keeps its parts and findings (its content was found
   * unchanged, only its modification time moved). Parts that could not be read are stored
   * with the entry: this form forgets them, the next keeps them.
   */
  public void updateFileEntry(FileEntry file) throws IOException {
    updateFileEntry(file, List.of());
  }

  /** As {@link #updateFileEntry(FileEntry)}, keeping the file's unreadable parts. */
  public void updateFileEntry(FileEntry file, List<PartProblem> problems) throws IOException {
    writer.updateDocument(new Term(InventoryDocuments.FILE_RECORD, file.path()),
        InventoryDocuments.file(file, problems));
  }

  /** Forgets the file: its entry, parts and findings. */
  public void removeFile(String path) throws IOException {
    writer.deleteDocuments(new Term(InventoryDocuments.FILE, path));
  }

  /** Makes everything written so far durable and visible to readers opened afterwards. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** Commits and releases the inventory. */
  @Override
  public void close() throws IOException {
    try (FSDirectory fs = fsDirectory) {
      writer.close();
    }
  }
}
