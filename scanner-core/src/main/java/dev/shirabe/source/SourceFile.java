package dev.shirabe.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * A regular file of the local file system: the item {@link LocalSource} lists.
 *
 * @param path the file as reached from its root (not resolved through links)
 * @param root the root it was found under
 */
public record SourceFile(Path path, Path root, long size, FileTime lastModified)
    implements SourceItem {

  /**
   * The item for one file named directly (its own root), with its size and time as they are now:
   * for a caller that has paths rather than a listing (an extraction of one file, a Spark task
   * given a list of paths).
   *
   * @throws IOException when the file cannot be read
   */
  public static SourceFile of(Path file) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
    return new SourceFile(file, file, attrs.size(), attrs.lastModifiedTime());
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(path);
  }

  @Override
  public Optional<Path> file() {
    return Optional.of(path);
  }
}
