package dev.shirabe.cli;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.evaluation.Evaluation;
import dev.shirabe.evaluation.EvaluationReport;
import dev.shirabe.evaluation.GoldSet;
import dev.shirabe.evaluation.ScannedPaper;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Ocr;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shirabe bench ocr}: OCR's quality and cost on generated scanned paper. */
@Command(
    name = "ocr",
    mixinStandardHelpOptions = true,
    description = {
      "Generates scanned paper (Japanese forms and business cards, several fonts, 150 and 300"
          + " dpi, slightly skewed and noisy, as PNG, JPEG, TIFF and image-only PDF) with its"
          + " gold.jsonl, reads it with Tesseract as a scan does, and prints precision and"
          + " recall per type and the pages read per second (one thread, median of the rounds)"
          + " with the machine's load. See docs/ocr.md.",
      "Exits 2 when Tesseract or its Japanese data is missing.",
    },
    sortOptions = false)
final class BenchOcrCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--count", paramLabel = "N", defaultValue = "32",
      description = "Generated files, one page each (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
      description = "The seed; the same seed makes the same set (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Timed rounds over the sample, after one warm-up page (default:"
          + " ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--sample", paramLabel = "N", defaultValue = "6",
      description = "Files timed in each round, the first N of the set (default:"
          + " ${DEFAULT-VALUE}: forms and cards at both resolutions).")
  int sample;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Write the set to DIR and keep it (then `shirabe eval DIR --mismatches`"
          + " shows what OCR misread).")
  Path keep;

  @Option(names = "--generate-only", description = "Only write the set (to --keep's DIR).")
  boolean generateOnly;

  @Override
  public Integer call() throws Exception {
    if (count < 1 || rounds < 1 || sample < 1) {
      throw new ParameterException(spec.commandLine(),
          "--count, --rounds and --sample must be at least 1");
    }
    if (generateOnly && keep == null) {
      throw new ParameterException(spec.commandLine(), "--generate-only needs --keep DIR");
    }
    PrintWriter out = spec.commandLine().getOut();
    Ocr ocr = Ocr.of(ExtractionLimits.DEFAULTS.ocr());
    if (!ocr.available() && !generateOnly) {
      spec.commandLine().getErr().println("shirabe: no OCR: " + ocr.missing()
          + " (Debian: apt-get install tesseract-ocr tesseract-ocr-jpn)");
      return Main.USAGE_OR_FATAL;
    }
    Path dir = keep != null ? keep : Files.createTempDirectory("shirabe-ocr-");
    try {
      List<ScannedPaper.Document> docs = ScannedPaper.write(dir, count, seed);
      out.printf(Locale.ROOT, "%d files in %s (fonts: %s)%n", docs.size(), dir,
          String.join(", ", ScannedPaper.installedFonts()));
      out.flush();
      if (generateOnly) {
        return Main.NOTHING_FOUND;
      }
      GoldSet gold = GoldSet.read(dir);
      EvaluationReport report = Evaluation.run(gold, DetectorSet.standard(), gold.labelledTypes());
      out.print(report.table());
      out.flush();
      time(dir, docs.subList(0, Math.min(sample, docs.size())), out);
      return Main.NOTHING_FOUND;
    } finally {
      if (keep == null) {
        delete(dir);
      }
    }
  }

  /** Pages per second of one extraction thread, reading the sample again each round. */
  private void time(Path dir, List<ScannedPaper.Document> docs, PrintWriter out)
      throws IOException, InterruptedException {
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULTS);
    double loadBefore = load();
    read(extractor, dir.resolve(docs.get(0).file())); // warm-up: classes, Tesseract's data
    List<Double> rates = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      for (ScannedPaper.Document d : docs) {
        read(extractor, dir.resolve(d.file()));
      }
      rates.add(docs.size() / ((System.nanoTime() - start) / 1e9));
    }
    List<Double> sorted = rates.stream().sorted().toList();
    out.printf(Locale.ROOT, "OCR: %.3f pages/s (median of %d rounds of %d pages; min %.3f,"
        + " max %.3f); one thread; load average %.2f before, %.2f after, %d cores%n",
        sorted.get(sorted.size() / 2), rounds, docs.size(), sorted.get(0),
        sorted.get(sorted.size() - 1), loadBefore, load(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
  }

  private static void read(TikaExtractor extractor, Path file)
      throws IOException, InterruptedException {
    try {
      extractor.extract(file, new PartSink() {
        @Override
        public void part(Part part) {}

        @Override
        public void problem(String locator, String reason) {}
      });
    } catch (ExtractionException e) {
      throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
