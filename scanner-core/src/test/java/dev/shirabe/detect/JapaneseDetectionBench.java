package dev.shirabe.detect;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the Japanese detectors on one thread, next to Kuromoji's tokenization alone
 * (which {@link DetectionText#japaneseTokens()} pays once per part for all of them): MB/s of
 * UTF-8 text per second of the thread's CPU time (so that other work on a shared machine does
 * not count), the median of 5 rounds after a 3 s warm-up, measured alternately in one JVM. A
 * benchmark to run by hand, not a test:
 *
 * <pre>
 * mvn -o -q -B test-compile -pl scanner-core -am
 * mvn -o -q dependency:build-classpath -pl scanner-core -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp scanner-core/target/test-classes:scanner-core/target/classes:dictionaries/target/classes:$(cat /tmp/cp.txt) \
 *     dev.shirabe.detect.JapaneseDetectionBench ../shared/corpus/ja_wikipedia_person
 * </pre>
 */
public final class JapaneseDetectionBench {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 5;
  private static final long WARM_UP_NANOS = 3_000_000_000L;

  private JapaneseDetectionBench() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        texts.add(text);
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    DetectorSet detectors = new DetectorSet(List.of(new JapaneseAddressDetector()));
    Runnable tokenizeOnly = () -> texts.forEach(t -> JapaneseTokenizer.tokenize(WidthFolding.fold(t)));
    Runnable detect = () -> texts.forEach(detectors::detect);
    // The detector's own work: on texts whose tokens are already there, without context.
    JapaneseAddressDetector address = new JapaneseAddressDetector();
    List<DetectionText> tokenized = texts.stream().map(DetectionText::new).toList();
    tokenized.forEach(DetectionText::japaneseTokens);
    Runnable addressOnly = () -> tokenized.forEach(address::detect);

    long until = CPU.getCurrentThreadCpuTime() + WARM_UP_NANOS;
    while (CPU.getCurrentThreadCpuTime() < until) {
      tokenizeOnly.run();
      detect.run();
      addressOnly.run();
    }
    double[] tokenizing = new double[ROUNDS];
    double[] detecting = new double[ROUNDS];
    double[] addressing = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      tokenizing[r] = megabytesPerSecond(bytes, tokenizeOnly);
      detecting[r] = megabytesPerSecond(bytes, detect);
      addressing[r] = megabytesPerSecond(bytes, addressOnly);
    }
    System.out.printf("%d texts, %.2f MB of UTF-8%n", texts.size(), bytes / 1e6);
    System.out.printf("Kuromoji tokenization alone:           %6.2f MB/s%n", median(tokenizing));
    System.out.printf("DetectorSet(ja-address), tokens incl.: %6.2f MB/s%n", median(detecting));
    System.out.printf("ja-address alone, tokens given:        %6.2f MB/s%n", median(addressing));
  }

  private static double megabytesPerSecond(long bytes, Runnable work) {
    long start = CPU.getCurrentThreadCpuTime();
    work.run();
    return bytes / 1e6 / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
