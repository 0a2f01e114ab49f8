package dev.shirabe.detect;

import dev.shirabe.vocabulary.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What the detectors made of one text: its findings, in text order, and its languages.
 *
 * @param findings without overlaps, offsets into the text
 * @param languages spans covering the text
 */
public record Analysis(List<Finding> findings, Languages languages) {

  public Analysis {
    findings = List.copyOf(findings);
    Objects.requireNonNull(languages, "languages");
  }

  /** The language a finding is reported in: the one at its start. */
  public String languageOf(Finding finding) {
    return languages.languageAt(finding.start());
  }
}
