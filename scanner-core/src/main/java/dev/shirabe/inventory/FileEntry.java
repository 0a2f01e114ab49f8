package dev.shirabe.inventory;

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
    int problems) {

  /** An entry of a file whose parts were all read. */
  public FileEntry(String path, long size, long modified, String contentHash, long lastScanned,
      String error, int parts, int findings) {
    this(path, size, modified, contentHash, lastScanned, error, parts, findings, 0);
  }

  /** The same entry with another modification time (the content was found unchanged). */
  public FileEntry withModified(long modified) {
    return new FileEntry(path, size, modified, contentHash, lastScanned, error, parts, findings,
        problems);
  }
}
