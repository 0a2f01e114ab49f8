package dev.shirabe.source;

import java.nio.file.Path;

/** What a {@link Source} reports as it lists its items. Called from the listing thread only. */
public interface SourceVisitor {

  /** An item to scan: readable as far as the listing could tell, and within the patterns. */
  void item(SourceItem item) throws InterruptedException;

  /** A file or folder that could not be read; the listing goes on. */
  void problem(Path path, String reason);

  /**
   * A path deliberately not read (a symbolic link, a named pipe, a socket, a device); not an
   * error, but counted and listed.
   */
  default void skipped(Path path, String reason) {}
}
