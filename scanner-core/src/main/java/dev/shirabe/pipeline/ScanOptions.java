package dev.shirabe.pipeline;

import dev.shirabe.extract.ExtractionLimits;
import java.util.List;

/**
 * How a scan runs.
 *
 * @param include globs a file must match (all files when empty)
 * @param exclude globs that leave a file or folder out
 * @param threads analysis and extraction threads each (the cores, by default)
 * @param queueCapacity parts waiting for analysis at most; bounds the memory in flight
 */
public record ScanOptions(
    List<String> include,
    List<String> exclude,
    ExtractionLimits limits,
    int threads,
    int queueCapacity) {

  public ScanOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queue capacity must be at least 1");
    }
  }

  public static ScanOptions defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ScanOptions(List.of(), List.of(), ExtractionLimits.DEFAULTS, cores, 4 * cores);
  }

  public ScanOptions withThreads(int n) {
    return new ScanOptions(include, exclude, limits, n, 4 * n);
  }

  public ScanOptions withPatterns(List<String> include, List<String> exclude) {
    return new ScanOptions(include, exclude, limits, threads, queueCapacity);
  }

  public ScanOptions withLimits(ExtractionLimits limits) {
    return new ScanOptions(include, exclude, limits, threads, queueCapacity);
  }
}
