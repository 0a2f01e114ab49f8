package dev.shirabe.extract.forked;

import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.ExtractorUnavailableException;
import dev.shirabe.extract.PartSink;
import dev.shirabe.vocabulary.Part;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One extraction process and the parent's end of it: sends it files, reads back their parts,
 * and knows why it died when it does. Used by one extraction thread at a time; the watchdog
 * may {@link #kill} it from another.
 */
final class ChildProcess {

  /** How long a new process may take to start (a JVM and Tika's parsers on a loaded machine). */
  private static final long START_SECONDS = 120;

  private final Path home;
  private final Path tmp;
  private final Process process;
  private final DataOutputStream toChild;
  private final DataInputStream fromChild;
  private final Thread stderrPump;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private boolean ready;

  /** The file being read, for the log lines the process writes meanwhile; null when idle. */
  private volatile Path current;

  /** When the current file's time is up (System.nanoTime), while the process works on it. */
  private volatile long deadline = Long.MAX_VALUE;

  /** Why this process was killed, set before the kill; null while nobody killed it. */
  private volatile String killed;

  ChildProcess(Path home, List<String> command, Consumer<String> log) throws IOException {
    this.home = home;
    this.tmp = Files.createDirectories(home.resolve("tmp"));
    List<String> cmd = new ArrayList<>(command);
    cmd.add(1, "-Djava.io.tmpdir=" + tmp);
    this.process = builder(cmd).start();
    this.toChild =
        new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 12));
    this.fromChild =
        new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    this.stderrPump = new Thread(() -> pumpStderr(log), "shirabe-extract-log-" + process.pid());
    stderrPump.setDaemon(true);
    stderrPump.start();
  }

  /**
   * Sends the process its limits, its first message: it loads Tika meanwhile, and builds its
   * extractor once they come. A process that died already is found out when it is first used
   * (it never says it is ready).
   */
  void begin(ExtractionLimits limits) {
    try {
      ExtractionChild.writeLimits(toChild, limits);
    } catch (IOException e) {
      // awaitReady reports why it is gone
    }
  }

  /**
   * How an extraction process is started. Tesseract, which its OCR runs, parallelises a page
   * with OpenMP over every core by default, and its waiting threads spin: a page cost 2.3 times
   * the CPU (1.9 against 0.83 s, jpn+eng, 300 dpi) and was read no sooner on 2 cores, where the
   * scan's analysis and the other extraction processes want the cores too. One OpenMP thread
   * each, unless the user set OMP_THREAD_LIMIT: the scan's own threads parallelise.
   */
  static ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
    return builder;
  }

  /**
   * Reads one file in the process. Parts the process completes go to the sink as they come,
   * so when the process dies half-way, what it had read is kept and the file is read in part.
   *
   * @return false when the process is gone and must not be used again
   * @throws ExtractionException when nothing of the file could be read
   */
  boolean extract(Path file, PartSink sink, ExtractionLimits limits, Path link)
      throws ExtractionException, InterruptedException {
    awaitReady();
    current = file;
    int parts = 0;
    try {
      deadline = System.nanoTime() + hardLimit(limits).toNanos();
      toChild.writeByte(Wire.FILE);
      Wire.writeString(toChild, (link != null ? link : file.toAbsolutePath()).toString());
      toChild.flush();
      while (true) {
        byte tag = fromChild.readByte();
        switch (tag) {
          case Wire.PART -> {
            Part part = readPart();
            parts++;
            // Time spent waiting for the analysers (back-pressure) is not the parser's.
            long left = deadline - System.nanoTime();
            deadline = Long.MAX_VALUE;
            try {
              sink.part(part);
            } finally {
              deadline = System.nanoTime() + left;
            }
          }
          case Wire.PROBLEM -> sink.problem(Wire.readString(fromChild), Wire.readString(fromChild));
          case Wire.DONE -> {
            return true;
          }
          case Wire.FAILED -> throw new ExtractionException(Wire.readString(fromChild));
          default -> throw new IOException("unexpected message " + tag);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      String reason = deathReason(limits);
      if (parts > 0) {
        sink.problem("", reason);
        return false;
      }
      throw new ExtractionException(reason, e);
    } finally {
      deadline = Long.MAX_VALUE;
      current = null;
    }
  }

  /**
   * The wall-clock limit past which the process is killed: the extractor's own time limit
   * ends a slow file with what it read so far, this one a parser that does not come back.
   */
  static Duration hardLimit(ExtractionLimits limits) {
    Duration grace = limits.maxTime().dividedBy(10);
    if (grace.getSeconds() < 1) {
      grace = Duration.ofSeconds(1);
    } else if (grace.getSeconds() > 10) {
      grace = Duration.ofSeconds(10);
    }
    return limits.maxTime().plus(grace);
  }

  private Part readPart() throws IOException {
    String locator = Wire.readString(fromChild);
    String text = Wire.readString(fromChild);
    int n = fromChild.readInt();
    if (n < 0 || n > 1000) {
      throw new IOException("a part with " + n + " properties: the stream is corrupt");
    }
    Map<String, String> metadata = new HashMap<>();
    for (int i = 0; i < n; i++) {
      metadata.put(Wire.readString(fromChild), Wire.readString(fromChild));
    }
    return new Part(locator, text, metadata);
  }

  private void awaitReady() throws InterruptedException {
    if (ready) {
      return;
    }
    Thread watch = new Thread(() -> {
      try {
        if (!process.waitFor(START_SECONDS, TimeUnit.SECONDS)) {
          kill("did not start within " + START_SECONDS + " s");
        }
      } catch (InterruptedException e) {
        // started
      }
    }, "shirabe-extract-start");
    watch.setDaemon(true);
    watch.start();
    try {
      if (fromChild.readByte() != Wire.READY) {
        throw new IOException("unexpected first message");
      }
      ready = true;
    } catch (IOException e) {
      destroy();
      String why = killed != null ? killed : "exited with code " + exitCode();
      throw new ExtractorUnavailableException(
          "the extraction process could not start (" + why + ")" + tail());
    } finally {
      watch.interrupt();
    }
  }

  /** Why the process is gone: killed by the watchdog, out of memory, or crashed. */
  private String deathReason(ExtractionLimits limits) throws InterruptedException {
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      kill("stopped answering");
    }
    String why = killed;
    if (why != null) {
      return why;
    }
    int code = exitCode();
    // -XX:+ExitOnOutOfMemoryError ends the process with 3 after saying why on stderr.
    if (code == 3 || stderrMentions("OutOfMemoryError")) {
      return "out of memory: the parser needed more than the extraction process's heap;"
          + " the rest of the file was not read";
    }
    return "parser crashed: its process " + (code > 128 ? "was killed by signal " + (code - 128)
        : "exited with code " + code) + "; the rest of the file was not read";
  }

  private boolean stderrMentions(String word) {
    synchronized (stderrTail) {
      return stderrTail.stream().anyMatch(line -> line.contains(word));
    }
  }

  private int exitCode() {
    try {
      process.waitFor(5, TimeUnit.SECONDS);
      return process.exitValue();
    } catch (InterruptedException | IllegalThreadStateException e) {
      return -1;
    }
  }

  /** Kills the process (from the watchdog); the thread reading from it then learns why. */
  void kill(String reason) {
    if (killed == null) {
      killed = reason;
    }
    process.destroyForcibly();
  }

  /** Whether the current file has run past its time. */
  boolean overdue(long now) {
    long d = deadline;
    return d != Long.MAX_VALUE && now - d > 0 && current != null;
  }

  boolean busy() {
    return current != null;
  }

  boolean alive() {
    return process.isAlive() && killed == null;
  }

  /** Bytes the process's parsers hold in its temporary folder now. */
  long tempBytes() {
    try (Stream<Path> files = Files.walk(tmp)) {
      return files.mapToLong(p -> {
        try {
          return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
          return 0; // removed meanwhile
        }
      }).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  Path home() {
    return home;
  }

  /** Ends the process (closing its input ends it politely) and removes its folder. */
  void destroy() {
    try {
      toChild.close();
    } catch (IOException e) {
      // gone already
    }
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    delete(home);
  }

  static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // already gone
    }
  }

  /**
   * Passes on what the process logs, each line with the file it was reading; stack frames are
   * left out (the reason reaches the file's record). The last lines are kept to tell why the
   * process died.
   */
  private void pumpStderr(Consumer<String> log) {
    try (BufferedReader err = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        synchronized (stderrTail) {
          stderrTail.addLast(line);
          if (stderrTail.size() > 20) {
            stderrTail.removeFirst();
          }
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("at ") || trimmed.startsWith("... ")
            || trimmed.startsWith("Caused by:")) {
          continue;
        }
        Path file = current;
        log.accept(file == null ? line : file + ": " + line);
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private String tail() {
    synchronized (stderrTail) {
      return stderrTail.isEmpty() ? "" : ": " + String.join(" | ", stderrTail);
    }
  }
}
