package dev.shirabe.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a scan's items come from: lists them, with what it could not read and what it left out
 * on purpose, and says which items a complete listing would have met, so that an item the
 * inventory holds and the listing did not meet can be told gone rather than excluded.
 *
 * <p>The local file system is {@link LocalSource}. A source for another store (a share read
 * over its protocol, a list of paths handed to a cluster's tasks) yields items of its own; the
 * pipeline, the extractors and the inventory read items only through {@link SourceItem}.
 */
public interface Source {

  /** The roots the source lists, as given: what items are listed under and gone from. */
  List<Path> roots();

  /**
   * Lists every item under every root to the visitor, root after root. A root or folder that
   * cannot be read is a problem, not an end: the listing goes on.
   *
   * @throws InterruptedException when the visitor is interrupted (the scan stops)
   */
  void list(SourceVisitor visitor) throws InterruptedException;

  /**
   * Whether a complete listing of {@code root} meets {@code item} when it exists: it lies under
   * the root and the source's patterns let it through.
   */
  boolean covers(Path root, Path item);
}
