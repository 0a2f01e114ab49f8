package dev.shirabe.bench;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.LanguageRouter;
import dev.shirabe.detect.text.JapaneseTokenizer;
import dev.shirabe.vocabulary.Part;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Detection speed on texts already in memory, one thread, next to Kuromoji's bare
 * tokenization of the same texts in the same run: Japanese detection can never be faster
 * than reading the text once with Kuromoji, so the figure that matters is the ratio. Also
 * language routing alone (which the whole set includes), each detector alone (on a view whose tokens and tables are already built), so that a slow
 * one shows.
 *
 * <p>Times are the measuring thread's CPU time, so that other load on a shared machine
 * matters less than it would to wall time; each figure is the median of the rounds after a
 * warm-up of {@link ThroughputBenchmark#WARM_UP_NANOS} of that thread's CPU time too (at most
 * {@link #WARM_UP_WALL_NANOS} of wall time). A warm-up by the clock gave the thread about a
 * sixth of that CPU at a load average of 9 on two cores, and the rounds after it measured code
 * the JIT had not yet compiled: on en_presidio_synth at load 9–16, all detectors 0.69, 0.81, 0.90, 0.56
 * MB per CPU second against 0.99, 1.11, 1.01, 0.80 with the warm-up in CPU time (runs
 * alternating). On an idle machine the two warm-ups are the same.
 */
public final class DetectionBenchmark {

  /** One measurement: MB of UTF-8 text per CPU second. */
  public record Result(String what, long bytes, double seconds) {
    public double megabytesPerSecond() {
      return bytes / (1024.0 * 1024.0) / seconds;
    }
  }

  public static final String BARE_TOKENIZATION = "kuromoji (bare tokenization)";
  public static final String LANGUAGES = "language routing";
  public static final String ALL_DETECTORS = "all detectors, with context";
  public static final String CLASSIFIED = "all detectors + policy classifier";

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<String> texts;
  private final long bytes;
  private final int rounds;

  public DetectionBenchmark(List<String> texts, int rounds) {
    this.texts = List.copyOf(texts);
    this.bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    this.rounds = rounds;
  }

  /**
   * Kuromoji's bare tokenization, language routing, each detector alone, and the whole set as
   * a scan runs it (folding, languages, tokens, every detector, context weighing), in that
   * order.
   */
  public List<Result> run(DetectorSet detectors) {
    return run(detectors, null);
  }

  /**
   * As {@link #run(DetectorSet)}, then, with a classifier, the whole set and the classification
   * of its findings as a scan runs them (each text a part of a file named like a scanned one),
   * so that the classifier's cost is the difference of the last two figures.
   */
  public List<Result> run(DetectorSet detectors, Classifier classifier) {
    List<Result> results = new ArrayList<>();
    results.add(measure(BARE_TOKENIZATION, JapaneseTokenizer::countTokens));
    results.add(measure(LANGUAGES, LanguageRouter.standard()::languages));
    List<DetectionText> views = new ArrayList<>();
    for (String text : texts) {
      DetectionText view = new DetectionText(text);
      view.japaneseTokens(); // built once, as the first Japanese detector of a scan builds them
      views.add(view);
    }
    for (Detector detector : detectors.detectors()) {
      results.add(measure(detector.name(), views, detector::detect));
    }
    results.add(measure(ALL_DETECTORS, detectors::detect));
    if (classifier != null) {
      Path file = Path.of("share", "bench.txt");
      results.add(measure(CLASSIFIED, text -> classifier.classify(
          file, new Part("", text, Map.of()), detectors.detect(text))));
    }
    return results;
  }

  /**
   * All detectors against bare tokenization, the two measured in alternating rounds (bare
   * first in one pair, the set first in the next) after {@link #run} has warmed both: each
   * pair's ratio of MB per CPU second, the set's over bare's, in the order measured. Measured
   * apart, each median of five rounds moved with what the machine's neighbours did during it
   * (docs/performance.md, "Detection speed": bare tokenization alone read 3.7 to 6.9 MB per CPU
   * second across runs of one build, so the ratio of the two medians read 0.23 to 0.50); a
   * pair's two rounds see nearly the same machine.
   */
  public double[] pairedRatios(DetectorSet detectors) {
    Runnable bare = () -> texts.forEach(JapaneseTokenizer::countTokens);
    Runnable all = () -> texts.forEach(detectors::detect);
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      boolean bareFirst = i % 2 == 0;
      double first = cpuSeconds(bareFirst ? bare : all);
      double second = cpuSeconds(bareFirst ? all : bare);
      ratios[i] = bareFirst ? first / second : second / first;
    }
    return ratios;
  }

  /** The median of {@link #pairedRatios}. */
  public static double median(double[] ratios) {
    return ThroughputBenchmark.median(ratios);
  }

  private static double cpuSeconds(Runnable round) {
    long start = THREADS.getCurrentThreadCpuTime();
    round.run();
    return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
  }

  private Result measure(String what, Consumer<String> work) {
    return measure(what, texts, work);
  }

  /** {@code work} on each of {@code inputs} (the texts, or views of them), timed as one round. */
  private <T> Result measure(String what, List<T> inputs, Consumer<T> work) {
    return new Result(what, bytes, medianSeconds(() -> inputs.forEach(work)));
  }

  /** The longest warm-up by the clock, so that a benchmark on a crowded machine still ends. */
  static final long WARM_UP_WALL_NANOS = 10 * ThroughputBenchmark.WARM_UP_NANOS;

  private double medianSeconds(Runnable round) {
    double[] times = new double[rounds];
    long cpuEnds = THREADS.getCurrentThreadCpuTime() + ThroughputBenchmark.WARM_UP_NANOS;
    long wallEnds = System.nanoTime() + WARM_UP_WALL_NANOS;
    while (THREADS.getCurrentThreadCpuTime() < cpuEnds && System.nanoTime() < wallEnds) {
      round.run();
    }
    for (int i = 0; i < rounds; i++) {
      times[i] = cpuSeconds(round);
    }
    return ThroughputBenchmark.median(times);
  }
}
