package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Japanese passport numbers (旅券番号): two capital letters and seven digits, "TK1234567",
 * in ASCII or full-width, labelled as such. The shape alone is that of countless product and
 * reference codes, and the number has no check digit, so a passport word must stand near it or
 * head its column (旅券番号, パスポート, Passport No.; {@link IdentifierContext}), with no other
 * number's label nearer. {@code normalized} is the number as printed, in ASCII.
 */
public final class PassportDetector implements Detector {

  public static final String NAME = "passport";

  private static final int LETTERS = 2;
  private static final int DIGITS = 7;
  private static final int LENGTH = LETTERS + DIGITS;

  private static final double CONFIDENCE = 0.6;

  private final IdentifierContext context = new IdentifierContext(FindingType.PASSPORT);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = text.folded();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i + LENGTH <= folded.length(); i++) {
      if (isUpper(folded.charAt(i)) && hasShape(folded, i)) {
        int end = i + LENGTH;
        if (context.evidence(text, i, end).supported()) {
          findings.add(text.finding(FindingType.PASSPORT, null, i, end, folded.substring(i, end), CONFIDENCE, NAME));
        }
        i = end - 1;
      }
    }
    return findings;
  }

  /** Two capitals and seven digits from {@code at}, standing alone as a value. */
  private static boolean hasShape(String folded, int at) {
    if (!isUpper(folded.charAt(at + 1))) {
      return false;
    }
    for (int i = at + LETTERS; i < at + LENGTH; i++) {
      char c = folded.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return DigitRun.startsValue(folded, at) && DigitRun.endsValue(folded, at + LENGTH)
        && !DigitRun.isPlaceholder(folded, at + LETTERS, at + LENGTH);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
