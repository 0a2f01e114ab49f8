package dev.shirabe.source;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Walks roots depth-first in name order. Symbolic links are never followed, so the walk cannot
 * leave a root nor loop; a link is reported as skipped, and the file it points to is scanned
 * if it lies under a root itself. A root given as a link is followed (the user named it).
 * Named pipes, sockets and devices are reported as skipped too: reading one would block or
 * never end, and every path the walk meets is accounted for.
 *
 * <p>Patterns are globs ({@code *.pst}, {@code **}{@code /archive/**}). A pattern without a
 * slash is matched against the file name; a pattern with one, against the path relative to
 * the root. Excludes also prune folders.
 */
public final class FileWalker {

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final List<String> includeGlobs;
  private final List<String> excludeGlobs;

  public FileWalker(List<String> includeGlobs, List<String> excludeGlobs) {
    this.includeGlobs = List.copyOf(includeGlobs);
    this.excludeGlobs = List.copyOf(excludeGlobs);
    this.includes = includeGlobs.stream().map(FileWalker::matcher).toList();
    this.excludes = excludeGlobs.stream().map(FileWalker::matcher).toList();
  }

  private static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad glob pattern '" + glob + "': " + e.getMessage(), e);
    }
  }

  /** Walks every root in turn. A root that does not exist is reported as a problem. */
  public void walk(List<Path> roots, SourceVisitor visitor) throws InterruptedException {
    for (Path root : roots) {
      walk(root, visitor);
    }
  }

  private void walk(Path root, SourceVisitor visitor) throws InterruptedException {
    if (!Files.exists(root)) {
      visitor.problem(root, "no such file or folder");
      return;
    }
    // A root that is a link is followed once: the user named it.
    Path start = Files.isSymbolicLink(root) ? resolve(root) : root;
    try {
      Files.walkFileTree(start, new Visitor(root, start, visitor));
    } catch (InterruptedIOException e) {
      throw new InterruptedException("walk interrupted");
    } catch (IOException e) {
      visitor.problem(root, reason(e));
    } catch (UncheckedIOException e) {
      visitor.problem(root, reason(e.getCause()));
    }
  }

  private static Path resolve(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      return link;
    }
  }

  /** A short human reason for an I/O failure, without a stack trace. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * Whether a walk of {@code root} with these patterns reaches {@code file} when it exists:
   * the file lies under the root, no excluded folder is on its way, and its path passes the
   * patterns. What tells a file gone from a file merely left out by the patterns.
   */
  public boolean covers(Path root, Path file) {
    if (root.equals(file)) {
      return file.getFileName() == null || included(file.getFileName());
    }
    if (!file.startsWith(root)) {
      return false;
    }
    Path relative = root.relativize(file);
    for (int i = 1; i < relative.getNameCount(); i++) {
      if (matchesAny(excludes, excludeGlobs, relative.subpath(0, i))) {
        return false;
      }
    }
    return included(relative);
  }

  private boolean included(Path relative) {
    if (matchesAny(excludes, excludeGlobs, relative)) {
      return false;
    }
    return includes.isEmpty() || matchesAny(includes, includeGlobs, relative);
  }

  private static boolean matchesAny(List<PathMatcher> matchers, List<String> globs, Path relative) {
    Path name = relative.getFileName();
    for (int i = 0; i < matchers.size(); i++) {
      Path target = globs.get(i).contains("/") ? relative : name;
      if (target != null && matchers.get(i).matches(target)) {
        return true;
      }
    }
    return false;
  }

  /** File type bits of {@code st_mode}: what kind of special file it is. */
  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFCHR = 0020000;
  private static final int S_IFBLK = 0060000;
  private static final int S_IFSOCK = 0140000;

  /** Why a file that is neither regular, a folder nor a link is not read. */
  static String special(Path file) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "not a regular file; not read";
    }
    return switch (mode & S_IFMT) {
      case S_IFIFO -> "a named pipe (FIFO); not read";
      case S_IFSOCK -> "a socket; not read";
      case S_IFCHR, S_IFBLK -> "a device; not read";
      default -> "not a regular file; not read";
    };
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Path start;
    private final SourceVisitor out;

    Visitor(Path root, Path start, SourceVisitor out) {
      this.root = root;
      this.start = start;
      this.out = out;
    }

    /** The path as the user sees it: under the root they named, not under its link target. */
    private Path shown(Path path) {
      return root.resolve(start.relativize(path));
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(start) && matchesAny(excludes, excludeGlobs, start.relativize(dir))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      Path relative = start.equals(file) ? file.getFileName() : start.relativize(file);
      if (attrs.isSymbolicLink()) {
        if (included(relative)) {
          out.skipped(shown(file), "symbolic link, not followed");
        }
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile() && !attrs.isDirectory()) {
        if (included(relative)) {
          out.skipped(shown(file), special(file));
        }
        return FileVisitResult.CONTINUE;
      }
      if (!attrs.isRegularFile() || !included(relative)) {
        return FileVisitResult.CONTINUE;
      }
      Path shown = start.equals(file) ? root : shown(file);
      if (!Files.isReadable(file)) {
        out.problem(shown, "permission denied");
        return FileVisitResult.CONTINUE;
      }
      try {
        out.item(new SourceFile(shown, root, attrs.size(), attrs.lastModifiedTime()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("walk interrupted");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      out.problem(shown(file), reason(e));
      return FileVisitResult.CONTINUE;
    }
  }
}
