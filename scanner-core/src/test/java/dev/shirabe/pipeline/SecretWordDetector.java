package dev.shirabe.pipeline;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the word "secret" as an EMAIL: the pipeline's tests count findings with it, without the
 * real detectors and their models.
 */
final class SecretWordDetector implements Detector {

  static final SecretWordDetector INSTANCE = new SecretWordDetector();

  private SecretWordDetector() {}

  @Override
  public String name() {
    return "secret";
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    List<Finding> out = new ArrayList<>();
    for (int i = text.original().indexOf("secret"); i >= 0;
        i = text.original().indexOf("secret", i + 1)) {
      out.add(new Finding(FindingType.EMAIL, null, i, i + 6, "secret", "secret", 1, "secret"));
    }
    return out;
  }
}
