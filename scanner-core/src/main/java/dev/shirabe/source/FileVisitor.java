package dev.shirabe.source;

import java.nio.file.Path;

/** What {@link FileWalker} reports. Called from the walking thread only. */
public interface FileVisitor {

  /** A regular, readable file that passed the include and exclude patterns. */
  void file(SourceFile file) throws InterruptedException;

  /** A file or folder that could not be read; the walk goes on. */
  void problem(Path path, String reason);

  /**
   * A path deliberately not read (a symbolic link, a named pipe, a socket, a device); not an
   * error, but counted and listed.
   */
  default void skipped(Path path, String reason) {}
}
