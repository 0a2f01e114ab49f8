package dev.shirabe.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * One thing to scan, as a {@link Source} lists it: what the scan needs to decide whether to read
 * it (its id, size and modification time) and to read it ({@link #open}).
 *
 * <p>An item holds no open handle and nothing large: it is a name and three numbers, so that a
 * listing of millions fits in memory and an item can be rebuilt anywhere the source can be
 * reached (a Spark executor builds {@link SourceFile}s from a list of paths). Every source names
 * its items by a path: the file itself for the local file system, the path on the share for
 * another; policies match their globs against it and reports show it.
 */
public interface SourceItem {

  /** The item's path as reached from its root (not resolved through links). */
  Path path();

  /** The root the item was listed under: what "gone" is decided under. */
  Path root();

  long size();

  FileTime lastModified();

  /**
   * The item's bytes, from the start; each call opens a new stream, which the caller closes.
   *
   * @throws IOException when it cannot be read (gone, permission denied)
   */
  InputStream open() throws IOException;

  /**
   * The item's key in the inventory, stable from scan to scan: its absolute path, bytes-exact
   * ({@link PathIdentity}), as inventories have always keyed files.
   */
  default String id() {
    return PathIdentity.of(path());
  }

  /** Where the item is, as reports show it: the path as given ({@link PathIdentity#shown}). */
  default String location() {
    return PathIdentity.shown(path());
  }

  /**
   * A local file holding exactly the item's bytes, when there is one. An extractor whose parser
   * needs random access (a ZIP's central directory, a PST) reads it there instead of copying
   * the stream to a temporary file, and an extraction process is handed its name. Empty for an
   * item that is only a stream.
   */
  default Optional<Path> file() {
    return Optional.empty();
  }
}
