package dev.shirabe.classify;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * Maps each finding of a part to a data-subject category and its purposes. Called from
 * several analysis threads at once: implementations are thread-safe.
 */
public interface Classifier {

  /** Classifies nothing: every finding is held with no stated purpose. */
  Classifier NONE = (file, part, findings) -> Collections.nCopies(findings.size(), Classification.NONE);

  /**
   * One classification per finding, in the same order.
   *
   * @param file the file on disk the part came from (its path is evidence too)
   * @param part the part, with its text, locator and metadata (title, mail headers)
   * @param findings the part's findings, offsets into {@code part.text()}
   */
  List<Classification> classify(Path file, Part part, List<Finding> findings);

  /**
   * What, besides the code, decides this classifier's results (a policy's digest): an
   * incremental scan classifies a file again when it was classified under another one. The
   * default, the class's name, suits a classifier configured by its code alone.
   */
  default String fingerprint() {
    return this == NONE ? "none" : getClass().getName();
  }
}
