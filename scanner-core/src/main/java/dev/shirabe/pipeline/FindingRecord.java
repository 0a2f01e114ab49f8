package dev.shirabe.pipeline;

import dev.shirabe.classify.Classification;
import dev.shirabe.detect.Finding;
import dev.shirabe.detect.Masking;
import java.util.List;
import java.util.Objects;

/**
 * A finding with its place and its classification: one line of the JSON Lines output
 * (DESIGN.md's contract), and what the inventory stores.
 *
 * @param file the file's path on disk
 * @param part the locator inside the file, empty for the file itself
 * @param classification its category, purposes and the signals that decided them
 * @param lang the language of the analysed text, or null when not known
 */
public record FindingRecord(
    String file, String part, Finding finding, Classification classification, String lang) {

  public FindingRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(classification, "classification");
  }

  /** The data-subject category, or null: held with no stated purpose. */
  public String category() {
    return classification.category();
  }

  public List<String> purposes() {
    return classification.purposes();
  }

  public String masked() {
    return Masking.mask(finding.type(), finding.text());
  }
}
