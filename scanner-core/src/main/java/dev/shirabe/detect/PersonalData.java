package dev.shirabe.detect;

import dev.shirabe.detect.addresses.EnglishAddressDetector;
import dev.shirabe.detect.addresses.JapaneseAddressDetector;
import dev.shirabe.detect.contacts.EmailDetector;
import dev.shirabe.detect.contacts.PhoneDetector;
import dev.shirabe.detect.identifiers.DateOfBirthDetector;
import dev.shirabe.detect.names.EnglishPersonDetector;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.vocabulary.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The spans of a text that hold personal data other than identifiers: mail addresses, phone
 * numbers, dates of birth, postal addresses and names, as the detectors of those types find
 * them (their own confidence, before context, at {@link DetectorSet#MIN_CONFIDENCE} or more).
 * Evidence that a table row is about a person, for {@link IdentifierColumns}; no identifier
 * detector is run here, so no identifier's evidence depends on another's.
 *
 * <p>One per text ({@link DetectionText#personalData()}), and lazy: only a table with a column
 * of passing check digits asks, and each detector runs over the text only when the cheaper
 * ones before it found nothing in the row asked about (a customer export with a mail address
 * in every row never runs the name detectors a second time).
 */
public final class PersonalData {

  /** The detectors, cheapest first, built once: the name detectors load their models. */
  private static final class Detectors {
    static final List<Detector> ALL = List.of(new EmailDetector(), new PhoneDetector(),
        new DateOfBirthDetector(), new JapaneseAddressDetector(), new EnglishAddressDetector(),
        new EnglishPersonDetector(), new JapanesePersonDetector());
  }

  private final DetectionText text;
  /** Per detector, its spans, [start, end), by start; null until first needed. */
  private final List<List<int[]>> spans = new ArrayList<>();

  PersonalData(DetectionText text) {
    this.text = text;
  }

  /** Whether [from, to) holds personal data outside [exceptFrom, exceptTo). */
  public boolean within(int from, int to, int exceptFrom, int exceptTo) {
    for (int d = 0; d < Detectors.ALL.size(); d++) {
      if (within(spansOf(d), from, to, exceptFrom, exceptTo)) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> spansOf(int detector) {
    while (spans.size() <= detector) {
      List<int[]> found = new ArrayList<>();
      for (Finding finding : Detectors.ALL.get(spans.size()).detect(text)) {
        if (finding.confidence() >= DetectorSet.MIN_CONFIDENCE) {
          found.add(new int[] {finding.start(), finding.end()});
        }
      }
      found.sort(Comparator.comparingInt(span -> span[0]));
      spans.add(found);
    }
    return spans.get(detector);
  }

  private static boolean within(
      List<int[]> spans, int from, int to, int exceptFrom, int exceptTo) {
    int low = 0;
    int high = spans.size();
    while (low < high) { // the first span that starts at from or later
      int mid = (low + high) >>> 1;
      if (spans.get(mid)[0] < from) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < spans.size() && spans.get(i)[0] < to; i++) {
      int[] span = spans.get(i);
      if (span[1] <= to && (span[1] <= exceptFrom || span[0] >= exceptTo)) {
        return true;
      }
    }
    return false;
  }
}
