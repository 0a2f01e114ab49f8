package dev.shirabe.extract;

import dev.shirabe.vocabulary.Part;

/**
 * Receives the parts of one file as the extractor completes them, so that a mail archive of
 * any size streams through in bounded memory.
 */
public interface PartSink {

  /** A complete part. May block while the consumers are behind (back-pressure). */
  void part(Part part) throws InterruptedException;

  /**
   * Something inside the file could not be read (a corrupt attachment, a limit reached); the
   * rest of the file goes on.
   *
   * @param locator the part concerned, empty for the file itself
   */
  void problem(String locator, String reason);
}
