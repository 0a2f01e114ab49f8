package dev.shirabe.detect;

import dev.shirabe.vocabulary.Finding;
import java.util.List;

/**
 * Finds one kind of personal data in text. Implementations are small, stateless after
 * construction and thread-safe: one instance serves every analysis thread. A detector sees
 * text only, never files or the inventory.
 */
public interface Detector {

  /** A short stable name, recorded in every finding it makes ({@code "phone"}). */
  String name();

  /** Every finding in the text, in any order; overlaps are resolved by the caller. */
  List<Finding> detect(DetectionText text);

  /**
   * The language spans this detector reads: a finding it reports elsewhere is dropped by
   * {@link DetectorSet}. Script-neutral data (numbers, addresses of mail) is read everywhere.
   */
  default LanguageScope scope() {
    return LanguageScope.ANY;
  }
}
