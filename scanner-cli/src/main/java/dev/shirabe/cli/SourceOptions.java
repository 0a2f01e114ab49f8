package dev.shirabe.cli;

import dev.shirabe.extract.Extractor;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.report.SafeText;
import dev.shirabe.scan.ReadOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

  /** What the options choose of which files are read and how, as every front end takes it. */
  ReadOptions readOptions() {
    return new ReadOptions(include, exclude, maxFileBytes, maxDepth, timeoutSeconds,
        maxEntryBytes, maxTempBytes, tesseract, ocrTimeoutSeconds, inProcess,
        ReadOptions.extractJvmOptions(System.getenv()));
  }

  /** The threads: --threads, else the number of cores. */
  int threads() {
    return threads != null ? threads : ScanOptions.defaults().threads();
  }

  ScanOptions scanOptions() {
    return readOptions().scanOptions(threads());
  }

  /**
   * The extractor a scan reads with: isolated processes, one per extraction thread, unless
   * {@code --in-process}. Their JVM options come from {@code SHIRABE_EXTRACT_JAVA_OPTS}; what
   * they log goes to {@code err}, each line naming its file.
   */
  Extractor extractor(ScanOptions options, PrintWriter err) {
    return readOptions().extractor(options, log(err));
  }

  /** Where the extraction processes' log lines go: {@code err}, one line each. */
  static Consumer<String> log(PrintWriter err) {
    return line -> {
      synchronized (err) {
        err.println("shirabe: " + SafeText.escape(line));
        err.flush();
      }
    };
  }

  /** The options given, as scan arguments again (for a scan run as a child process). */
  List<String> scanArguments() {
    List<String> args = new ArrayList<>();
    if (threads != null) {
      args.addAll(List.of("--threads", threads.toString()));
    }
    args.addAll(readOptions().arguments());
    return args;
  }

  /** "500MB", "8GB", "1024" (bytes). */
  static final class SizeConverter implements ITypeConverter<Long> {
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
