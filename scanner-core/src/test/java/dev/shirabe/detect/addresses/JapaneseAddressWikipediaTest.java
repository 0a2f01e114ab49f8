package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Japanese Wikipedia sentences (the shared ja_wikipedia_person corpus, 3,600 sentences) name
 * places all the time and street addresses almost never: every ADDRESS reported there is a
 * place name taken for an address, or one of the few real ones. Measured: 4 reported, all
 * real postal addresses of organisations ("東京都文京区本郷二丁目40番14号山崎ビル401号室", …);
 * 5 more down to the chōme only ("広島市佐伯区楽々園六丁目にある") stay below the threshold.
 */
class JapaneseAddressWikipediaTest {

  private static final int MEASURED = 4;
  private static final int CEILING = MEASURED + 2;

  @Test
  void reportsAlmostNothingInEncyclopediaProse() throws Exception {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path corpus = Path.of(shared, "corpus", "ja_wikipedia_person");
    assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);

    DetectorSet detectors = new DetectorSet(List.of(new JapaneseAddressDetector()));
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (Finding f : detectors.detect(Files.readString(file, StandardCharsets.UTF_8))) {
          found.add(f.confidence() + " " + f.text());
        }
      }
    }
    // Public corpus: its text may be printed.
    System.out.println("ja_wikipedia_person ADDRESS findings: " + found.size());
    found.forEach(f -> System.out.println("  " + f));
    assertTrue(found.size() <= CEILING, found.size() + " findings, more than " + CEILING);
  }
}
