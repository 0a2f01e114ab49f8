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
 * Speed of Kuromoji's tokenization alone (which {@link DetectionText#japaneseTokens()} pays once
 * per part for every Japanese detector), of each standard detector alone (on text already
 * folded, its table layout and tokens built in the warm-up) and of the whole set (folding,
 * tokens, every detector, context weighing), on the text of the {@code .txt} files under the
 * given folders repeated to at least 4 million chars: MB of UTF-8 text per CPU second of the one
 * measuring thread (so that other load on a shared machine matters less than to wall time),
 * median of 5 rounds after 2 of warm-up. A tool, not a test. From the repository root:
 *
 * <pre>
 * mvn -o -q -B test-compile -pl scanner-core -am
 * mvn -o -q dependency:build-classpath -pl scanner-core -Dmdep.outputFile=/tmp/cpc.txt -Dmdep.includeScope=test
 * java -cp dictionaries/target/classes:scanner-core/target/test-classes:scanner-core/target/classes:$(cat /tmp/cpc.txt) \
 *     dev.shirabe.detect.DetectorThroughput ../shared/corpus/en_presidio_synth ../shared/corpus/ja_wikipedia_person
 * </pre>
 */
public final class DetectorThroughput {

  private static final int MIN_CHARS = 4_000_000;
  private static final int WARM_UP = 2;
  private static final int ROUNDS = 5;

  private DetectorThroughput() {}

  public static void main(String[] args) throws IOException {
    String text = text(args);
    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    System.out.printf("%.1f MB of text (%d chars)%n", megabytes, text.length());
    String folded = WidthFolding.fold(text);
    System.out.printf("%-16s %7.1f MB/s%n", "kuromoji tokens",
        megabytes / medianSeconds(() -> JapaneseTokenizer.tokenize(folded)));
    for (Detector detector : DetectorSet.standard().detectors()) {
      System.gc(); // the previous detector's view (tokens, tables) is not collected on our time
      DetectionText view = new DetectionText(text); // folded once, as DetectorSet does
      double seconds = medianSeconds(() -> detector.detect(view));
      System.out.printf("%-16s %7.1f MB/s%n", detector.name(), megabytes / seconds);
    }
    DetectorSet all = DetectorSet.standard();
    System.out.printf("%-16s %7.1f MB/s%n", "all, with context",
        megabytes / medianSeconds(() -> all.detect(text)));
  }

  private static String text(String[] folders) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String folder : folders) {
      try (Stream<Path> files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          text.append(Files.readString(file)).append('\n');
        }
      }
    }
    if (text.length() == 0) {
      throw new IllegalArgumentException("no .txt files under " + Arrays.toString(folders));
    }
    String once = text.toString();
    while (text.length() < MIN_CHARS) {
      text.append(once);
    }
    return text.toString();
  }

  private static double medianSeconds(Runnable run) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Double> times = new ArrayList<>();
    for (int round = 0; round < WARM_UP + ROUNDS; round++) {
      long start = threads.getCurrentThreadCpuTime();
      run.run();
      if (round >= WARM_UP) {
        times.add((threads.getCurrentThreadCpuTime() - start) / 1e9);
      }
    }
    times.sort(null);
    return times.get(ROUNDS / 2);
  }
}
