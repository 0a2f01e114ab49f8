package dev.shirabe.pipeline;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.JapaneseTokenizer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Detection speed on texts already in memory, one thread, next to Kuromoji's bare
 * tokenization of the same texts in the same run: the figure that matters is the ratio, since
 * Japanese detection can never be faster than reading the text once with Kuromoji.
 */
public final class DetectionBenchmark {

  /** One measurement: MB of UTF-8 text per second, the median of the rounds. */
  public record Result(String what, long bytes, double seconds) {
    public double megabytesPerSecond() {
      return bytes / (1024.0 * 1024.0) / seconds;
    }
  }

  private final List<String> texts;
  private final long bytes;
  private final int rounds;

  public DetectionBenchmark(List<String> texts, int rounds) {
    this.texts = List.copyOf(texts);
    this.bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    this.rounds = rounds;
  }

  /** Kuromoji's bare tokenization, then the detectors (which tokenize once themselves). */
  public List<Result> compare(DetectorSet detectors) {
    Consumer<String> tokenize = JapaneseTokenizer::countTokens;
    Consumer<String> detect = detectors::detect;
    double[] tokenizeTimes = new double[rounds];
    double[] detectTimes = new double[rounds];
    long warmUpEnds = System.nanoTime() + ThroughputBenchmark.WARM_UP_NANOS;
    for (int round = -1; round < rounds; round++) {
      if (round == 0 && System.nanoTime() < warmUpEnds) {
        round = -1;
      }
      double t = time(tokenize);
      double d = time(detect);
      if (round >= 0) {
        tokenizeTimes[round] = t;
        detectTimes[round] = d;
      }
    }
    return List.of(
        new Result("kuromoji tokenization", bytes, ThroughputBenchmark.median(tokenizeTimes)),
        new Result("detection (all detectors)", bytes, ThroughputBenchmark.median(detectTimes)));
  }

  private double time(Consumer<String> work) {
    long start = System.nanoTime();
    for (String text : texts) {
      work.accept(text);
    }
    return (System.nanoTime() - start) / 1e9;
  }

}
