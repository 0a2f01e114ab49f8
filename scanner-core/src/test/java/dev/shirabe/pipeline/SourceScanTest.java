package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import dev.shirabe.source.SourceVisitor;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline reads whatever a {@link Source} lists, through the items' streams: an item that
 * cannot be opened is a failed file with its reason, counted, never lost.
 */
class SourceScanTest {

  @TempDir Path dir;

  private static final TikaExtractor TIKA = new TikaExtractor(ExtractionLimits.DEFAULTS);

  private static final Detector SECRETS = SecretWordDetector.INSTANCE;

  /** An item that is only bytes (another store's), or one that cannot be opened. */
  private record StreamItem(Path path, byte[] bytes, String denied) implements SourceItem {
    @Override
    public Path root() {
      return Path.of("/share");
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public FileTime lastModified() {
      return FileTime.fromMillis(1_650_000_000_000L);
    }

    @Override
    public InputStream open() throws IOException {
      if (denied != null) {
        throw new java.nio.file.AccessDeniedException(path.toString(), null, denied);
      }
      return new ByteArrayInputStream(bytes);
    }
  }

  private static final class Recorder implements ScanListener {
    final Map<String, List<String>> found = new ConcurrentHashMap<>();
    final Map<String, String> failed = new ConcurrentHashMap<>();
    final Map<String, FileOutcome> done = new ConcurrentHashMap<>();

    @Override
    public void part(SourceItem file, Part part, List<FindingRecord> records) {
      for (FindingRecord r : records) {
        found.computeIfAbsent(r.file(), k -> java.util.Collections.synchronizedList(
            new ArrayList<>())).add(r.part());
      }
    }

    @Override
    public void fileFailed(Path file, String reason) {
      failed.put(file.toString(), reason);
    }

    @Override
    public void fileDone(FileOutcome outcome) {
      done.put(outcome.file().location(), outcome);
    }
  }

  private static Source of(List<SourceItem> items) {
    return new Source() {
      @Override
      public List<Path> roots() {
        return List.of(Path.of("/share"));
      }

      @Override
      public void list(SourceVisitor visitor) throws InterruptedException {
        for (SourceItem item : items) {
          visitor.item(item);
        }
      }

      @Override
      public boolean covers(Path root, Path item) {
        return item.startsWith(root);
      }
    };
  }

  private static ScanSummary scan(Source source, Recorder recorder) throws InterruptedException {
    return new ScanPipeline(ScanOptions.defaults().withThreads(2), TIKA,
        new DetectorSet(List.of(SECRETS))).run(source, recorder, ScanPlan.READ_ALL);
  }

  @Test
  void itemsOfAnotherStoreAreReadFromTheirStreams() throws Exception {
    byte[] zip;
    try (var bytes = new java.io.ByteArrayOutputStream();
        var out = new java.util.zip.ZipOutputStream(bytes)) {
      out.putNextEntry(new java.util.zip.ZipEntry("inner.txt"));
      out.write("a secret in a member\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.finish();
      zip = bytes.toByteArray();
    }
    Recorder recorder = new Recorder();
    ScanSummary summary = scan(of(List.of(
        new StreamItem(Path.of("/share/notes.txt"),
            "one secret, two secret\n".getBytes(StandardCharsets.UTF_8), null),
        new StreamItem(Path.of("/share/bundle.zip"), zip, null),
        new StreamItem(Path.of("/share/locked.txt"), new byte[10], "permission denied"))),
        recorder);

    assertEquals(List.of("", ""), recorder.found.get("/share/notes.txt"));
    // A container read through a stream: Tika spools it where its parser needs a file.
    assertEquals(List.of("inner.txt"), recorder.found.get("/share/bundle.zip"));
    assertNotNull(recorder.failed.get("/share/locked.txt"), "the unreadable item is reported");
    assertTrue(recorder.failed.get("/share/locked.txt").contains("denied"),
        recorder.failed.get("/share/locked.txt"));
    assertEquals(3, summary.files());
    assertEquals(1, summary.failedFiles());
    assertEquals(3, recorder.done.size(), "every item ends, the failed one too");
  }

  @Test
  void aLocalFileGoneBetweenListingAndReadingIsAFailedFileNotLost() throws Exception {
    Files.writeString(dir.resolve("stays.txt"), "a secret\n");
    Path vanishing = Files.writeString(dir.resolve("vanishes.txt"), "a secret\n");
    LocalSource local = new LocalSource(List.of(dir), List.of(), List.of());
    // The listing meets the file; it is deleted before any extraction thread opens it.
    Source racing = new Source() {
      @Override
      public List<Path> roots() {
        return local.roots();
      }

      @Override
      public void list(SourceVisitor visitor) throws InterruptedException {
        local.list(new SourceVisitor() {
          @Override
          public void item(SourceItem item) throws InterruptedException {
            if (item.path().equals(vanishing)) {
              try {
                Files.delete(vanishing);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
            }
            visitor.item(item);
          }

          @Override
          public void problem(Path path, String reason) {
            visitor.problem(path, reason);
          }
        });
      }

      @Override
      public boolean covers(Path root, Path item) {
        return local.covers(root, item);
      }
    };
    Recorder recorder = new Recorder();
    ScanSummary summary = scan(racing, recorder);

    assertEquals(List.of(""), recorder.found.get(dir.resolve("stays.txt").toString()));
    assertEquals("not a regular file", recorder.failed.get(vanishing.toString()));
    assertEquals(2, summary.files());
    assertEquals(1, summary.failedFiles());
  }
}
