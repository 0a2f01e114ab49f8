package dev.shirabe.scan;

import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.extract.forked.ForkedExtractor;
import dev.shirabe.pipeline.ScanOptions;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a user chose of which files are read and how: the patterns, the limits per file, OCR,
 * and whether parsers run isolated in child processes. One record for every front end ({@code
 * shirabe scan}, the Spark job), so that an option means the same wherever it is given, and
 * what changes the findings enters the same analysis fingerprint ({@link
 * dev.shirabe.pipeline.FileScan#fingerprint}). Serializable: a cluster job sends it to its
 * executors as given.
 *
 * <p>A null limit is the default ({@link ExtractionLimits#DEFAULTS}); the options' names in the
 * messages are the command line's.
 *
 * @param include {@code --include}: globs a file must match (all files when empty)
 * @param exclude {@code --exclude}: globs that leave a file or folder out
 * @param maxFileBytes {@code --max-file-size}
 * @param maxDepth {@code --max-depth}
 * @param timeoutSeconds {@code --timeout}
 * @param maxEntryBytes {@code --max-entry-size}
 * @param maxTempBytes {@code --max-temp-space}
 * @param tesseract {@code --tesseract}
 * @param ocrTimeoutSeconds {@code --ocr-timeout}
 * @param inProcess {@code --in-process}: parse in the calling JVM, not in child processes
 * @param extractJvmOptions the child processes' JVM options ({@value #EXTRACT_JAVA_OPTS})
 */
public record ReadOptions(
    List<String> include,
    List<String> exclude,
    Long maxFileBytes,
    Integer maxDepth,
    Integer timeoutSeconds,
    Long maxEntryBytes,
    Long maxTempBytes,
    String tesseract,
    Integer ocrTimeoutSeconds,
    boolean inProcess,
    List<String> extractJvmOptions)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The variable that holds the extraction processes' JVM options (e.g. -Xmx512m). */
  public static final String EXTRACT_JAVA_OPTS = "SHIRABE_EXTRACT_JAVA_OPTS";

  /** Every file, the default limits, isolated extraction with the default heap. */
  public static final ReadOptions DEFAULTS = new ReadOptions(List.of(), List.of(), null, null,
      null, null, null, null, null, false, List.of());

  public ReadOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    extractJvmOptions = List.copyOf(extractJvmOptions);
  }

  /** The same options, the extraction processes started with these JVM options. */
  public ReadOptions withExtractJvmOptions(List<String> options) {
    return new ReadOptions(include, exclude, maxFileBytes, maxDepth, timeoutSeconds,
        maxEntryBytes, maxTempBytes, tesseract, ocrTimeoutSeconds, inProcess, options);
  }

  /** The same options, parsing in the calling JVM ({@code --in-process}) or not. */
  public ReadOptions withInProcess(boolean inProcess) {
    return new ReadOptions(include, exclude, maxFileBytes, maxDepth, timeoutSeconds,
        maxEntryBytes, maxTempBytes, tesseract, ocrTimeoutSeconds, inProcess, extractJvmOptions);
  }

  /** The extraction processes' JVM options in {@value #EXTRACT_JAVA_OPTS}, split at blanks. */
  public static List<String> extractJvmOptions(Map<String, String> environment) {
    String opts = environment.getOrDefault(EXTRACT_JAVA_OPTS, "").strip();
    return opts.isEmpty() ? List.of() : List.of(opts.split("\\s+"));
  }

  /**
   * The scan's options with {@code threads} threads (extraction processes at most as many).
   *
   * @throws IllegalArgumentException naming the option when a value is out of range
   */
  public ScanOptions scanOptions(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1");
    }
    ScanOptions options = ScanOptions.defaults().withPatterns(include, exclude).withThreads(threads);
    ExtractionLimits limits = options.limits();
    if (maxFileBytes != null) {
      limits = limits.withMaxFileBytes(positive(maxFileBytes, "--max-file-size"));
    }
    if (maxDepth != null) {
      if (maxDepth < 0) {
        throw new IllegalArgumentException("--max-depth must be 0 or more");
      }
      limits = limits.withMaxDepth(maxDepth);
    }
    if (timeoutSeconds != null) {
      if (timeoutSeconds < 1) {
        throw new IllegalArgumentException("--timeout must be at least 1 second");
      }
      limits = limits.withMaxTime(Duration.ofSeconds(timeoutSeconds));
    }
    if (maxEntryBytes != null) {
      limits = limits.withMaxEntryBytes(positive(maxEntryBytes, "--max-entry-size"));
    }
    if (maxTempBytes != null) {
      limits = limits.withMaxTempBytes(positive(maxTempBytes, "--max-temp-space"));
    }
    if (tesseract != null) {
      if (tesseract.isBlank()) {
        throw new IllegalArgumentException("--tesseract must name a program");
      }
      limits = limits.withOcr(limits.ocr().withTesseract(tesseract));
    }
    if (ocrTimeoutSeconds != null) {
      if (ocrTimeoutSeconds < 1 || ocrTimeoutSeconds > 86_400) {
        throw new IllegalArgumentException("--ocr-timeout must be 1 second to a day");
      }
      limits = limits.withOcr(limits.ocr().withPageTime(Duration.ofSeconds(ocrTimeoutSeconds)));
    }
    return options.withLimits(limits);
  }

  private static long positive(long value, String option) {
    if (value <= 0) {
      throw new IllegalArgumentException(option + " must be positive");
    }
    return value;
  }

  /**
   * The extractor these options read with: isolated processes, one per thread of {@code
   * options} at most (each line they log goes to {@code log}, naming its file), or Tika in this
   * process with {@code --in-process}. The caller closes it.
   */
  public Extractor extractor(ScanOptions options, Consumer<String> log) {
    if (inProcess) {
      return new TikaExtractor(options.limits());
    }
    return new ForkedExtractor(options.limits(), options.threads(), extractJvmOptions, log);
  }

  /** The options given, as command-line arguments again (for a scan run as a child process). */
  public List<String> arguments() {
    List<String> args = new ArrayList<>();
    include.forEach(g -> args.addAll(List.of("--include", g)));
    exclude.forEach(g -> args.addAll(List.of("--exclude", g)));
    add(args, "--max-file-size", maxFileBytes);
    add(args, "--max-depth", maxDepth);
    add(args, "--timeout", timeoutSeconds);
    add(args, "--max-entry-size", maxEntryBytes);
    add(args, "--max-temp-space", maxTempBytes);
    add(args, "--tesseract", tesseract);
    add(args, "--ocr-timeout", ocrTimeoutSeconds);
    if (inProcess) {
      args.add("--in-process");
    }
    return args;
  }

  private static void add(List<String> args, String option, Object value) {
    if (value != null) {
      args.addAll(List.of(option, value.toString()));
    }
  }

  /**
   * "500MB", "8GB", "1024" (bytes), as {@code --max-file-size} and the other sizes take them.
   *
   * @throws IllegalArgumentException when it is not a positive size
   */
  public static long size(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
    long unit = 1;
    for (String[] u : new String[][] {
        {"TB", "40"}, {"GB", "30"}, {"MB", "20"}, {"KB", "10"}, {"B", "0"}}) {
      if (v.endsWith(u[0])) {
        unit = 1L << Integer.parseInt(u[1]);
        v = v.substring(0, v.length() - u[0].length()).strip();
        break;
      }
    }
    try {
      long n = Long.parseLong(v);
      if (n <= 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("'" + value + "' is not a size such as 500MB or 8GB");
    }
  }
}
