package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder given as an inventory holds none that can be used: a lookup or report over it
 * would answer "nothing held" when it could not look, and a scan would start over in it or
 * write index files among someone's documents. The message is a sentence that says which.
 */
public final class UnusableInventoryException extends IOException {

  /** Why the folder holds no usable inventory. */
  public enum Reason {
    /** No such folder. */
    MISSING,
    /** A file, not a folder. */
    NOT_A_FOLDER,
    /** An empty folder: no scan has written to it. */
    EMPTY,
    /** Other files, or a search index that is not Shirabe's. */
    NOT_AN_INVENTORY,
    /** Index files but no commit point (segments_N): deleted, or never committed. */
    HALF_WRITTEN,
    /** A commit point that cannot be read, or files it names that are missing or damaged. */
    DAMAGED,
    /** The files are there but this user may not read them. */
    UNREADABLE,
    /** A committed inventory that no scan finished and none committed a file to. */
    NEVER_SCANNED,
    /** Written before inventories recorded their key: a lookup cannot tell a wrong key. */
    NO_KEY_RECORDED
  }

  private final Reason reason;
  private final Path folder;

  private UnusableInventoryException(Reason reason, Path folder, String message,
      Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.folder = folder;
  }

  public Reason reason() {
    return reason;
  }

  public Path folder() {
    return folder;
  }

  static UnusableInventoryException missing(Path folder) {
    return new UnusableInventoryException(Reason.MISSING, folder,
        "No inventory in " + folder + ": the folder does not exist.", null);
  }

  static UnusableInventoryException notAFolder(Path folder) {
    return new UnusableInventoryException(Reason.NOT_A_FOLDER, folder,
        folder + " is a file, not an inventory folder.", null);
  }

  static UnusableInventoryException empty(Path folder) {
    return new UnusableInventoryException(Reason.EMPTY, folder,
        folder + " is an empty folder, not an inventory: no scan has written to it.", null);
  }

  static UnusableInventoryException otherFiles(Path folder, int files) {
    return new UnusableInventoryException(Reason.NOT_AN_INVENTORY, folder,
        folder + " is not a Shirabe inventory: it holds other files and no inventory (" + files
            + " entries). Give the folder a scan kept, or an empty or new folder for a new one.",
        null);
  }

  static UnusableInventoryException foreignIndex(Path folder) {
    return new UnusableInventoryException(Reason.NOT_AN_INVENTORY, folder,
        folder + " is not a Shirabe inventory: it holds a search index of another kind.", null);
  }

  static UnusableInventoryException halfWritten(Path folder) {
    return new UnusableInventoryException(Reason.HALF_WRITTEN, folder,
        folder + " holds a half-written inventory: index files but no commit point"
            + " (segments_N), so nothing in it can be read (the commit point was deleted, or the"
            + " first scan into it was killed before it committed). Restore it from a backup, or"
            + " delete the folder and scan again.", null);
  }

  static UnusableInventoryException damaged(Path folder, Throwable cause) {
    return new UnusableInventoryException(Reason.DAMAGED, folder,
        "The inventory " + folder + " is damaged and cannot be read (" + cause.getMessage()
            + "). Restore it from a backup, or delete the folder and scan again.", cause);
  }

  static UnusableInventoryException unreadable(Path folder, Throwable cause) {
    return new UnusableInventoryException(Reason.UNREADABLE, folder,
        "The inventory " + folder + " cannot be read by this user (" + cause.getMessage()
            + "): run as the user that scans.", cause);
  }

  static UnusableInventoryException neverScanned(Path folder) {
    return new UnusableInventoryException(Reason.NEVER_SCANNED, folder,
        "The inventory " + folder + " holds nothing yet: no scan has finished on it and none"
            + " committed a file (was the first scan stopped?), so it cannot tell what is held."
            + " Run the scan again.", null);
  }

  static UnusableInventoryException noKeyRecorded(Path folder, Path keyFile) {
    return new UnusableInventoryException(Reason.NO_KEY_RECORDED, folder,
        "The inventory " + folder + " records no check of its key (it was written before"
            + " inventories kept one), so " + KeyedHasher.describe(keyFile) + " cannot be"
            + " confirmed, and a wrong key would find nothing. Run a scan over it once with its"
            + " key file to record it.", null);
  }
}
