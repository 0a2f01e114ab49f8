package dev.shirabe.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How fast the Japanese detectors read, next to Kuromoji's tokenizing alone, on the .txt files
 * of a folder: a measuring tool, not a test. Per round it tokenizes each text alone, then runs
 * a {@link DetectorSet} of the Japanese detectors over it (tokenizing once, the detectors and
 * context included), then the detectors alone over tokens made beforehand; it prints the best
 * of the rounds as MB/s of UTF-8 text on one thread. From the repository root, after a build
 * ({@code mvn -o -q -B test-compile -pl scanner-core -am}):
 *
 * <pre>
 * mvn -o -q -B dependency:build-classpath -pl scanner-core -Dmdep.outputFile=/tmp/cp.txt
 * java -cp scanner-core/target/test-classes:scanner-core/target/classes:dictionaries/target/classes:$(cat /tmp/cp.txt) \
 *     dev.shirabe.detect.JapaneseDetectorSpeed ../shared/corpus/ja_wikipedia_person
 * </pre>
 */
public final class JapaneseDetectorSpeed {

  private static final int ROUNDS = 15;

  private JapaneseDetectorSpeed() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file);
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    List<Detector> detectors = List.of(new JapanesePersonDetector());
    DetectorSet set = new DetectorSet(detectors);
    long tokenizing = Long.MAX_VALUE;
    long scanning = Long.MAX_VALUE;
    long detecting = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long[] spent = new long[3];
      for (String text : texts) {
        long t0 = System.nanoTime();
        JapaneseTokenizer.tokenize(WidthFolding.fold(text));
        long t1 = System.nanoTime();
        set.detect(text);
        long t2 = System.nanoTime();
        DetectionText view = new DetectionText(text);
        view.japaneseTokens();
        long t3 = System.nanoTime();
        for (Detector detector : detectors) {
          detector.detect(view);
        }
        long t4 = System.nanoTime();
        spent[0] += t1 - t0;
        spent[1] += t2 - t1;
        spent[2] += t4 - t3;
      }
      tokenizing = Math.min(tokenizing, spent[0]);
      scanning = Math.min(scanning, spent[1]);
      detecting = Math.min(detecting, spent[2]);
    }
    System.out.printf("%d files, %.2f MB, best of %d rounds, one thread:%n", texts.size(),
        bytes / 1e6, ROUNDS);
    System.out.printf("  Kuromoji tokenizing alone            %6.1f MB/s%n", mbPerSecond(bytes, tokenizing));
    System.out.printf("  tokenizing + detectors + context     %6.1f MB/s%n", mbPerSecond(bytes, scanning));
    System.out.printf("  detectors alone, on shared tokens    %6.1f MB/s%n", mbPerSecond(bytes, detecting));
  }

  private static double mbPerSecond(long bytes, long nanos) {
    return bytes / 1e6 / (nanos / 1e9);
  }
}
