package dev.shirabe.inventory;

import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.KnownItem;
import dev.shirabe.vocabulary.FindingType;
import java.util.Map;

/**
 * What the inventory remembers of one file: enough to tell at the next scan whether it
 * changed, and how its last reading went.
 *
 * @param path the file's absolute path (its key in the inventory)
 * @param size bytes
 * @param modified last-modified time in epoch nanoseconds, as the file system gave it
 * @param contentHash hex SHA-256 of the file's bytes
 * @param lastScanned epoch millis of the scan that read it
 * @param error why it could not be read at all, or null
 * @param parts parts read
 * @param findings findings in them
 * @param problems parts that could not be read (their locators and reasons are stored with
 *     the entry: {@link InventorySearcher#problemsOfFile})
 * @param firstSeen epoch millis of the scan that first put the file in the inventory, kept
 *     while it stays there, changed or not (the ledger's "first seen"); an entry written
 *     before this was kept has its {@code lastScanned} here, the earliest time known
 * @param analysis what analysed the file when it was last read; null for an entry written
 *     before it was kept (its findings count as another analysis's)
 * @param byType its personal findings per type (the counts a rescan reports without reading
 *     the findings); the findings beyond them are role mailboxes. Null for an entry written
 *     before they were kept
 */
public record FileEntry(
    String path,
    long size,
    long modified,
    String contentHash,
    long lastScanned,
    String error,
    int parts,
    int findings,
    int problems,
    long firstSeen,
    AnalysisFingerprint analysis,
    Map<FindingType, Integer> byType) implements KnownItem {

  public FileEntry {
    byType = byType == null ? null : Map.copyOf(byType);
  }

  /** An entry with no counts per type (as written before they were kept). */
  public FileEntry(String path, long size, long modified, String contentHash, long lastScanned,
      String error, int parts, int findings, int problems, long firstSeen,
      AnalysisFingerprint analysis) {
    this(path, size, modified, contentHash, lastScanned, error, parts, findings, problems,
        firstSeen, analysis, null);
  }

  /** An entry with no record of what analysed the file (as written before it was kept). */
  public FileEntry(String path, long size, long modified, String contentHash, long lastScanned,
      String error, int parts, int findings, int problems, long firstSeen) {
    this(path, size, modified, contentHash, lastScanned, error, parts, findings, problems,
        firstSeen, null);
  }

  /** An entry of a file first seen when it was last read. */
  public FileEntry(String path, long size, long modified, String contentHash, long lastScanned,
      String error, int parts, int findings, int problems) {
    this(path, size, modified, contentHash, lastScanned, error, parts, findings, problems,
        lastScanned);
  }

  /** An entry of a file whose parts were all read, first seen when it was last read. */
  public FileEntry(String path, long size, long modified, String contentHash, long lastScanned,
      String error, int parts, int findings) {
    this(path, size, modified, contentHash, lastScanned, error, parts, findings, 0);
  }

  /** The file's key: the id of the item it was read as. */
  @Override
  public String id() {
    return path;
  }

  /** The same entry with another modification time (the content was found unchanged). */
  public FileEntry withModified(long modified) {
    return new FileEntry(path, size, modified, contentHash, lastScanned, error, parts, findings,
        problems, firstSeen, analysis, byType);
  }
}
