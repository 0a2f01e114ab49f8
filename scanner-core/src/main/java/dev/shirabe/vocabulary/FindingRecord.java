package dev.shirabe.vocabulary;

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
 * @param masked the value masked for display. A record read back from the inventory, where
 *     raw values are not kept, carries its stored masked value here and in the finding's text
 *     and normalized value too, so that not even a writer asked to reveal prints a raw value
 */
public record FindingRecord(
    String file,
    String part,
    Finding finding,
    Classification classification,
    String lang,
    String masked) {

  public FindingRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(masked, "masked");
  }

  /** A record of a finding just made: its masked value is computed from the raw one. */
  public FindingRecord(
      String file, String part, Finding finding, Classification classification, String lang) {
    this(file, part, finding, classification, lang,
        Masking.mask(Objects.requireNonNull(finding, "finding").type(), finding.text()));
  }

  /** The data-subject category, or null: held with no stated purpose. */
  public String category() {
    return classification.category();
  }

  public List<String> purposes() {
    return classification.purposes();
  }
}
