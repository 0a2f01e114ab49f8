package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorSetTest {

  @Test
  void aLongTextIsAnalysedInSegmentsWithOffsetsIntoTheWholeText() {
    StringBuilder text = new StringBuilder();
    int lines = 0;
    while (text.length() < 3 * DetectorSet.SEGMENT_CHARS) {
      text.append("line ").append(lines++).append(" mail user").append(lines).append("@example.com\n");
    }
    String whole = text.toString();
    List<Finding> found = new DetectorSet(List.of(new EmailDetector())).detect(whole);
    assertEquals(lines, found.size());
    for (Finding f : found) {
      assertEquals(f.text(), whole.substring(f.start(), f.end()));
    }
  }

  @Test
  void overlapsKeepTheMoreConfidentFinding() {
    Finding strong = new Finding(FindingType.PHONE, null, 0, 12, "x", "x", 0.9, "a");
    Finding weak = new Finding(FindingType.MY_NUMBER, null, 0, 14, "y", "y", 0.5, "b");
    Finding apart = new Finding(FindingType.EMAIL, null, 20, 30, "z", "z", 0.5, "c");
    assertEquals(List.of(strong, apart), DetectorSet.withoutOverlaps(List.of(weak, apart, strong)));
  }
}
