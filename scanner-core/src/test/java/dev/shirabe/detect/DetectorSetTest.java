package dev.shirabe.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.contacts.EmailDetector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorSetTest {

  @Test
  void theStandardSetIsWhatTheRegistryListsEachOnceInItsOrder() throws Exception {
    List<String> listed;
    try (java.io.InputStream in = getClass().getResourceAsStream(
        "/META-INF/services/dev.shirabe.detect.Detector")) {
      listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    List<String> loaded = DetectorSet.standard().detectors().stream()
        .map(d -> d.getClass().getName()).toList();
    assertEquals(listed, loaded);
    assertEquals(loaded.size(), java.util.Set.copyOf(loaded).size());
    assertTrue(loaded.size() >= 14);
  }

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
  void eachFindingIsInTheLanguageAtItsStart() {
    String mail = "Dear Mr. Tanaka,\n\nThank you for your reply. Please send the signed contract to"
        + " legal@example.com by Friday.\n\nKind regards,\nJohn\n\n"
        + "株式会社サンプル 営業部 山田太郎\nメール: yamada@example.co.jp\n";
    Analysis analysis = new DetectorSet(List.of(new EmailDetector())).analyse(mail);
    assertEquals(List.of("legal@example.com en", "yamada@example.co.jp ja"),
        analysis.findings().stream().map(f -> f.text() + " " + analysis.languageOf(f)).toList());
  }

  @Test
  void aLongTextsLanguagesCoverEverySegment() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 2 * DetectorSet.SEGMENT_CHARS) {
      text.append("お問い合わせは support@example.jp までご連絡ください。\n");
    }
    int english = text.length();
    while (text.length() < 3 * DetectorSet.SEGMENT_CHARS) {
      text.append("For questions please write to support@example.com at any time of the day.\n");
    }
    String whole = text.toString();
    Analysis analysis = new DetectorSet(List.of(new EmailDetector())).analyse(whole);
    assertEquals(List.of(new LanguageSpan(0, english, "ja"), new LanguageSpan(english, whole.length(), "en")),
        analysis.languages().spans());
    assertEquals("en", analysis.languageOf(analysis.findings().get(analysis.findings().size() - 1)));
  }

  @Test
  void overlapsKeepTheMoreConfidentFinding() {
    Finding strong = new Finding(FindingType.PHONE, null, 0, 12, "x", "x", 0.9, "a");
    Finding weak = new Finding(FindingType.MY_NUMBER, null, 0, 14, "y", "y", 0.5, "b");
    Finding apart = new Finding(FindingType.EMAIL, null, 20, 30, "z", "z", 0.5, "c");
    assertEquals(List.of(strong, apart), DetectorSet.withoutOverlaps(List.of(weak, apart, strong)));
  }
}
