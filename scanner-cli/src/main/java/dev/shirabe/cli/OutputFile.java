package dev.shirabe.cli;

import dev.shirabe.source.FileWalker;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --output FILE}: where a command writes what it found, shared by scan, subject and
 * the reports. What they write is about people, so the file is owner-only however it came to
 * exist.
 */
final class OutputFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write there instead of the terminal (created readable by you only).")
  Path path;

  /** True when the output goes to a file, not the terminal. */
  boolean isFile() {
    return path != null;
  }

  /**
   * The file, created (or narrowed to) owner-only and emptied, or standard output when no
   * file was given (closing the stream then only flushes it).
   */
  OutputStream open() throws IOException {
    if (path == null) {
      return new FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path file = path.toAbsolutePath();
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      // Java's own message is the bare path, which reads as if the file were the problem.
      throw new IOException("cannot write " + path + ": the folder " + folder
          + (Files.exists(folder) ? " is not a folder" : " does not exist"));
    }
    try {
      if (!Files.exists(file)) {
        try {
          Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
          Files.createFile(file); // not a POSIX file system
        }
      } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
      return Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new IOException("cannot write " + path + ": " + FileWalker.reason(e), e);
    }
  }
}
