package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.ContextScorer;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one shape of the detectors of numbers with a check digit (My Number, card, driver's
 * licence): runs of digits of the type's lengths ({@link DigitRun}), in a form it is written
 * in, whose check digit passes; a label of another number before one, or a column where most
 * fail, rules it out ({@link IdentifierContext}, {@link IdentifierColumns}); and unless its
 * form is telling enough alone, its own label or a column of such numbers must speak for it.
 * A detector says what differs: its lengths, forms, check and confidence.
 */
public abstract class CheckedNumberDetector implements Detector {

  private final FindingType type;
  private final String name;
  private final int minDigits;
  private final int maxDigits;
  private final IdentifierContext context;

  protected CheckedNumberDetector(FindingType type, String name, int minDigits, int maxDigits) {
    this.type = type;
    this.name = name;
    this.minDigits = minDigits;
    this.maxDigits = maxDigits;
    this.context = new IdentifierContext(type);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Finding> detect(DetectionText text) {
    List<DigitRun> runs = DigitRun.find(text.folded(), minDigits, maxDigits).stream()
        .filter(this::isWrittenSo)
        .toList();
    IdentifierColumns columns = IdentifierColumns.of(text, runs, this::passesCheck);
    List<Finding> findings = new ArrayList<>();
    for (DigitRun run : runs) {
      if (!passesCheck(run.digits())) {
        continue;
      }
      ContextScorer.Evidence evidence = context.evidence(text, run.start(), run.end());
      if (evidence.opposed() || columns.against(run)) {
        continue;
      }
      if (standsAlone(run) || evidence.supported() || columns.speaksFor(run)) {
        findings.add(text.finding(type, null, run.start(), run.end(), run.digits(),
            confidence(run), name));
      }
    }
    return findings;
  }

  /** Whether the run is in a form numbers of the type are written in (grouped so, or bare). */
  protected boolean isWrittenSo(DigitRun run) {
    return true;
  }

  /** Whether the digits (ASCII, without separators) pass the type's check. */
  protected abstract boolean passesCheck(String digits);

  /** Whether the run's form alone says what it is, with no label or column for it. */
  protected boolean standsAlone(DigitRun run) {
    return false;
  }

  /** The finding's confidence before the words around it are weighed. */
  protected abstract double confidence(DigitRun run);
}
