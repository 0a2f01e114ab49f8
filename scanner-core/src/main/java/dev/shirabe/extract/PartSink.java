package dev.shirabe.extract;

import dev.shirabe.vocabulary.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  /**
   * This sink with each problem passed on once per part: one cause can reach the extractor by
   * two roads (an encrypted zip member both fails its parse and is noted in its container's
   * metadata), and the same line twice tells the reader nothing more.
   */
  static PartSink withoutRepeats(PartSink sink) {
    Set<List<String>> seen = new HashSet<>();
    return new PartSink() {
      @Override
      public void part(Part part) throws InterruptedException {
        sink.part(part);
      }

      @Override
      public void problem(String locator, String reason) {
        if (seen.add(List.of(locator, reason))) {
          sink.problem(locator, reason);
        }
      }
    };
  }
}
