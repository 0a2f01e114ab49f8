package dev.shirabe.inventory;

import dev.shirabe.pipeline.PartProblem;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * Opens the inventory in {@code folder}, creating it (mode 0700) when missing, with no key
   * recorded (tests and benchmarks; a scan uses {@link #open(Path, KeyedHasher)}).
   *
   * @throws InventoryBusyException when another writer (a running scan) holds it
   * @throws UnusableInventoryException when the folder holds other files, or an inventory that
   *     is half-written or damaged
   */
  public static InventoryWriter open(Path folder) throws IOException {
    return open(folder, Map.of());
  }

  /**
   * Opens the inventory in {@code folder} for hashes made with {@code hasher}'s key: a new
   * inventory records a check value of the key in its very first commit, later writers must
   * match it. An inventory written before the check was kept gets it recorded now.
   *
   * @throws WrongKeyException when the inventory was written with another key
   * @throws InventoryBusyException when another writer (a running scan) holds it
   * @throws UnusableInventoryException when the folder holds other files, or an inventory that
   *     is half-written or damaged
   */
  public static InventoryWriter open(Path folder, KeyedHasher hasher) throws IOException {
    String check = CommitData.keyCheck(hasher);
    InventoryWriter writer = open(folder, Map.of(CommitData.KEY_CHECK, check));
    try {
      Map<String, String> data = writer.commitData();
      if (!CommitData.requireKey(data, hasher, folder)) {
        data.put(CommitData.KEY_CHECK, check);
        writer.writer.setLiveCommitData(data.entrySet());
        writer.writer.commit();
      }
      return writer;
    } catch (IOException | RuntimeException e) {
      writer.writer.rollback(); // nothing written; the lock is released
      writer.fsDirectory.close();
      throw e;
    }
  }

  /** Opens or creates the inventory; a new one's first commit carries {@code firstData}. */
  private static InventoryWriter open(Path folder, Map<String, String> firstData)
      throws IOException {
    boolean exists = InventoryFolder.requireWritable(folder);
    OwnerOnly.createDirectories(folder);
    OwnerOnly.restrict(folder);
    FSDirectory fs = FSDirectory.open(folder);
    try {
      IndexWriterConfig config = new IndexWriterConfig();
      config.setOpenMode(exists
          ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(true);
      IndexWriter writer = new IndexWriter(new OwnerOnlyDirectory(fs), config);
      if (!DirectoryReader.indexExists(fs)) {
        // Readable at once, and never without its key's check: one commit holds both.
        writer.setLiveCommitData(firstData.entrySet());
        writer.commit();
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

  private Map<String, String> commitData() {
    return CommitData.of(writer.getLiveCommitData());
  }

  /**
   * Records, in the next commit, that a scan finished at {@code epochMillis}: an inventory no
   * scan finished on and that holds no file is not taken as "nothing held".
   */
  public synchronized void recordScanFinished(long epochMillis) {
    Map<String, String> data = commitData();
    data.put(CommitData.SCAN_FINISHED, Long.toString(epochMillis));
    writer.setLiveCommitData(data.entrySet());
  }

  /**
   * Whether {@code folder} holds an inventory (a committed index).
   *
   * @throws UnusableInventoryException when it holds other files, or an inventory that is
   *     half-written or damaged
   */
  public static boolean exists(Path folder) throws IOException {
    return InventoryFolder.requireWritable(folder);
  }

  /**
   * Whether {@code folder} holds an inventory whose hashes were made with some key: opening it
   * with a new key (the old key file lost) would make them all unmatchable.
   *
   * @throws UnusableInventoryException as {@link #exists}
   */
  public static boolean recordsKey(Path folder) throws IOException {
    if (!exists(folder)) {
      return false;
    }
    try (FSDirectory fs = FSDirectory.open(folder)) {
      return SegmentInfos.readLatestCommit(fs).getUserData().containsKey(CommitData.KEY_CHECK);
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

  /** Remembers a path the scan did not read, in place of what was held of it before. */
  public void putSkipped(SkippedPath skipped) throws IOException {
    writer.updateDocument(new Term(InventoryDocuments.SKIPPED_PATH, skipped.path()),
        InventoryDocuments.skipped(skipped));
  }

  /** Forgets a skipped path (files held at the same path are not touched). */
  public void removeSkipped(String path) throws IOException {
    writer.deleteDocuments(new Term(InventoryDocuments.SKIPPED_PATH, path));
  }

  /**
   * Takes in inventories written elsewhere with the same key (a cluster's shards, one per task,
   * each written by an {@link InventorySink} of its own): what this inventory holds of the files
   * they read is forgotten, then their documents are added as they are, so that the result is
   * the inventory one scan writing every file here would have made. The shards are closed and
   * are not changed; nothing is visible before {@link #commit()}.
   *
   * @param files the ids of the files the shards hold (those read)
   */
  public synchronized void addShards(List<Path> shards, Iterable<String> files)
      throws IOException {
    for (String file : files) {
      removeFile(file);
    }
    List<FSDirectory> dirs = new ArrayList<>(shards.size());
    try {
      for (Path shard : shards) {
        dirs.add(FSDirectory.open(shard));
      }
      // Flushes the deletes above first: they apply to what was held, not to what is added.
      writer.addIndexes(dirs.toArray(new FSDirectory[0]));
    } finally {
      for (FSDirectory dir : dirs) {
        dir.close();
      }
    }
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
