package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.extract.forked.ForkedExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing in child processes: a parser that hangs, runs out of memory, crashes or fills the
 * disk costs its file, with the reason, and the next file is read by a new process.
 */
class IsolatedExtractionTest {

  @TempDir Path dir;

  private final List<String> log = new ArrayList<>();

  private ForkedExtractor isolated(ExtractionLimits limits, String... jvmOptions) {
    return new ForkedExtractor(limits, 1, List.of(jvmOptions), line -> {
      synchronized (log) {
        log.add(line);
      }
    });
  }

  private Path text(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private static Extraction extract(Extractor extractor, Path file) throws Exception {
    Extraction result = new Extraction();
    extractor.extract(file, result);
    return result;
  }

  /** The file after a failure is read whole: a new process took the dead one's place. */
  private static void readsTheNextFile(Extractor extractor, Path next) throws Exception {
    assertTrue(extract(extractor, next).text().contains("03-1234-5678"));
  }

  @Test
  void givesTheSamePartsAsTheInProcessExtractor() throws Exception {
    List<Path> files = List.of(
        Files.write(dir.resolve("contract.docx"), Fixtures.docx("山田太郎様", "電話 03-1234-5678")),
        Files.write(dir.resolve("a.pdf"), Fixtures.pdf("Taro Yamada", "Phone 03-1234-5678")),
        Files.write(dir.resolve("members.zip"), Fixtures.zip(Map.of(
            "a.txt", Fixtures.utf8("佐藤花子 090-1111-2222"),
            "b.docx", Fixtures.docx("鈴木一郎")))),
        // A character reference to a lone surrogate: a string UTF-8 could not carry.
        text("page.html", "<html><body><p>𠮷野家 &#xD800; 山田</p></body></html>"));
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS)) {
      for (Path file : files) {
        Extraction in = Extraction.of(file);
        Extraction out = extract(forked, file);
        assertEquals(in.parts, out.parts, file.toString());
        assertEquals(in.problems, out.problems, file.toString());
      }
    }
  }

  @Test
  void oneProcessStartsUntilASecondThreadNeedsOne() throws Exception {
    // Each process is a JVM loading Tika: a one-file scan with two threads boots one.
    Path next = text("next.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = new ForkedExtractor(ExtractionLimits.DEFAULTS, 2, List.of(), line -> {})) {
      assertEquals(1, forked.processesStarted());
      readsTheNextFile(forked, next);
      readsTheNextFile(forked, next);
      assertEquals(1, forked.processesStarted());
    }
  }

  @Test
  void aParserThatDoesNotComeBackIsKilledAtTheTimeout() throws Exception {
    Path pdf = Bombs.pdfWithHugeStream(dir.resolve("huge.pdf"), 50L << 20);
    Path next = text("next.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS.withMaxTime(Duration.ofSeconds(1)))) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> extract(forked, pdf));
      // Killed at its limit (no wall-clock bound here: on a loaded machine the kill and the new
      // process take seconds more; the message and the replaced process say what happened).
      assertTrue(e.getMessage().startsWith("timeout after 1 s"), e.getMessage());
      readsTheNextFile(forked, next);
      assertEquals(2, forked.processesStarted());
    }
  }

  @Test
  void runningOutOfMemoryCostsOneFile() throws Exception {
    Path pdf = Bombs.pdfWithHugeStream(dir.resolve("huge.pdf"), 50L << 20);
    Path next = text("next.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS, "-Xmx48m")) {
      ExtractionException e = assertThrows(ExtractionException.class, () -> extract(forked, pdf));
      assertTrue(e.getMessage().startsWith("out of memory"), e.getMessage());
      readsTheNextFile(forked, next);
    }
  }

  @Test
  void aCrashedProcessIsReportedAndReplaced() throws Exception {
    Path pdf = Bombs.pdfWithHugeStream(dir.resolve("huge.pdf"), 50L << 20);
    Path next = text("next.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS)) {
      readsTheNextFile(forked, next); // the process has started: what dies next is a parser
      CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        children().forEach(ProcessHandle::destroyForcibly);
      });
      ExtractionException e = assertThrows(ExtractionException.class, () -> extract(forked, pdf));
      killer.get(10, TimeUnit.SECONDS);
      assertEquals("parser crashed: its process was killed by signal 9; the rest of the file was"
          + " not read", e.getMessage());
      readsTheNextFile(forked, next);
      assertEquals(2, forked.processesStarted());
    }
  }

  /**
   * Two threads share one process: when it dies with both files in flight, neither is blamed;
   * each is read again alone, and what the first reading passed on is not passed on twice.
   */
  @Test
  void aFileBesideTheOneThatKilledTheProcessLosesNothingAndRepeatsNothing() throws Exception {
    Map<String, byte[]> members = new java.util.TreeMap<>();
    // Far more than the pipe and the buffers on its two ends hold: the process is still
    // sending this file, and cannot send the other's end, when it dies.
    for (int i = 0; i < 200; i++) {
      members.put(String.format("m%03d.txt", i),
          Fixtures.utf8(("会員 " + i + " 電話 03-1234-" + (1000 + i) + "\n").repeat(100)));
    }
    Path many = Files.write(dir.resolve("members.zip"), Fixtures.zip(members));
    Path docx = Files.write(dir.resolve("contract.docx"), Fixtures.docx("山田太郎様", "電話 03-1234-5678"));
    Extraction manyIn = Extraction.of(many);
    Extraction docxIn = Extraction.of(docx);
    assertTrue(manyIn.parts.size() > 100, "parts: " + manyIn.parts.size());
    try (ForkedExtractor forked = new ForkedExtractor(ExtractionLimits.DEFAULTS, 2, List.of(), line -> {})) {
      readsTheNextFile(forked, text("warm.txt", "電話 03-1234-5678")); // started
      java.util.concurrent.CountDownLatch third = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
      Extraction manyOut = new Extraction() {
        @Override
        public void part(dev.shirabe.vocabulary.Part part) {
          super.part(part);
          if (parts.size() == 3) {
            third.countDown();
            try {
              go.await(); // the process's other messages wait in the pipe meanwhile
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
      };
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
        try {
          forked.extract(many, manyOut);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertTrue(third.await(60, TimeUnit.SECONDS));
      CompletableFuture<Extraction> second = CompletableFuture.supplyAsync(() -> {
        try {
          return extract(forked, docx);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertEquals(1, children().count());
      // The second file is in flight once the process has a parsing thread for its slot.
      long pid = children().findFirst().orElseThrow().pid();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!hasThread(pid, "extract-slot-1")) {
        assertTrue(System.nanoTime() < until, "the second file was not sent");
        Thread.sleep(50);
      }
      children().forEach(ProcessHandle::destroyForcibly);
      Thread.sleep(500);
      go.countDown();
      first.get(120, TimeUnit.SECONDS);
      Extraction docxOut = second.get(120, TimeUnit.SECONDS);
      assertEquals(manyIn.parts, manyOut.parts);
      assertEquals(manyIn.problems, manyOut.problems);
      assertEquals(docxIn.parts, docxOut.parts);
      assertEquals(docxIn.problems, docxOut.problems);
      // The shared process, and one or two of one slot where the files were read again.
      assertTrue(forked.processesStarted() >= 2, "started " + forked.processesStarted());
      readsTheNextFile(forked, text("next.txt", "電話 03-1234-5678"));
    }
  }

  @Test
  void aProcessKilledWhileStartingIsReplacedOnce() throws Exception {
    Path next = text("next.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS)) {
      children().forEach(ProcessHandle::destroyForcibly); // before it said it was ready
      readsTheNextFile(forked, next);
      assertEquals(2, forked.processesStarted());
    }
  }

  @Test
  void temporarySpaceIsBoundedWhileItFills() throws Exception {
    // A member named like an office file is spooled to disk to detect its type.
    Path zip = Bombs.zipOfZeros(dir.resolve("bomb.zip"), "big.docx", 1L << 30);
    Path next = text("next.txt", "電話 03-1234-5678");
    ExtractionLimits limits = ExtractionLimits.DEFAULTS
        .withMaxEntryBytes(16L << 30).withMaxTempBytes(32L << 20);
    try (ForkedExtractor forked = isolated(limits)) {
      Extraction result = new Extraction();
      String reason;
      try {
        forked.extract(zip, result);
        reason = result.problems.get(0).reason();
      } catch (ExtractionException e) {
        reason = e.getMessage();
      }
      assertTrue(reason.startsWith("used more than 32 MB of temporary space"), reason);
      readsTheNextFile(forked, next);
    }
  }

  @Test
  void anEmbeddedDocumentStopsInflatingAtItsLimit() throws Exception {
    Path zip = Bombs.zipOfZeros(dir.resolve("bomb.zip"), "archive.pst", 200L << 20);
    Extraction result = Extraction.of(zip, ExtractionLimits.DEFAULTS.withMaxEntryBytes(8L << 20));
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertEquals(new Extraction.Problem("archive.pst",
        "an embedded document inflated past the limit of 8 MB (--max-entry-size); not read"),
        result.problems.get(0));
  }

  @Test
  void aNestedZipBombStopsAtItsTotal() throws Exception {
    // 42.zip in small: every member under the per-entry limit, 16 x 16 x 16 of them.
    java.util.Map<String, byte[]> leaves = new java.util.TreeMap<>();
    for (int i = 0; i < 16; i++) {
      leaves.put("zeros" + i + ".txt", new byte[512 * 1024]);
    }
    byte[] layer = Fixtures.zip(leaves);
    for (int depth = 0; depth < 2; depth++) {
      java.util.Map<String, byte[]> members = new java.util.TreeMap<>();
      for (int i = 0; i < 16; i++) {
        members.put("layer" + depth + "-" + i + ".zip", layer);
      }
      layer = Fixtures.zip(members);
    }
    Path bomb = Files.write(dir.resolve("42.zip"), layer);
    // Zeros hold no text: nothing of the file is read, and it fails with the one reason.
    ExtractionException e = assertThrows(ExtractionException.class, () ->
        Extraction.of(bomb, ExtractionLimits.DEFAULTS.withMaxEntryBytes(1L << 20)));
    assertTrue(e.getMessage().startsWith("its embedded documents inflated past "), e.getMessage());
    assertTrue(e.getMessage().contains("100 times the file's size, at least --max-entry-size): a"
        + " decompression bomb"), e.getMessage());
  }

  @Test
  void aNameThatIsNotValidUtf8IsRead() throws Exception {
    // Java strings cannot hold the byte 0xFF of a file name: the shell makes it.
    Process p = new ProcessBuilder("sh", "-c",
        "printf '電話 03-1234-5678' > \"$(printf 'a\\377.txt')\"").directory(dir.toFile()).start();
    assertEquals(0, p.waitFor());
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(f -> f.getFileName().toString().startsWith("a")).findFirst().orElseThrow();
    }
    assertFalse(Path.of(file.toString()).equals(file), "the name should not round-trip");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS)) {
      assertTrue(extract(forked, file).text().contains("03-1234-5678"));
    }
  }

  @Test
  void processesThatCannotStartAreAnErrorOfTheExtractorNotOfTheFile() throws Exception {
    Path file = text("a.txt", "電話 03-1234-5678");
    try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS, "-XX:+NoSuchShirabeOption")) {
      ExtractorUnavailableException e =
          assertThrows(ExtractorUnavailableException.class, () -> extract(forked, file));
      assertTrue(e.getMessage().contains("could not start"), e.getMessage());
    }
  }

  /**
   * A process starting up logs nothing of its own: SLF4J, bound by two threads at once, printed
   * three lines of warnings in about half of all starts; four starts would all have been
   * clean one time in sixteen.
   */
  @Test
  void aStartingProcessPrintsNoLoggingWarnings() throws Exception {
    Path file = text("list.txt", "山田太郎 03-1234-5678");
    for (int start = 0; start < 4; start++) {
      try (ForkedExtractor forked = isolated(ExtractionLimits.DEFAULTS)) {
        readsTheNextFile(forked, file);
      }
    }
    synchronized (log) {
      assertEquals(List.of(), log);
    }
  }

  @Test
  void whatTheProcessLogsWhileReadingAFileNamesTheFile() throws Exception {
    Path docx = Files.write(dir.resolve("contract.docx"), Fixtures.docx("山田太郎様"));
    // The JVM logs each class it loads; reading the first docx loads POI's.
    try (ForkedExtractor forked =
        isolated(ExtractionLimits.DEFAULTS, "-Xlog:class+load=info:stderr")) {
      extract(forked, docx);
    }
    synchronized (log) {
      long named = log.stream().filter(l -> l.startsWith(docx + ": ")).count();
      assertTrue(named > 0, "no line named the file among " + log.size());
      assertTrue(log.stream().noneMatch(l -> l.strip().startsWith("at ")));
    }
  }

  @Test
  void anExtractionProcessEndsWhenItsScanIsKilled() throws Exception {
    // sh stands for a scan killed with -9: its extraction process, given a pipe that stays
    // open (sleep's), must notice the scan is gone by itself.
    // Its first message, the limits, comes from a file before sleep's silence.
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path limits = dir.resolve("limits");
    try (java.io.DataOutputStream out =
        new java.io.DataOutputStream(Files.newOutputStream(limits))) {
      dev.shirabe.extract.forked.ExtractionChild.writeLimits(out, ExtractionLimits.DEFAULTS);
    }
    String command = "{ cat '" + limits + "'; sleep 1000; } | '" + java + "' -cp '"
        + System.getProperty("java.class.path") + "' "
        + dev.shirabe.extract.forked.ExtractionChild.class.getName() + " & wait";
    Process scan = new ProcessBuilder("sh", "-c", command).start();
    try {
      assertEquals('R', scan.getInputStream().read(), "the extraction process said it is ready");
      List<ProcessHandle> javas = scan.descendants()
          .filter(h -> h.info().command().map(c -> c.endsWith("java")).orElse(false)).toList();
      assertEquals(1, javas.size());
      scan.destroyForcibly().waitFor();
      assertTrue(javas.get(0).onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).get() != null
          && !javas.get(0).isAlive(), "the extraction process outlived its scan");
    } finally {
      scan.descendants().forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static boolean hasThread(long pid, String name) throws java.io.IOException {
    try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
      return tasks.anyMatch(task -> {
        try {
          return Files.readString(task.resolve("comm")).strip().equals(name);
        } catch (java.io.IOException e) {
          return false; // the thread ended meanwhile
        }
      });
    }
  }

  /** The extraction processes: this JVM starts no others while a test runs. */
  private static Stream<ProcessHandle> children() {
    return ProcessHandle.current().children();
  }
}
