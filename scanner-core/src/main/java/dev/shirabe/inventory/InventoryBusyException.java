package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (a scan still running) is writing to the inventory. */
public final class InventoryBusyException extends IOException {

  public InventoryBusyException(Path index, Throwable cause) {
    super("another scan is writing to the inventory " + index
        + "; it was left untouched. Run again when that scan has finished.", cause);
  }
}
