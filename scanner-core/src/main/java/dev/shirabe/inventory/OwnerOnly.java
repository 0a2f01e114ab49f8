package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files and folders readable by their owner only, whatever the process's umask. */
final class OwnerOnly {

  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  /** Creates the folder and any missing parents, each new one mode 0700. */
  static void createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
      Files.setPosixFilePermissions(absolute, FOLDER); // the umask may have narrowed the mode
    } catch (java.nio.file.FileAlreadyExistsException e) {
      // made meanwhile by another process
    } catch (UnsupportedOperationException e) {
      Files.createDirectories(absolute);
    }
  }

  /** Narrows an existing file to mode 0600 (0700 for a folder). */
  static void restrict(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to narrow
    }
  }
}
