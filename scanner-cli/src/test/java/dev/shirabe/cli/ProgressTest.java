package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.source.SourceItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final StringWriter err = new StringWriter();
  /** The clock the progress reads: moved by the test, never slept on. */
  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private Progress progress(Progress.Mode mode, int columns) {
    return new Progress(mode, new PrintWriter(err), now::get, columns, 2);
  }

  private void advance(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  private static SourceItem file(long size) {
    return new SourceItem() {
      @Override
      public Path path() {
        return Path.of("/share/人事/山田太郎.xlsx");
      }

      @Override
      public Path root() {
        return Path.of("/share");
      }

      @Override
      public long size() {
        return size;
      }

      @Override
      public FileTime lastModified() {
        return FileTime.fromMillis(0);
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(new byte[0]);
      }
    };
  }

  private static final long MB = 1024 * 1024;

  @Test
  void onATerminalOneLineIsRedrawnInPlaceWithinTheWidth() {
    Progress p = progress(Progress.Mode.REDRAWN, 200);
    p.found(file(10 * MB));
    p.found(file(10 * MB));
    p.found(file(20 * MB));
    p.fileDone(new FileOutcome(file(10 * MB), 1, 3, null));
    p.answered(file(10 * MB), 4);
    advance(5);
    p.tick();
    String line = err.toString();
    assertTrue(line.startsWith("\r") && line.endsWith("\033[K"), line);
    // The walk goes on: no total yet, no ETA; 10 MB read in 5 s; the unchanged file not read.
    assertEquals("\rshirabe: 2 of 3+ files, 4 findings, 2.0 MB/s, 0:05 elapsed\033[K", line);
    assertFalse(line.contains("山田") || line.contains("/share"), "names no file");

    err.getBuffer().setLength(0);
    p.walkDone();
    advance(5);
    p.tick();
    // 20 of 40 MB done in 10 s: 10 s to go.
    assertEquals("\rshirabe: 2 of 3 files, 4 findings, 1.0 MB/s, 0:10 elapsed, ETA 0:10\033[K",
        err.toString());

    err.getBuffer().setLength(0);
    p.tick(); // not due yet: under 250 ms since the last
    assertEquals("", err.toString());

    Progress narrow = progress(Progress.Mode.REDRAWN, 30);
    err.getBuffer().setLength(0);
    narrow.found(file(1));
    advance(1);
    narrow.tick();
    String cut = err.toString();
    assertEquals(29, cut.length() - "\r".length() - "\033[K".length(), cut);

    err.getBuffer().setLength(0);
    p.close();
    assertEquals("\r\033[K", err.toString(), "the line is taken off the screen at the end");
    advance(1);
    p.tick();
    assertEquals("\r\033[K", err.toString(), "and not drawn again");
  }

  @Test
  void theFirstLineIsShownAtOnceBeforeAnyFileIsFound() {
    Progress p = progress(Progress.Mode.REDRAWN, 80).start();
    try {
      assertEquals("\rshirabe: scanning 2 paths… (0:00 elapsed)\033[K", err.toString());
    } finally {
      p.close();
    }
  }

  @Test
  void inALogALinePerMinuteAndNothingForAShortScan() {
    Progress p = progress(Progress.Mode.LINES, 80);
    p.found(file(MB));
    p.fileDone(new FileOutcome(file(MB), 1, 0, null));
    advance(30);
    p.tick();
    assertEquals("", err.toString());
    advance(31);
    p.tick();
    advance(30);
    p.tick();
    assertEquals(1, err.toString().lines().count(), err::toString);
    advance(30);
    p.tick();
    String log = err.toString();
    assertEquals(2, log.lines().count(), log);
    assertFalse(log.contains("\r") || log.contains("\033"), "plain lines for a log");
    assertTrue(log.startsWith("shirabe: 1 of 1+ files, 0 findings,"), log);
  }

  @Test
  void theTableAndOtherMessagesNeverShareALineWithTheStatus() throws Exception {
    Progress p = progress(Progress.Mode.REDRAWN, 80);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    OutputStream out = p.above(stdout);
    p.found(file(1));
    advance(1);
    p.tick();
    assertTrue(err.toString().endsWith("\033[K"));

    out.write("PERSON  山田 **  customer\nEMAIL ".getBytes(StandardCharsets.UTF_8));
    // The status was cleared before the row; the unfinished row waits for its end.
    assertTrue(err.toString().endsWith("\033[K\r\033[K"), err::toString);
    assertEquals("PERSON  山田 **  customer\n", stdout.toString(StandardCharsets.UTF_8));
    out.flush();
    assertEquals("PERSON  山田 **  customer\n", stdout.toString(StandardCharsets.UTF_8));

    advance(1);
    p.tick(); // drawn again below the row
    assertTrue(err.toString().endsWith("elapsed\033[K"), err::toString);
    p.err().println("shirabe: a parser said something");
    assertTrue(err.toString().endsWith("\r\033[Kshirabe: a parser said something"
        + System.lineSeparator()), err::toString);

    out.write("y***@example.jp\n".getBytes(StandardCharsets.UTF_8));
    out.close();
    assertEquals("PERSON  山田 **  customer\nEMAIL y***@example.jp\n",
        stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theDefaultFollowsStandardErrorAndTheOptionsOverrideIt() {
    assertEquals(Progress.Mode.REDRAWN, Progress.mode(null, true));
    assertEquals(Progress.Mode.LINES, Progress.mode(null, false));
    assertEquals(Progress.Mode.REDRAWN, Progress.mode(true, false));
    assertEquals(Progress.Mode.OFF, Progress.mode(false, true));
  }

  @Test
  void durationsReadAsClockTimes() {
    assertEquals("0:07", Progress.duration(TimeUnit.SECONDS.toNanos(7)));
    assertEquals("12:30", Progress.duration(TimeUnit.SECONDS.toNanos(750)));
    assertEquals("3:02:15", Progress.duration(TimeUnit.SECONDS.toNanos(3 * 3600 + 135)));
  }
}
