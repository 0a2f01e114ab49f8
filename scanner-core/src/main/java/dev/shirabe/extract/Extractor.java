package dev.shirabe.extract;

import java.nio.file.Path;

/**
 * Turns one file into parts. Implementations are thread-safe: one instance serves every
 * extraction thread. The interface is narrow so that an isolated implementation (a forked
 * JVM, tika-pipes) can replace the in-process one.
 */
public interface Extractor extends AutoCloseable {

  /**
   * Extracts every part of {@code file}, handing each to {@code sink} as soon as it is
   * complete (attachments before the message that holds them).
   *
   * @throws ExtractionException when the file as a whole cannot be read; problems confined to
   *     one embedded part go to {@link PartSink#problem} instead
   */
  void extract(Path file, PartSink sink) throws ExtractionException, InterruptedException;

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
