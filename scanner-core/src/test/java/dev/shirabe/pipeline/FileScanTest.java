package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.ExtractorUnavailableException;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.source.SourceFile;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileScan} on one item at a time gives what the pipeline gives for it. */
class FileScanTest {

  @TempDir Path dir;

  /** Everything reported, per file, as sorted lines (the pipeline's threads interleave). */
  private static final class Heard implements ScanListener {
    final Map<String, List<String>> lines = new TreeMap<>();

    private synchronized void add(Path file, String line) {
      lines.computeIfAbsent(file.toString(), k -> new ArrayList<>()).add(line);
    }

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {
      add(file.path(), "part " + part.locator());
      for (FindingRecord r : records) {
        add(file.path(), "finding " + r);
      }
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      add(outcome.file().path(), "done " + outcome.parts() + " " + outcome.findings() + " "
          + outcome.error());
    }

    @Override
    public void fileFailed(Path file, String reason) {
      add(file, "failed " + reason);
    }

    @Override
    public void problem(Path file, String locator, String reason) {
      add(file, "problem " + locator + ": " + reason);
    }

    Map<String, List<String>> sorted() {
      lines.values().forEach(Collections::sort);
      return lines;
    }
  }

  @Test
  void eachCorpusFileGivesWhatThePipelineGivesForIt() throws Exception {
    Path corpus = Path.of(System.getProperty("shirabe.root", "..")).resolve("test-corpus");
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    Extractor tika = new TikaExtractor(options.limits());
    DetectorSet detectors = DetectorSet.standard();

    Heard fromPipeline = new Heard();
    new ScanPipeline(options, tika, detectors, Classifier.NONE)
        .run(List.of(corpus), fromPipeline);

    FileScan work = new FileScan(options, tika, detectors, Classifier.NONE);
    Heard oneByOne = new Heard();
    List<Path> files;
    try (Stream<Path> all = Files.walk(corpus)) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    int failed = 0;
    for (Path file : files) {
      FileOutcome outcome = work.scan(SourceFile.of(file), oneByOne);
      failed += outcome.failed() ? 1 : 0;
    }

    assertEquals(fromPipeline.sorted(), oneByOne.sorted());
    assertTrue(failed >= 1, "the corpus's broken file fails the same way in both");
    assertTrue(oneByOne.lines.values().stream().mapToLong(l -> l.stream()
        .filter(s -> s.startsWith("finding ")).count()).sum() > 100, "findings were compared");
  }

  @Test
  void aFileOverTheSizeLimitFailsWithTheReasonAndIsNotRead() throws Exception {
    Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
    ScanOptions options = ScanOptions.defaults().withLimits(
        ExtractionLimits.DEFAULTS.withMaxFileBytes(1000));
    List<String> read = new ArrayList<>();
    Extractor spy = (item, sink) -> read.add(item.id());
    Heard heard = new Heard();
    FileOutcome outcome = new FileScan(options, spy, new DetectorSet(List.of()), Classifier.NONE)
        .scan(SourceFile.of(big), heard);
    assertEquals("larger than the limit of 1000 bytes", outcome.error());
    assertEquals(List.of(), read);
    assertEquals(List.of("done 0 0 larger than the limit of 1000 bytes",
        "failed larger than the limit of 1000 bytes"), heard.sorted().get(big.toString()));
  }

  @Test
  void aParserBugFailsTheFileButAnUnavailableExtractorStopsTheCaller() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "text");
    FileScan buggy = new FileScan(ScanOptions.defaults(), (item, sink) -> {
      throw new IllegalStateException("parser bug");
    }, new DetectorSet(List.of()), Classifier.NONE);
    FileOutcome outcome = buggy.scan(SourceFile.of(file), new Heard());
    assertEquals("extraction failed: java.lang.IllegalStateException: parser bug",
        outcome.error());

    FileScan gone = new FileScan(ScanOptions.defaults(), (item, sink) -> {
      throw new ExtractorUnavailableException("no process starts");
    }, new DetectorSet(List.of()), Classifier.NONE);
    assertThrows(ExtractorUnavailableException.class,
        () -> gone.scan(SourceFile.of(file), new Heard()));
  }

  @Test
  void whatTheListenerThrowsIsTheCallersNotTheFiles() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "text");
    FileScan work = new FileScan(ScanOptions.defaults(), (item, sink) ->
        sink.part(new Part("", "text", Map.of())), new DetectorSet(List.of()), Classifier.NONE);
    PartsRefused refused = new PartsRefused();
    // Thrown out of the sink while a part is handed on: passed through, not taken for a
    // parser bug (the pipeline's own abort travels this way).
    String reason = assertThrows(IllegalStateException.class,
        () -> work.read(SourceFile.of(file), refused)).getMessage();
    assertEquals("stop", reason);
    assertNull(work.read(SourceFile.of(file), new dev.shirabe.extract.PartSink() {
      @Override
      public void part(Part part) {}

      @Override
      public void problem(String locator, String reason) {}
    }));
  }

  private static final class PartsRefused implements dev.shirabe.extract.PartSink {
    @Override
    public void part(Part part) {
      throw new IllegalStateException("stop");
    }

    @Override
    public void problem(String locator, String reason) {}
  }
}
