package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan's analysis threads tell the inventory when a file is done, and one of them commits
 * now and then: the others must not stand idle while it syncs the index to disk.
 */
class CommitContentionTest {

  @TempDir Path dir;

  @Test
  void aFileFinishedDuringACommitDoesNotWaitForIt() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "a");
    Path b = Files.writeString(dir.resolve("b.txt"), "b");
    InventorySink.Settings every = InventorySink.Settings.DEFAULTS
        .withCommitEvery(1, Duration.ofHours(1));
    try (InventorySink sink = InventorySink.open(dir.resolve("index"),
        KeyedHasher.withKey(new byte[32]), every)) {
      CountDownLatch committing = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger commits = new AtomicInteger();
      sink.commitWith(() -> {
        commits.incrementAndGet();
        committing.countDown();
        try {
          release.await(); // a commit that syncs a slow disk
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      sink.analysedBy(new AnalysisFingerprint(1, 2, 3));
      SourceFile first = SourceFile.of(a);
      SourceFile second = SourceFile.of(b);
      ChangePlanner.Verdict<FileEntry> isNew =
          new ChangePlanner.Verdict<>(ChangePlanner.Change.NEW, true, null, "h", null);
      sink.reading(first, isNew);
      sink.reading(second, isNew);

      Thread committer = new Thread(() -> sink.fileDone(new FileOutcome(first, 1, 0, null)));
      committer.start();
      assertTrue(committing.await(30, TimeUnit.SECONDS), "the first file's commit started");

      Thread other = new Thread(() -> sink.fileDone(new FileOutcome(second, 1, 0, null)));
      other.start();
      other.join(TimeUnit.SECONDS.toMillis(30));
      boolean waited = other.isAlive();
      release.countDown();
      committer.join();
      other.join();
      assertFalse(waited, "the second file was stored while the first one's commit ran");
      assertEquals(1, commits.get(), "one commit at a time; the second file goes into the next");

      sink.commitWith(() -> commits.incrementAndGet());
      sink.finish();
      assertEquals(2, commits.get(), "the end of the scan commits what is left");
    }
  }
}
