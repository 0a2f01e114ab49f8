package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The key file is not the one the inventory's hashes were made with (it was replaced, or
 * another installation's was given): lookups would find nothing and a rescan would mix two
 * keys' hashes, so the inventory is opened neither for lookups nor for writing. Told by the
 * check value each commit records ({@link CommitData#KEY_CHECK}).
 */
public final class WrongKeyException extends IOException {

  /**
   * @param keyFile the key file that was given; null for a key given otherwise (tests)
   */
  public WrongKeyException(Path index, Path keyFile) {
    super(KeyedHasher.describe(keyFile) + " does not match the inventory " + index
        + ": it was written with another key. Give the key file it was written with"
        + " (--key-file), or start a new inventory (--index) with this one.");
  }
}
