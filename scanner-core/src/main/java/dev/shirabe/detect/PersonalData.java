package dev.shirabe.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The spans of a text that hold personal data other than identifiers: names, phone numbers,
 * mail and postal addresses, dates of birth, as the detectors of those types find them (their
 * own confidence, before context, at {@link DetectorSet#MIN_CONFIDENCE} or more). Evidence that
 * a table row is about a person, for {@link IdentifierColumns}; no identifier detector is run
 * here, so no identifier's evidence depends on another's.
 *
 * <p>Built on first use per text ({@link DetectionText#personalData()}): only a table with a
 * column of passing check digits asks for it, so other texts never pay for a second pass.
 */
final class PersonalData {

  /** The detectors, built once: the name detectors load their models. */
  private static final class Detectors {
    static final List<Detector> ALL = List.of(new EmailDetector(), new PhoneDetector(),
        new JapanesePersonDetector(), new EnglishPersonDetector(), new JapaneseAddressDetector(),
        new EnglishAddressDetector(), new DateOfBirthDetector());
  }

  private final List<int[]> spans;

  private PersonalData(List<int[]> spans) {
    this.spans = spans;
  }

  static PersonalData of(DetectionText text) {
    List<int[]> spans = new ArrayList<>();
    for (Detector detector : Detectors.ALL) {
      for (Finding finding : detector.detect(text)) {
        if (finding.confidence() >= DetectorSet.MIN_CONFIDENCE) {
          spans.add(new int[] {finding.start(), finding.end()});
        }
      }
    }
    return new PersonalData(List.copyOf(spans));
  }

  /** Whether [from, to) holds personal data outside [exceptFrom, exceptTo). */
  boolean within(int from, int to, int exceptFrom, int exceptTo) {
    for (int[] span : spans) {
      boolean inside = span[0] >= from && span[1] <= to;
      boolean apart = span[1] <= exceptFrom || span[0] >= exceptTo;
      if (inside && apart) {
        return true;
      }
    }
    return false;
  }
}
