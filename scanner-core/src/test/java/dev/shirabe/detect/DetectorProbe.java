package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;

/** Runs one detector over a snippet and checks what every detector must get right. */
public final class DetectorProbe {

  private final Detector detector;
  private final FindingType type;

  public DetectorProbe(Detector detector, FindingType type) {
    this.detector = detector;
    this.type = type;
  }

  public List<Finding> detect(String text) {
    return detector.detect(new DetectionText(text));
  }

  /** The one finding in the text, of the detector's type and name, its text its span's. */
  public Finding only(String text) {
    List<Finding> findings = detect(text);
    assertEquals(1, findings.size(), () -> "findings in " + text + ": " + findings);
    Finding f = findings.get(0);
    assertEquals(type, f.type());
    assertEquals(detector.name(), f.detector());
    assertEquals(text.substring(f.start(), f.end()), f.text());
    return f;
  }

  public void none(String text) {
    List<Finding> findings = detect(text);
    assertTrue(findings.isEmpty(), () -> "expected no " + type + " in " + text + ": " + findings);
  }
}
