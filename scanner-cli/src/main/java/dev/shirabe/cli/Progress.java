package dev.shirabe.cli;

import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * How far a scan is, on standard error: files done of files found, findings so far, MB/s,
 * elapsed time, and the time left once the walk is over. On a terminal one status line is
 * redrawn in place ({@link Mode#REDRAWN}); elsewhere (cron, journald) a plain line a minute
 * ({@link Mode#LINES}). It names no file: a path can hold a person's name.
 *
 * <p>Listener calls only count (from many threads, without a lock); the line is drawn by
 * {@link #tick}, which a daemon thread calls 4 times a second, and tests call with their own
 * clock. Whatever else reaches the terminal while the line is shown (the table on standard
 * output, a warning) goes through {@link #above} or {@link #err}, which clear the line first.
 */
final class Progress implements ScanListener, AutoCloseable {

  /** How progress is shown. */
  enum Mode {
    /** Nothing. */
    OFF,
    /** One line redrawn in place with {@code \r}: a terminal. */
    REDRAWN,
    /** A plain line a minute: a log. */
    LINES
  }

  static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
  static final long LINE_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** Back to the line's start, and clear to its end. */
  private static final String CLEAR = "\r\033[K";

  private final Mode mode;
  private final PrintWriter err;
  private final LongSupplier clock;
  private final int columns;
  private final int paths;
  private final long started;

  private final LongAdder found = new LongAdder();
  private final LongAdder foundBytes = new LongAdder();
  private final LongAdder done = new LongAdder();
  private final LongAdder doneBytes = new LongAdder();
  private final LongAdder readBytes = new LongAdder();
  private final LongAdder findings = new LongAdder();
  private volatile boolean walkDone;

  /** Guarded by this. */
  private long lastShown;
  /** Whether the status line is on the screen (guarded by this). */
  private boolean shown;
  private boolean closed;
  private Thread ticker;

  /**
   * @param clock nanoseconds, as {@link System#nanoTime}
   * @param columns the terminal's width: the redrawn line stays within it
   * @param paths how many paths the scan was given (the first line says it)
   */
  Progress(Mode mode, PrintWriter err, LongSupplier clock, int columns, int paths) {
    this.mode = mode;
    this.err = err;
    this.clock = clock;
    this.columns = Math.max(20, columns);
    this.paths = paths;
    this.started = clock.getAsLong();
    this.lastShown = started;
  }

  /**
   * The mode for {@code --progress}/{@code --no-progress} (null when neither was given): by
   * default, redrawn when standard error is a terminal, else a line a minute.
   */
  static Mode mode(Boolean option, boolean stderrIsTerminal) {
    if (option == null) {
      return stderrIsTerminal ? Mode.REDRAWN : Mode.LINES;
    }
    return option ? Mode.REDRAWN : Mode.OFF;
  }

  /**
   * Whether standard error is a terminal. The launcher knows ({@code [ -t 2 ]}) and says so in
   * {@code shirabe.stderr.tty}; without it, {@link System#console()}, which on Java 17 says
   * whether standard input and output are one (so a scan whose output is redirected shows the
   * lines a minute).
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("shirabe.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  /** The terminal's width: {@code shirabe.stderr.columns} (the launcher), $COLUMNS, else 80. */
  static int terminalColumns() {
    for (String v : new String[] {System.getProperty("shirabe.stderr.columns"),
        System.getenv("COLUMNS")}) {
      try {
        if (v != null && Integer.parseInt(v.strip()) > 0) {
          return Integer.parseInt(v.strip());
        }
      } catch (NumberFormatException e) {
        // not a width: the next source
      }
    }
    return 80;
  }

  /**
   * Shows the first line at once on a terminal (the scan has started: loading the detectors
   * and starting the extraction processes takes seconds before the first file), then starts
   * the thread that redraws it.
   */
  Progress start() {
    if (mode == Mode.OFF) {
      return this;
    }
    synchronized (this) {
      if (mode == Mode.REDRAWN) {
        show(status(clock.getAsLong()));
      }
    }
    ticker = new Thread(() -> {
      try {
        while (!Thread.currentThread().isInterrupted()) {
          Thread.sleep(TimeUnit.NANOSECONDS.toMillis(REDRAW_NANOS));
          tick();
        }
      } catch (InterruptedException e) {
        // closed
      }
    }, "shirabe-progress");
    ticker.setDaemon(true);
    ticker.start();
    return this;
  }

  @Override
  public void found(SourceItem file) {
    found.increment();
    foundBytes.add(file.size());
  }

  @Override
  public void walkDone() {
    walkDone = true;
  }

  @Override
  public void part(SourceItem file, Part part, List<FindingRecord> records) {
    for (FindingRecord r : records) {
      if (r.finding().isPersonal()) { // as the summary counts: no role mailbox
        findings.increment();
      }
    }
  }

  @Override
  public boolean wantsStored() {
    return false; // it counts what answered() says
  }

  @Override
  public void answered(SourceItem file, long personal) {
    findings.add(personal);
    doneBytes.add(file.size());
    done.increment();
  }

  @Override
  public void fileDone(FileOutcome outcome) {
    long size = outcome.file().size();
    readBytes.add(size);
    doneBytes.add(size);
    done.increment();
  }

  /** Draws the line when it is due: every 250 ms redrawn, every minute as a plain line. */
  synchronized void tick() {
    if (mode == Mode.OFF || closed) {
      return;
    }
    long now = clock.getAsLong();
    long every = mode == Mode.REDRAWN ? REDRAW_NANOS : LINE_NANOS;
    if (now - lastShown >= every || (mode == Mode.REDRAWN && !shown)) {
      show(status(now));
    }
  }

  /** The status, e.g. {@code shirabe: 1,204 of 8,311 files, 3,020 findings, 12.4 MB/s, ...}. */
  String status(long now) {
    long elapsed = Math.max(0, now - started);
    long files = found.sum();
    if (files == 0 && !walkDone) {
      return String.format(Locale.ROOT, "shirabe: scanning %d %s… (%s elapsed)", paths,
          paths == 1 ? "path" : "paths", duration(elapsed));
    }
    double seconds = elapsed / 1e9;
    String line = String.format(Locale.ROOT,
        "shirabe: %,d of %,d%s files, %,d findings, %.1f MB/s, %s elapsed",
        done.sum(), files, walkDone ? "" : "+", findings.sum(),
        seconds <= 0 ? 0.0 : readBytes.sum() / (1024.0 * 1024.0) / seconds, duration(elapsed));
    long total = foundBytes.sum();
    long doneSoFar = doneBytes.sum();
    if (walkDone && doneSoFar > 0 && doneSoFar < total) {
      // The time so far, scaled by the bytes still to read.
      line += ", ETA " + duration((long) (elapsed * ((double) (total - doneSoFar) / doneSoFar)));
    }
    return line;
  }

  /** {@code 0:07}, {@code 12:30}, {@code 3:02:15}. */
  static String duration(long nanos) {
    long s = TimeUnit.NANOSECONDS.toSeconds(nanos);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private void show(String status) {
    lastShown = clock.getAsLong();
    if (mode == Mode.REDRAWN) {
      // Within the width, the last column left free: some terminals wrap on writing it.
      String line = status.length() >= columns ? status.substring(0, columns - 1) : status;
      err.print("\r" + line + "\033[K");
      shown = true;
    } else {
      err.println(status);
    }
    err.flush();
  }

  /** Takes the status line off the screen, so that another line can be printed there. */
  private void clear() {
    if (shown) {
      err.print(CLEAR);
      err.flush();
      shown = false;
    }
  }

  /**
   * Standard output (or the output file) for the findings: whole lines only, each written
   * after the status line has been cleared, so that rows and the status never share a line;
   * the partial last line is held back until its end comes, or until the stream is closed.
   */
  OutputStream above(OutputStream out) {
    if (mode != Mode.REDRAWN) {
      return out;
    }
    return new OutputStream() {
      private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        int end = off + len;
        int last = end - 1;
        while (last >= off && b[last] != '\n') { // '\n' is never inside a UTF-8 sequence
          last--;
        }
        if (last < off) {
          partial.write(b, off, len);
          return;
        }
        synchronized (Progress.this) {
          clear();
          partial.writeTo(out);
          partial.reset();
          out.write(b, off, last + 1 - off);
          out.flush();
        }
        partial.write(b, last + 1, end - last - 1);
      }

      @Override
      public void flush() throws IOException {
        out.flush(); // the partial line waits for its end
      }

      @Override
      public void close() throws IOException {
        synchronized (Progress.this) {
          clear();
          partial.writeTo(out);
          partial.reset();
        }
        out.close();
      }
    };
  }

  /** Standard error for other messages (the extraction processes' logs): above the status. */
  PrintWriter err() {
    if (mode != Mode.REDRAWN) {
      return err;
    }
    return new PrintWriter(new Writer() {
      private final StringBuilder line = new StringBuilder();

      @Override
      public void write(char[] c, int off, int len) {
        synchronized (Progress.this) {
          line.append(c, off, len);
          int end = line.lastIndexOf("\n");
          if (end >= 0) {
            clear();
            err.print(line.substring(0, end + 1));
            err.flush();
            line.delete(0, end + 1);
          }
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }, true);
  }

  /** Stops redrawing and takes the line off the screen; what follows prints as before. */
  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      clear();
      t = ticker;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
