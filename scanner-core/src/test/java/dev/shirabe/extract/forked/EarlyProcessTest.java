package dev.shirabe.extract.forked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.PartSink;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan's first extraction process, started before the scan knows its limits, is the one the
 * extractor then uses, and reads with the limits the extractor gives it; one started with
 * other JVM options is not used.
 */
class EarlyProcessTest {

  @TempDir Path dir;

  @Test
  void theExtractorTakesTheEarlyProcessAndGivesItItsLimits() throws Exception {
    EarlyProcess.start(List.of(), 1);
    Path small = Files.writeString(dir.resolve("small.txt"), "電話 03-1234-5678");
    Path large = Files.writeString(dir.resolve("large.txt"), "電話 03-1234-5678 ".repeat(10));
    ExtractionLimits limits = ExtractionLimits.DEFAULTS.withMaxFileBytes(Files.size(small));
    try (ForkedExtractor forked = new ForkedExtractor(limits, 1, List.of(), line -> {})) {
      assertNull(EarlyProcess.take(ForkedExtractor.command(List.of(), 1), 1), "taken over");
      assertTrue(texts(forked, small).contains("03-1234-5678"));
      // The limit came over the pipe after the process started: the larger file is refused.
      ExtractionException e = assertThrows(ExtractionException.class, () -> texts(forked, large));
      assertTrue(e.getMessage().startsWith("larger than the limit of " + Files.size(small)),
          e.getMessage());
      assertEquals(1, forked.processesStarted());
    }
  }

  @Test
  void oneStartedWithOtherOptionsIsNotUsed() throws Exception {
    EarlyProcess.start(List.of("-Xmx200m"), 1);
    assertNull(EarlyProcess.take(ForkedExtractor.command(List.of(), 1), 1));
    assertNull(EarlyProcess.take(ForkedExtractor.command(List.of("-Xmx200m"), 1), 1), "discarded");
    Path small = Files.writeString(dir.resolve("small.txt"), "電話 03-1234-5678");
    try (ForkedExtractor forked =
        new ForkedExtractor(ExtractionLimits.DEFAULTS, 1, List.of(), line -> {})) {
      assertTrue(texts(forked, small).contains("03-1234-5678"));
      assertEquals(1, forked.processesStarted());
    }
  }

  private static String texts(ForkedExtractor extractor, Path file) throws Exception {
    List<String> texts = new ArrayList<>();
    extractor.extract(file, new PartSink() {
      @Override
      public void part(Part part) {
        texts.add(part.text());
      }

      @Override
      public void problem(String locator, String reason) {}
    });
    return String.join("\n", texts);
  }
}
