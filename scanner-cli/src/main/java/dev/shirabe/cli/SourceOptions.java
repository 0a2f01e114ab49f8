package dev.shirabe.cli;

import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.extract.forked.ForkedExtractor;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.report.SafeText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What to read and how: patterns, threads and per-file limits; shared by scan and bench. */
final class SourceOptions {

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Scan only files matching GLOB (repeatable). Without a slash it matches"
          + " the file name (*.pst), with one the path under the root (hr/**).")
  List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Leave out files and folders matching GLOB (repeatable).")
  List<String> exclude = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction and analysis threads each (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Skip (and report) files larger than SIZE, e.g. 500MB, 8GB (default: 8GB).")
  Long maxFileBytes;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Follow embedded documents N levels deep (default: 10).")
  Integer maxDepth;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Stop reading one file after SECONDS, whatever its parser does: the"
          + " parser's process is killed and the file reported (default: 1800).")
  Integer timeoutSeconds;

  @Option(
      names = "--max-entry-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Stop reading an embedded document (archive member, attachment, compressed"
          + " stream) once it inflates past SIZE; checked while inflating, so a zip bomb stops"
          + " here (default: 256MB). All embedded documents of one file together stop at 100"
          + " times the file's size or SIZE, whichever is more (a nested zip bomb).")
  Long maxEntryBytes;

  @Option(
      names = "--max-temp-space",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Stop reading a file whose parser holds more than SIZE of temporary files;"
          + " at most threads x SIZE in all (default: 512MB).")
  Long maxTempBytes;

  @Option(
      names = "--tesseract",
      paramLabel = "PROGRAM",
      description = "The Tesseract program that reads scanned images and image-only PDF pages"
          + " (Japanese and English), a path or a name on PATH (default: tesseract). Without it,"
          + " or without its Japanese data, such files are reported as \"image only\" instead"
          + " (Debian: apt-get install tesseract-ocr-jpn).")
  String tesseract;

  @Option(
      names = "--ocr-timeout",
      paramLabel = "SECONDS",
      description = "Stop OCR of one page (an image, a PDF page) after SECONDS and report it"
          + " (default: 60).")
  Integer ocrTimeoutSeconds;

  @Option(
      names = "--in-process",
      description = "Parse in this process instead of isolated extraction processes: faster to"
          + " start, but a parser that hangs or runs out of memory can stop the scan. For"
          + " debugging and measurements.")
  boolean inProcess;

  ScanOptions scanOptions() {
    ScanOptions options = ScanOptions.defaults().withPatterns(include, exclude);
    if (threads != null) {
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be at least 1");
      }
      options = options.withThreads(threads);
    }
    ExtractionLimits limits = options.limits();
    if (maxFileBytes != null) {
      limits = limits.withMaxFileBytes(maxFileBytes);
    }
    if (maxDepth != null) {
      limits = limits.withMaxDepth(maxDepth);
    }
    if (timeoutSeconds != null) {
      if (timeoutSeconds < 1) {
        throw new IllegalArgumentException("--timeout must be at least 1 second");
      }
      limits = limits.withMaxTime(Duration.ofSeconds(timeoutSeconds));
    }
    if (maxEntryBytes != null) {
      limits = limits.withMaxEntryBytes(maxEntryBytes);
    }
    if (maxTempBytes != null) {
      limits = limits.withMaxTempBytes(maxTempBytes);
    }
    if (tesseract != null) {
      if (tesseract.isBlank()) {
        throw new IllegalArgumentException("--tesseract must name a program");
      }
      limits = limits.withOcr(limits.ocr().withTesseract(tesseract));
    }
    if (ocrTimeoutSeconds != null) {
      if (ocrTimeoutSeconds < 1) {
        throw new IllegalArgumentException("--ocr-timeout must be at least 1 second");
      }
      limits = limits.withOcr(limits.ocr().withPageTime(Duration.ofSeconds(ocrTimeoutSeconds)));
    }
    return options.withLimits(limits);
  }

  /**
   * The extractor a scan reads with: isolated processes, one per extraction thread, unless
   * {@code --in-process}. Their JVM options come from {@code SHIRABE_EXTRACT_JAVA_OPTS}; what
   * they log goes to {@code err}, each line naming its file.
   */
  Extractor extractor(ScanOptions options, PrintWriter err) {
    if (inProcess) {
      return new TikaExtractor(options.limits());
    }
    String opts = System.getenv().getOrDefault("SHIRABE_EXTRACT_JAVA_OPTS", "").strip();
    List<String> jvm = opts.isEmpty() ? List.of() : List.of(opts.split("\\s+"));
    return new ForkedExtractor(options.limits(), options.threads(), jvm, line -> {
      synchronized (err) {
        err.println("shirabe: " + SafeText.escape(line));
        err.flush();
      }
    });
  }

  /** The options given, as scan arguments again (for a scan run as a child process). */
  List<String> scanArguments() {
    List<String> args = new ArrayList<>();
    include.forEach(g -> args.addAll(List.of("--include", g)));
    exclude.forEach(g -> args.addAll(List.of("--exclude", g)));
    if (threads != null) {
      args.addAll(List.of("--threads", threads.toString()));
    }
    if (maxFileBytes != null) {
      args.addAll(List.of("--max-file-size", maxFileBytes.toString()));
    }
    if (maxDepth != null) {
      args.addAll(List.of("--max-depth", maxDepth.toString()));
    }
    if (timeoutSeconds != null) {
      args.addAll(List.of("--timeout", timeoutSeconds.toString()));
    }
    if (maxEntryBytes != null) {
      args.addAll(List.of("--max-entry-size", maxEntryBytes.toString()));
    }
    if (maxTempBytes != null) {
      args.addAll(List.of("--max-temp-space", maxTempBytes.toString()));
    }
    if (tesseract != null) {
      args.addAll(List.of("--tesseract", tesseract));
    }
    if (ocrTimeoutSeconds != null) {
      args.addAll(List.of("--ocr-timeout", ocrTimeoutSeconds.toString()));
    }
    if (inProcess) {
      args.add("--in-process");
    }
    return args;
  }

  /** "500MB", "8GB", "1024" (bytes). */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
      long unit = 1;
      for (String[] u : new String[][] {{"TB", "40"}, {"GB", "30"}, {"MB", "20"}, {"KB", "10"}, {"B", "0"}}) {
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
        throw new TypeConversionException("'" + value + "' is not a size such as 500MB or 8GB");
      }
    }
  }
}
