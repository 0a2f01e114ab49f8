package dev.shirabe.pipeline;

import dev.shirabe.extract.Part;
import dev.shirabe.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives the results of a scan as they come. Called from several threads at once:
 * implementations synchronise themselves.
 */
public interface ScanListener {

  /**
   * One part has been analysed and its findings classified.
   *
   * @param records its findings (maybe none) in text order
   */
  void part(SourceFile file, Part part, List<FindingRecord> records);

  /** Every part of the file has been analysed. {@code error} is null when it was read whole. */
  default void fileDone(FileOutcome outcome) {}

  /** Nothing of the file could be read; {@link #fileDone} follows for files that were opened. */
  default void fileFailed(Path file, String reason) {}

  /**
   * Part of a file could not be read (a corrupt attachment, a limit reached); the rest was.
   *
   * @param locator the embedded part concerned, empty for the file itself
   */
  default void problem(Path file, String locator, String reason) {}

  /** A path deliberately not scanned (a symbolic link). */
  default void skipped(Path path, String reason) {}
}
