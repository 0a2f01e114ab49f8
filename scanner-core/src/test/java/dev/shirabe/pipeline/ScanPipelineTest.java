package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.Analysis;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.ExtractorUnavailableException;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanPipelineTest {

  @TempDir Path dir;

  private static final Detector SECRETS = SecretWordDetector.INSTANCE;

  /**
   * Each line of a file is a part; a file named "broken*" fails whole, one named "boom*"
   * throws a parser bug, one named "partial*" reports a problem inside.
   */
  private static final Extractor LINES =
      (file, sink) -> {
        String name = file.path().getFileName().toString();
        if (name.startsWith("broken")) {
          throw new ExtractionException("could not be parsed: truncated");
        }
        if (name.startsWith("boom")) {
          throw new IllegalStateException("parser bug");
        }
        if (name.startsWith("partial")) {
          sink.problem("inner.zip", "encrypted");
        }
        try {
          List<String> lines;
          try (java.io.InputStream in = file.open()) { // the item's stream, as extractors read
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .lines().toList();
          }
          for (int i = 0; i < lines.size(); i++) {
            sink.part(new Part("line " + (i + 1), lines.get(i), Map.of()));
          }
        } catch (java.io.IOException e) {
          throw new ExtractionException(e.toString());
        }
      };

  /** Records everything; thread-safe as the contract asks. */
  private static class Recorder implements ScanListener {
    final Map<String, FileOutcome> done = new ConcurrentHashMap<>();
    final Map<String, String> failed = new ConcurrentHashMap<>();
    final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger findings = new AtomicInteger();
    final AtomicInteger partsAfterDone = new AtomicInteger();

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {
      if (done.containsKey(file.path().getFileName().toString())) {
        partsAfterDone.incrementAndGet();
      }
      findings.addAndGet(records.size());
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      done.put(outcome.file().path().getFileName().toString(), outcome);
    }

    @Override
    public void fileFailed(Path file, String reason) {
      failed.put(file.getFileName().toString(), reason);
    }

    @Override
    public void problem(Path file, String locator, String reason) {
      problems.add(file.getFileName() + " ▸ " + locator + ": " + reason);
    }
  }

  private ScanSummary scan(int threads, Recorder recorder) throws InterruptedException {
    ScanOptions options = ScanOptions.defaults().withThreads(threads);
    return new ScanPipeline(options, LINES, new DetectorSet(List.of(SECRETS)))
        .run(List.of(dir), recorder);
  }

  @Test
  void aPlanSkipsTheFilesItKnowsAndTheirStoredFindingsCountAsFound() throws Exception {
    Files.writeString(dir.resolve("new.txt"), "secret\nsecret\n");
    Files.writeString(dir.resolve("old.txt"), "not read: its findings come from the plan\n");
    FindingRecord stored = new FindingRecord(dir.resolve("old.txt").toString(), "line 1",
        new Finding(FindingType.PHONE, null, 0, 4, "**23", "**23", 1, "phone"),
        dev.shirabe.vocabulary.Classification.NONE, null, "**23");
    List<String> unreadable = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Boolean> finished = new java.util.concurrent.CopyOnWriteArrayList<>();
    ScanPlan plan = new ScanPlan() {
      @Override
      public Decision decide(SourceItem file) {
        return file.path().getFileName().toString().startsWith("old")
            ? Decision.unchanged(List.of(stored), 3, null, List.of(new PartProblem("x.zip", "encrypted")))
            : Decision.READ;
      }

      @Override
      public void unreadable(Path path) {
        unreadable.add(path.getFileName().toString());
      }

      @Override
      public ChangeCounts finish(boolean walkComplete) {
        finished.add(walkComplete);
        return new ChangeCounts(1, 0, 1, 0);
      }
    };
    List<String> extracted = new java.util.concurrent.CopyOnWriteArrayList<>();
    Extractor counting = (file, sink) -> {
      extracted.add(file.path().getFileName().toString());
      LINES.extract(file, sink);
    };
    List<FindingRecord> replayed = new java.util.concurrent.CopyOnWriteArrayList<>();
    Recorder r = new Recorder() {
      @Override
      public void unchanged(SourceItem file, List<FindingRecord> records) {
        replayed.addAll(records);
      }
    };
    ScanSummary summary = new ScanPipeline(ScanOptions.defaults().withThreads(2), counting,
        new DetectorSet(List.of(SECRETS))).run(List.of(dir, dir.resolve("gone")), r, plan);

    assertEquals(List.of("new.txt"), extracted);
    assertEquals(List.of(stored), replayed);
    assertEquals(List.of("gone"), unreadable);
    assertEquals(List.of(true), finished, "a walk that ends is complete, even with a root missing");
    assertEquals(new ChangeCounts(1, 0, 1, 0), summary.changes());
    assertEquals(2L, summary.findingsByType().get(FindingType.EMAIL));
    assertEquals(1L, summary.findingsByType().get(FindingType.PHONE));
    assertEquals(2 + 3, summary.parts());
    assertEquals(List.of("old.txt ▸ x.zip: encrypted"), r.problems);
    assertEquals(List.of("new.txt"), List.copyOf(r.done.keySet()), "fileDone only for files read");
  }

  @Test
  void twoThreadsAnalyseTwoPartsOfOneFileAtOnce() throws Exception {
    // Both parts' analyses must be under way together to pass the barrier: a lock or a
    // single consumer anywhere between extraction and detection would make it time out.
    java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
    AtomicInteger met = new AtomicInteger();
    Detector waiting = new Detector() {
      @Override
      public String name() {
        return "waiting";
      }

      @Override
      public List<dev.shirabe.vocabulary.Finding> detect(dev.shirabe.detect.DetectionText text) {
        try {
          together.await(60, java.util.concurrent.TimeUnit.SECONDS);
          met.incrementAndGet();
        } catch (Exception e) {
          // timed out or broken: analysed one at a time
        }
        return List.of();
      }
    };
    Files.writeString(dir.resolve("two-parts.txt"), "first part\nsecond part\n");
    Recorder r = new Recorder();
    ScanSummary summary = new ScanPipeline(ScanOptions.defaults().withThreads(2), LINES,
        new DetectorSet(List.of(waiting))).run(List.of(dir), r);
    assertEquals(2, summary.parts());
    assertEquals(2, met.get(), "the two parts were analysed at the same time");
  }

  @Test
  void everyPartOfEveryFileIsAnalysedOnceAndEachFileEndsOnce() throws Exception {
    int files = 200;
    for (int f = 0; f < files; f++) {
      Files.writeString(dir.resolve("f" + f + ".txt"), "a secret\nnothing\nsecret and secret\n");
    }
    for (int threads : new int[] {1, 4}) {
      Recorder r = new Recorder();
      ScanSummary summary = scan(threads, r);
      assertEquals(files, summary.files());
      assertEquals(3L * files, summary.parts());
      assertEquals(3L * files, summary.findingsByType().get(FindingType.EMAIL));
      assertEquals(3 * files, r.findings.get());
      assertEquals(files, r.done.size());
      assertEquals(0, r.partsAfterDone.get(), "fileDone comes after the file's last part");
      r.done.values().forEach(o -> assertEquals(3, o.parts()));
      r.done.values().forEach(o -> assertEquals(3, o.findings()));
    }
  }

  @Test
  void aBrokenFileOrAParserBugIsRecordedAndTheScanGoesOn() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "secret");
    Files.writeString(dir.resolve("broken.docx"), "x");
    Files.writeString(dir.resolve("boom.pdf"), "x");
    Files.writeString(dir.resolve("partial.eml"), "secret");
    Files.writeString(dir.resolve("z.txt"), "secret");

    Recorder r = new Recorder();
    ScanSummary summary = scan(2, r);

    assertEquals(5, summary.files());
    assertEquals(2, summary.failedFiles());
    assertEquals(3, summary.problems());
    assertEquals(3, summary.findings());
    assertEquals("could not be parsed: truncated", r.failed.get("broken.docx"));
    assertTrue(r.failed.get("boom.pdf").contains("parser bug"), r.failed::toString);
    assertEquals(List.of("partial.eml ▸ inner.zip: encrypted"), r.problems);
    assertTrue(r.done.get("broken.docx").failed());
    assertTrue(!r.done.get("partial.eml").failed());
  }

  @Test
  void aFileOverTheSizeLimitIsReportedNotRead() throws Exception {
    Files.writeString(dir.resolve("big.txt"), "secret ".repeat(100));
    Recorder r = new Recorder();
    ScanOptions options = ScanOptions.defaults()
        .withLimits(dev.shirabe.extract.ExtractionLimits.DEFAULTS.withMaxFileBytes(100));
    ScanSummary summary =
        new ScanPipeline(options, LINES, new DetectorSet(List.of(SECRETS))).run(List.of(dir), r);
    assertEquals(1, summary.failedFiles());
    assertEquals(0, summary.findings());
    assertTrue(r.failed.get("big.txt").contains("larger than the limit"), r.failed::toString);
  }

  @Test
  void aSmallQueueBoundsWorkInFlightWithoutDeadlock() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      many.append("secret ").append(i).append('\n');
    }
    Files.writeString(dir.resolve("huge-archive.mbox"), many);
    ScanOptions options = new ScanOptions(
        List.of(), List.of(), dev.shirabe.extract.ExtractionLimits.DEFAULTS, 2, 1);
    Recorder r = new Recorder();
    ScanSummary summary =
        new ScanPipeline(options, LINES, new DetectorSet(List.of(SECRETS))).run(List.of(dir), r);
    assertEquals(5000, summary.parts());
    assertEquals(5000, summary.findings());
  }

  /**
   * An extractor that cannot read any file ends the scan with its reason, however many files
   * are queued behind it: never a hang, never a summary that says every file was looked at.
   */
  @Test
  void aScanWhoseExtractorIsGoneEndsWithTheReason() throws Exception {
    for (int i = 0; i < 3000; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), "secret");
    }
    AtomicInteger asked = new AtomicInteger();
    Extractor gone = (file, sink) -> {
      asked.incrementAndGet();
      throw new ExtractorUnavailableException("the extraction process could not start");
    };
    Recorder recorder = new Recorder();
    ExtractorUnavailableException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> assertThrows(ExtractorUnavailableException.class, () ->
            new ScanPipeline(ScanOptions.defaults().withThreads(2), gone,
                new DetectorSet(List.of(SECRETS))).run(List.of(dir), recorder)));
    assertEquals("the extraction process could not start", e.getMessage());
    assertTrue(asked.get() <= 2, "files tried after the extractor was gone: " + asked.get());
    assertTrue(recorder.failed.isEmpty(), "no file is blamed for it: " + recorder.failed);
  }

  /** A crash in analysis (an Error: out of memory) ends the scan too, not one thread of it. */
  @Test
  void anErrorInAnalysisEndsTheScan() throws Exception {
    for (int i = 0; i < 3000; i++) {
      Files.writeString(dir.resolve("f" + i + ".txt"), "secret");
    }
    Detector exhausted = new Detector() {
      @Override
      public String name() {
        return "exhausted";
      }

      @Override
      public List<Finding> detect(dev.shirabe.detect.DetectionText text) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> assertThrows(OutOfMemoryError.class, () ->
            new ScanPipeline(ScanOptions.defaults().withThreads(2), LINES,
                new DetectorSet(List.of(exhausted))).run(List.of(dir), new Recorder())));
  }

  /**
   * A long part's findings reach the listener a segment at a time, in text order, so that a
   * customer export of a million rows is never held whole; none is lost or repeated.
   */
  @Test
  void aLongPartIsReportedASegmentAtATime() throws Exception {
    int lines = 40_000;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      text.append("row ").append(i).append(" secret\n"); // ~ 20 chars a line
    }
    Path file = Files.writeString(dir.resolve("export.csv"), text);
    Extractor whole = (f, sink) -> {
      try {
        sink.part(new Part("", Files.readString(f.path()), Map.of()));
      } catch (java.io.IOException e) {
        throw new ExtractionException(e.toString());
      }
    };
    List<Integer> batches = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Integer> starts = java.util.Collections.synchronizedList(new ArrayList<>());
    ScanSummary summary = new ScanPipeline(ScanOptions.defaults().withThreads(2), whole,
        new DetectorSet(List.of(SECRETS))).run(List.of(file), (f, part, records) -> {
          batches.add(records.size());
          records.forEach(r -> starts.add(r.finding().start()));
        });
    assertTrue(text.length() > 2 * DetectorSet.SEGMENT_CHARS);
    assertTrue(batches.size() >= 3, "calls: " + batches.size());
    assertEquals(lines, batches.stream().mapToInt(Integer::intValue).sum());
    assertEquals(lines, summary.findings());
    assertEquals(1, summary.parts());
    for (int i = 1; i < starts.size(); i++) {
      assertTrue(starts.get(i - 1) < starts.get(i), "text order at " + i);
    }
  }
}
