package dev.shirabe.source;

import java.nio.file.Path;
import java.util.List;

/**
 * The local file system as a {@link Source}: {@link FileWalker} over the roots with the include
 * and exclude patterns; its items are {@link SourceFile}s, keyed by their absolute paths.
 */
public final class LocalSource implements Source {

  private final List<Path> roots;
  private final FileWalker walker;

  /**
   * @param includeGlobs scan only files matching one of these (all when empty)
   * @param excludeGlobs leave out files and folders matching one of these
   */
  public LocalSource(List<Path> roots, List<String> includeGlobs, List<String> excludeGlobs) {
    this.roots = List.copyOf(roots);
    this.walker = new FileWalker(includeGlobs, excludeGlobs);
  }

  @Override
  public List<Path> roots() {
    return roots;
  }

  @Override
  public void list(SourceVisitor visitor) throws InterruptedException {
    walker.walk(roots, visitor);
  }

  @Override
  public boolean covers(Path root, Path item) {
    return walker.covers(root, item);
  }
}
