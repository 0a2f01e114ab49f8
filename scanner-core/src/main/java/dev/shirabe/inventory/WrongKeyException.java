package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The key file is not the one the inventory's hashes were made with (it was replaced, or
 * another installation's was given): lookups would find nothing and a rescan would mix two
 * keys' hashes, so the inventory is not opened for writing.
 */
public final class WrongKeyException extends IOException {

  public WrongKeyException(Path index) {
    super("the key file is not the one the inventory " + index + " was written with; give"
        + " that key (--key-file), or start a new inventory (--index) with this one");
  }
}
