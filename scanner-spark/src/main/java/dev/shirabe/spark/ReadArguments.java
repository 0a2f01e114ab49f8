package dev.shirabe.spark;

import dev.shirabe.scan.ReadOptions;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code shirabe scan} that choose which files are read and how, with the same
 * names and meanings: they make the same {@link ReadOptions}, which the executors read by and
 * which enters the same analysis fingerprint (SparkOptionsTest checks that every such option of
 * {@code scan} is here and means the same).
 */
final class ReadArguments {

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Scan only files matching GLOB (repeatable). Without a slash it matches the"
          + " file name (*.pst), with one the path under the root (hr/**).")
  List<String> include = List.of();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Leave out files and folders matching GLOB (repeatable).")
  List<String> exclude = List.of();

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = Size.class,
      description = "Skip (and report) files larger than SIZE, e.g. 500MB, 8GB (default: 8GB).")
  Long maxFileBytes;

  @Option(names = "--max-depth", paramLabel = "N",
      description = "Follow embedded documents N levels deep (default: 10).")
  Integer maxDepth;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Stop reading one file after SECONDS, whatever its parser does: the"
          + " parser's process is killed and the file reported (default: 1800).")
  Integer timeoutSeconds;

  @Option(names = "--max-entry-size", paramLabel = "SIZE", converter = Size.class,
      description = "Stop reading an embedded document once it inflates past SIZE (default:"
          + " 256MB); all of one file's together stop at 100 times the file's size or SIZE,"
          + " whichever is more.")
  Long maxEntryBytes;

  @Option(names = "--max-temp-space", paramLabel = "SIZE", converter = Size.class,
      description = "Stop reading a file whose parser holds more than SIZE of temporary files"
          + " (default: 512MB).")
  Long maxTempBytes;

  @Option(names = "--tesseract", paramLabel = "PROGRAM",
      description = "The Tesseract program that reads scanned images and image-only PDF pages,"
          + " a path or a name on PATH, on every executor (default: tesseract). Without it, or"
          + " without its Japanese data, such files are reported as \"image only\".")
  String tesseract;

  @Option(names = "--ocr-timeout", paramLabel = "SECONDS",
      description = "Stop OCR of one page after SECONDS and report it (default: 60).")
  Integer ocrTimeoutSeconds;

  @Option(names = "--in-process",
      description = "Parse in the executor's JVM instead of isolated extraction processes: a"
          + " parser that hangs or runs out of memory then fails its task, and the job after"
          + " Spark's retries. For debugging and measurements.")
  boolean inProcess;

  /**
   * The options given; the extraction processes' JVM options are the driver's {@value
   * ReadOptions#EXTRACT_JAVA_OPTS}, which every executor then uses.
   */
  ReadOptions readOptions(Map<String, String> environment) {
    return new ReadOptions(include, exclude, maxFileBytes, maxDepth, timeoutSeconds,
        maxEntryBytes, maxTempBytes, tesseract, ocrTimeoutSeconds, inProcess,
        ReadOptions.extractJvmOptions(environment));
  }

  /** "500MB", "8GB", "1024" (bytes), as {@code scan} takes sizes. */
  static final class Size implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return ReadOptions.size(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
