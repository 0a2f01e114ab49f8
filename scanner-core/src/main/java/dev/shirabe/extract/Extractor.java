package dev.shirabe.extract;

import dev.shirabe.source.SourceFile;
import dev.shirabe.source.SourceItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns one item of a source into parts, reading it through {@link SourceItem#open} (or the
 * local file behind it, {@link SourceItem#file}, where a parser needs random access).
 * Implementations are thread-safe: one instance serves every extraction thread. The interface
 * is narrow so that an isolated implementation (a forked JVM, tika-pipes) can replace the
 * in-process one.
 */
public interface Extractor extends AutoCloseable {

  /**
   * Extracts every part of {@code item}, handing each to {@code sink} as soon as it is
   * complete (attachments before the message that holds them).
   *
   * @throws ExtractionException when the item as a whole cannot be read; problems confined to
   *     one embedded part go to {@link PartSink#problem} instead
   */
  void extract(SourceItem item, PartSink sink) throws ExtractionException, InterruptedException;

  /**
   * Extracts a local file named directly (an evaluation's documents, a benchmark's files): the
   * file as an item of its own ({@link SourceFile#of}).
   */
  default void extract(Path file, PartSink sink) throws ExtractionException, InterruptedException {
    if (!Files.isRegularFile(file)) {
      throw new ExtractionException("not a regular file");
    }
    SourceFile item;
    try {
      item = SourceFile.of(file);
    } catch (IOException e) {
      throw new ExtractionException(PartAssembly.reason(e), e);
    }
    extract(item, sink);
  }

  /**
   * What reads the files, for the analysis fingerprint: two extractors with the same name give
   * the same parts (the in-process one and its isolated form do).
   */
  default String name() {
    return getClass().getName();
  }

  /** Releases what the extractor holds (its processes); the in-process one holds nothing. */
  @Override
  default void close() {}
}
