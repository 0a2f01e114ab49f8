package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What an extractor reported for one file: its parts and problems, in order. */
class Extraction implements PartSink {

  record Problem(String locator, String reason) {}

  private static final TikaExtractor DEFAULT = new TikaExtractor(ExtractionLimits.DEFAULTS);

  final List<Part> parts = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  static Extraction of(Path file) throws ExtractionException, InterruptedException {
    return of(DEFAULT, file);
  }

  static Extraction of(Path file, ExtractionLimits limits)
      throws ExtractionException, InterruptedException {
    return of(new TikaExtractor(limits), file);
  }

  private static Extraction of(Extractor extractor, Path file)
      throws ExtractionException, InterruptedException {
    Extraction result = new Extraction();
    extractor.extract(file, result);
    return result;
  }

  /** A folder of the shared corpus; the test is skipped where the corpus is not present. */
  static Path shared(String folder) {
    String root = System.getProperty("shirabe.shared");
    assumeTrue(root != null, "shirabe.shared is not set");
    Path path = Path.of(root, "corpus", folder);
    assumeTrue(Files.isDirectory(path), "no shared corpus at " + path);
    return path;
  }

  @Override
  public void part(Part part) {
    parts.add(part);
  }

  @Override
  public void problem(String locator, String reason) {
    problems.add(new Problem(locator, reason));
  }

  List<String> locators() {
    return parts.stream().map(Part::locator).collect(Collectors.toList());
  }

  /** The part at {@code locator}; fails the test if there is none. */
  Part part(String locator) {
    return parts.stream()
        .filter(p -> p.locator().equals(locator))
        .findFirst()
        .orElseGet(() -> fail("no part " + locator + " among " + locators()));
  }

  /** The text of every part. */
  String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining("\n"));
  }
}
