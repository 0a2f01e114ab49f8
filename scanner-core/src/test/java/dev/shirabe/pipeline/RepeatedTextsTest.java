package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.Analysis;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.Languages;
import dev.shirabe.source.SourceFile;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text read again in one scan is not analysed again, and gives the same findings. */
class RepeatedTextsTest {

  @TempDir Path dir;

  /** The secret-word detector, counting the texts it reads. */
  private static final class Counting implements Detector {
    final AtomicInteger texts = new AtomicInteger();

    @Override
    public String name() {
      return "secret";
    }

    @Override
    public List<Finding> detect(DetectionText text) {
      texts.incrementAndGet();
      return SecretWordDetector.INSTANCE.detect(text);
    }
  }

  private static String longText(String filler, int secrets) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < secrets; i++) {
      s.append(filler.repeat(30)).append(" secret\n");
    }
    return s.toString();
  }

  /** Every finding a scan of one file with these parts reports, as lines naming its part. */
  private static List<String> scan(FileScan work, Path file) throws Exception {
    List<String> lines = new ArrayList<>();
    work.scan(SourceFile.of(file), new ScanListener() {
      @Override
      public void part(dev.shirabe.source.SourceItem item, Part part,
          List<FindingRecord> records) {
        for (FindingRecord r : records) {
          lines.add(r.part() + " " + r.finding().start() + "-" + r.finding().end());
        }
      }
    });
    return lines;
  }

  @Test
  void aLongTextReadTwiceIsAnalysedOnceAndGivesEachPartItsFindings() throws Exception {
    String attachment = longText("a stylesheet line ", 5);
    assertTrue(attachment.length() >= RepeatedTexts.MIN_CHARS);
    String other = longText("another document ", 3);
    Path file = Files.writeString(dir.resolve("mail.eml"), "x");
    Counting detector = new Counting();
    FileScan work = new FileScan(ScanOptions.defaults(), (item, sink) -> {
      sink.part(new Part("#1", attachment, Map.of()));
      sink.part(new Part("#2", other, Map.of()));
      sink.part(new Part("#3", new String(attachment.toCharArray()), Map.of())); // equal, not same
    }, new DetectorSet(List.of(detector)), Classifier.NONE);
    List<String> lines = scan(work, file);
    assertEquals(2, detector.texts.get());
    assertEquals(5 + 3 + 5, lines.size());
    List<String> first = lines.stream().filter(l -> l.startsWith("#1 ")).map(l -> l.substring(3))
        .toList();
    List<String> third = lines.stream().filter(l -> l.startsWith("#3 ")).map(l -> l.substring(3))
        .toList();
    assertEquals(5, first.size());
    assertEquals(first, third);
  }

  @Test
  void shortTextsAndTextsOfSeveralSegmentsAreAnalysedEachTime() throws Exception {
    String shortText = "a short mail body with a secret";
    String huge = longText("a very long export row ", DetectorSet.SEGMENT_CHARS / 600 + 2);
    assertTrue(huge.length() > DetectorSet.SEGMENT_CHARS);
    Path file = Files.writeString(dir.resolve("a.eml"), "x");
    Counting detector = new Counting();
    FileScan work = new FileScan(ScanOptions.defaults(), (item, sink) -> {
      sink.part(new Part("#1", shortText, Map.of()));
      sink.part(new Part("#2", shortText, Map.of()));
      sink.part(new Part("#3", huge, Map.of()));
      sink.part(new Part("#4", huge, Map.of()));
    }, new DetectorSet(List.of(detector)), Classifier.NONE);
    List<String> lines = scan(work, file);
    Counting once = new Counting();
    new DetectorSet(List.of(once)).analyse(huge, segment -> { });
    int segments = once.texts.get();
    assertTrue(segments >= 2, "the huge text is read in segments");
    assertEquals(2 + 2 * segments, detector.texts.get());
    assertEquals(lines.stream().filter(l -> l.startsWith("#3 ")).map(l -> l.substring(3)).toList(),
        lines.stream().filter(l -> l.startsWith("#4 ")).map(l -> l.substring(3)).toList());
  }

  @Test
  void theTextsHeldStayUnderTheBoundLeastRecentlyUsedFirst() {
    RepeatedTexts repeats = new RepeatedTexts();
    Analysis none = new Analysis(List.of(), Languages.single(DetectorSet.SEGMENT_CHARS, "en"));
    int size = DetectorSet.SEGMENT_CHARS;
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2 * RepeatedTexts.MAX_CHARS / size; i++) {
      texts.add(Character.toString('a' + i).repeat(size));
    }
    repeats.put(texts.get(0), none);
    for (String text : texts.subList(1, texts.size())) {
      assertNotNull(repeats.get(texts.get(0))); // the first kept in use
      repeats.put(text, none);
      assertTrue(repeats.chars() <= RepeatedTexts.MAX_CHARS);
    }
    assertNotNull(repeats.get(texts.get(0)));
    assertNull(repeats.get(texts.get(1)));
    assertNotNull(repeats.get(texts.get(texts.size() - 1)));
  }
}
