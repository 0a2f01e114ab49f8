package dev.shirabe.pipeline;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.source.SourceFile;
import dev.shirabe.vocabulary.Part;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where detection's time goes on a corpus of any format: every file is extracted once (Tika,
 * in this JVM, OCR as configured by default), then the parts' texts are analysed by the whole
 * detector set round after round, and by each detector alone on a fresh view (the languages
 * computed first, apart). Prints CPU milliseconds a round (this thread's), per detector and for
 * the costliest parts, named by file, content type and part number only (never their text).
 * Not a test: run it with
 *
 * <pre>
 * java -cp 'scanner-core/target/classes:scanner-core/target/test-classes:scanner-cli/target/lib/*' \
 *   dev.shirabe.pipeline.PartDetectionCost [--warm-up N] [--rounds N] FOLDER
 * </pre>
 */
public final class PartDetectionCost {

  private PartDetectionCost() {}

  public static void main(String[] args) throws Exception {
    int warmUp = 20;
    int rounds = 10;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> folder = Path.of(args[i]);
      }
    }
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    TikaExtractor tika = new TikaExtractor(ExtractionLimits.DEFAULTS);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        int[] n = {0};
        tika.extract(SourceFile.of(file), new PartSink() {
          @Override
          public void part(Part part) {
            texts.add(part.text());
            names.add(file.getFileName() + " part " + (++n[0]) + " " + part.meta(Part.CONTENT_TYPE));
          }

          @Override
          public void problem(String locator, String reason) {}
        });
      }
    }
    DetectorSet set = DetectorSet.standard();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] perPart = new long[texts.size()];
    long languages = 0;
    Map<String, Long> perDetector = new LinkedHashMap<>();
    for (int round = -warmUp; round < rounds; round++) {
      boolean counted = round >= 0;
      for (int i = 0; i < texts.size(); i++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        set.analyse(texts.get(i));
        long t1 = cpu.getCurrentThreadCpuTime();
        DetectionText view = new DetectionText(texts.get(i));
        view.languages();
        long t2 = cpu.getCurrentThreadCpuTime();
        if (counted) {
          perPart[i] += t1 - t0;
          languages += t2 - t1;
        }
        for (Detector detector : set.detectors()) {
          long d0 = cpu.getCurrentThreadCpuTime();
          detector.detect(view);
          long d1 = cpu.getCurrentThreadCpuTime();
          if (counted) {
            perDetector.merge(detector.name(), d1 - d0, Long::sum);
          }
        }
      }
    }
    double r = rounds * 1e6;
    System.out.printf("%d parts, %d chars; CPU ms a round (the sum over %d rounds"
        + " after %d, divided)%n", texts.size(), texts.stream().mapToInt(String::length).sum(), rounds,
        warmUp);
    System.out.printf("whole set %.1f; languages alone %.1f%n", Arrays.stream(perPart).sum() / r,
        languages / r);
    perDetector.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> System.out.printf("  %-18s %6.1f%n", e.getKey(), e.getValue() / r));
    Integer[] order = new Integer[texts.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(perPart[b], perPart[a]));
    for (int k = 0; k < Math.min(15, order.length); k++) {
      int i = order[k];
      System.out.printf("%7.2f ms %7d chars  %s%n", perPart[i] / r, texts.get(i).length(),
          names.get(i));
    }
  }
}
