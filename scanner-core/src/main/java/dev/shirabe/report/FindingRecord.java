package dev.shirabe.report;

import dev.shirabe.detect.Finding;
import dev.shirabe.detect.Masking;
import java.util.List;
import java.util.Objects;

/**
 * A finding with its place: one line of the JSON Lines output (DESIGN.md's contract).
 *
 * @param file the file's path on disk
 * @param part the locator inside the file, empty for the file itself
 * @param category the data-subject category, or null (no stated purpose)
 * @param purposes the category's permitted purposes
 * @param lang the language of the analysed text, or null when not known
 */
public record FindingRecord(
    String file, String part, Finding finding, String category, List<String> purposes, String lang) {

  public FindingRecord {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(finding, "finding");
    purposes = List.copyOf(purposes);
  }

  public String masked() {
    return Masking.mask(finding.type(), finding.text());
  }
}
