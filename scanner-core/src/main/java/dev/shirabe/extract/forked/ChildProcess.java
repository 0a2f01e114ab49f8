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
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One extraction process and the parent's end of it: sends it files, one at a time in each of
 * its slots (a parsing thread in the process each), reads back their parts, and knows why it
 * died when it does. One reader thread takes every message from the process and hands it to
 * its slot's caller; the watchdog may {@link #kill} the process from another.
 */
final class ChildProcess {

  /** How long a new process may take to start (a JVM and Tika's parsers on a loaded machine). */
  private static final long START_SECONDS = 120;

  /**
   * Messages a slot's caller may be behind by before the reader waits for it (and so holds up
   * the other slots: the process's output is one pipe). Bounds what waits here in memory.
   */
  private static final int QUEUED = 16;

  /** What the reader hands a slot's caller: a part, a problem, or the file's end. */
  private record Message(byte tag, Part part, String locator, String reason) {}

  /** The process is gone: what its slots' callers find after the last message. */
  private static final Message GONE = new Message((byte) 0, null, null, null);

  /** One parsing thread of the process, as the parent sees it. */
  private static final class Slot {
    final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(QUEUED);
    /** The caller's file here, for log lines; null when none. */
    volatile Path file;
    /** A file was sent here and its end (DONE, FAILED) not yet read from the process. */
    volatile boolean open;
    /** When the file's time is up (System.nanoTime), while the process works on it. */
    volatile long deadline = Long.MAX_VALUE;
    /** Claimed by a caller ({@link ForkedExtractor}'s lock guards it). */
    boolean claimed;
  }

  /** Why a process died, for one slot's file: whether it can be blamed on that file. */
  record Death(String reason, boolean blamed) {}

  private final Path home;
  private final Path tmp;
  private final Process process;
  private final DataOutputStream toChild;
  private final DataInputStream fromChild;
  private final Thread stderrPump;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final Slot[] slots;
  private final CountDownLatch started = new CountDownLatch(1);
  private volatile boolean ready;
  /** The reader found the end of the process's output: nothing more comes. */
  private volatile boolean gone;
  /** The slots that had a file in flight when the process's output ended. */
  private volatile Set<Integer> inFlightAtEnd = Set.of();
  /** Since when (System.nanoTime) the reader waits for a slow caller; 0 when it does not. */
  private volatile long stalledSince;

  /** Why this process was killed, set before the kill; null while nobody killed it. */
  private volatile String killed;
  /** The slot whose file the kill is for; -1 when it is for no one file (or none). */
  private volatile int killedFor = -1;

  ChildProcess(Path home, List<String> command, Consumer<String> log, int slots)
      throws IOException {
    this.home = home;
    this.tmp = Files.createDirectories(home.resolve("tmp"));
    this.slots = new Slot[slots];
    for (int i = 0; i < slots; i++) {
      this.slots[i] = new Slot();
    }
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
    Thread reader = new Thread(this::readAll, "shirabe-extract-read-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Sends the process its limits, its first message: it loads Tika meanwhile, and builds its
   * extractor once they come. A process that died already is found out when it is first used
   * (it never says it is ready).
   */
  void begin(ExtractionLimits limits) {
    try {
      synchronized (toChild) {
        ExtractionChild.writeLimits(toChild, limits);
      }
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

  /** A free slot, claimed, or -1 when every slot is taken or the process is gone. */
  int claim() {
    if (!alive()) {
      return -1;
    }
    for (int i = 0; i < slots.length; i++) {
      if (!slots[i].claimed) {
        slots[i].claimed = true;
        return i;
      }
    }
    return -1;
  }

  /**
   * The first slot of a process just started, claimed even when the process has died already
   * (a JVM option it refuses ends it at once): reading a file in it then says why it could not
   * start, as when it dies a moment later, instead of a slot that does not exist.
   */
  int claimFirst() {
    slots[0].claimed = true;
    return 0;
  }

  void release(int slot) {
    slots[slot].claimed = false;
  }

  /** Whether no slot is claimed. */
  boolean unclaimed() {
    for (Slot s : slots) {
      if (s.claimed) {
        return false;
      }
    }
    return true;
  }

  int slots() {
    return slots.length;
  }

  /**
   * Reads one file in one slot of the process. Parts the process completes go to the sink as
   * they come, so when the process dies half-way, what it had read is kept.
   *
   * @return null when the file was read to its end; why the process died otherwise (it must
   *     not be used again)
   * @throws ExtractionException when the process could read nothing of the file
   */
  Death extract(int slot, Path file, PartSink sink, ExtractionLimits limits, Path link)
      throws ExtractionException, InterruptedException {
    awaitReady();
    Slot s = slots[slot];
    s.queue.clear();
    s.deadline = System.nanoTime() + hardLimit(limits).toNanos();
    s.file = file;
    s.open = true;
    boolean ended = false;
    try {
      try {
        synchronized (toChild) {
          toChild.writeByte(Wire.FILE);
          toChild.writeInt(slot);
          Wire.writeString(toChild, (link != null ? link : file.toAbsolutePath()).toString());
          toChild.flush();
        }
      } catch (IOException e) {
        // gone: the reader hands us GONE
      }
      while (true) {
        Message m = next(s);
        switch (m.tag()) {
          case Wire.PART -> {
            // Time spent waiting for the analysers (back-pressure) is not the parser's.
            long left = s.deadline - System.nanoTime();
            s.deadline = Long.MAX_VALUE;
            try {
              sink.part(m.part());
            } finally {
              s.deadline = System.nanoTime() + left;
            }
          }
          case Wire.PROBLEM -> sink.problem(m.locator(), m.reason());
          case Wire.DONE -> {
            ended = true;
            return null;
          }
          case Wire.FAILED -> {
            ended = true;
            throw new ExtractionException(m.reason());
          }
          default -> {
            ended = true;
            return death(slot, limits);
          }
        }
      }
    } finally {
      s.deadline = Long.MAX_VALUE;
      if (!ended) {
        // The caller left mid-file (interrupted): the slot's thread in the process reads on,
        // and nobody would take its messages.
        kill("the file's reader was interrupted", slot);
      }
      s.file = null;
      s.open = false;
    }
  }

  /** The slot's next message; {@link #GONE} once the process's output ended and all is taken. */
  private Message next(Slot s) throws InterruptedException {
    while (true) {
      Message m = s.queue.poll(100, TimeUnit.MILLISECONDS);
      if (m != null) {
        return m;
      }
      if (gone) {
        // The reader handed everything before it said so: what is queued is all there is.
        m = s.queue.poll();
        return m != null ? m : GONE;
      }
    }
  }

  /** Why the process died, as far as the file in {@code slot} is concerned. */
  private Death death(int slot, ExtractionLimits limits) throws InterruptedException {
    String reason = deathReason(limits);
    int forSlot = killedFor;
    boolean blamed = slots.length == 1 || forSlot == slot
        || (forSlot < 0 && inFlightAtEnd.equals(Set.of(slot)));
    return new Death(reason, blamed);
  }

  /**
   * The reader: takes every message from the process and queues it for its slot's caller.
   * When the process's output ends, each slot that has a file in flight gets {@link #GONE}.
   */
  private void readAll() {
    try {
      if (fromChild.readByte() != Wire.READY) {
        throw new IOException("unexpected first message");
      }
      ready = true;
      started.countDown();
      while (true) {
        byte tag = fromChild.readByte();
        int slot = fromChild.readInt();
        if (slot < 0 || slot >= slots.length) {
          throw new IOException("slot " + slot + ": the stream is corrupt");
        }
        Slot s = slots[slot];
        if (tag == Wire.DONE || tag == Wire.FAILED) {
          s.open = false; // not in flight any more, whatever comes next
        }
        Message m = switch (tag) {
          case Wire.PART -> new Message(tag, readPart(), null, null);
          case Wire.PROBLEM ->
              new Message(tag, null, Wire.readString(fromChild), Wire.readString(fromChild));
          case Wire.DONE -> new Message(tag, null, null, null);
          case Wire.FAILED -> new Message(tag, null, null, Wire.readString(fromChild));
          default -> throw new IOException("unexpected message " + tag);
        };
        hand(s, m);
      }
    } catch (EOFException e) {
      // the process's output ended: it died or was killed
    } catch (IOException | RuntimeException e) {
      // What is not a message: the JVM's last words when it ends itself (out of memory says
      // so on standard output), or garbage from a process that cannot be trusted any more.
      try {
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
          kill("sent a message that could not be read (" + e.getMessage() + ")", -1);
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Set<Integer> inFlight = new HashSet<>();
      for (int i = 0; i < slots.length; i++) {
        if (slots[i].open) {
          inFlight.add(i);
        }
      }
      inFlightAtEnd = Set.copyOf(inFlight);
      gone = true;
      started.countDown();
    }
  }

  /**
   * Queues a message for its slot's caller; while the caller is behind, the time the process
   * then waits is not counted against any slot's file.
   */
  private void hand(Slot s, Message m) throws InterruptedException {
    if (s.queue.offer(m)) {
      return;
    }
    long since = System.nanoTime();
    stalledSince = since;
    while (!s.queue.offer(m, 100, TimeUnit.MILLISECONDS)) {
      if (s.file == null || killed != null) {
        break; // nobody takes it any more
      }
    }
    long stalled = System.nanoTime() - since;
    for (Slot other : slots) {
      long d = other.deadline;
      if (d != Long.MAX_VALUE) {
        other.deadline = d + stalled;
      }
    }
    stalledSince = 0;
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
    if (!started.await(START_SECONDS, TimeUnit.SECONDS)) {
      kill("did not start within " + START_SECONDS + " s", -1);
      started.await();
    }
    if (!ready) {
      destroy();
      String why = killed != null ? killed : "exited with code " + exitCode();
      throw new ExtractorUnavailableException(
          "the extraction process could not start (" + why + ")" + tail());
    }
  }

  /** Why the process is gone: killed by the watchdog, out of memory, or crashed. */
  private String deathReason(ExtractionLimits limits) throws InterruptedException {
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      kill("stopped answering", -1);
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

  /**
   * Kills the process (from the watchdog); the threads reading from it then learn why.
   *
   * @param slot the slot whose file the kill is for, -1 when none is known
   */
  void kill(String reason, int slot) {
    synchronized (this) {
      if (killed == null) {
        killedFor = slot;
        killed = reason;
      }
    }
    process.destroyForcibly();
  }

  /** The slots whose file has run past its time. */
  List<Integer> overdue(long now) {
    if (stalledSince != 0) {
      return List.of(); // the process waits for us, not for its parsers
    }
    List<Integer> late = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      long d = slots[i].deadline;
      if (slots[i].open && d != Long.MAX_VALUE && now - d > 0) {
        late.add(i);
      }
    }
    return late;
  }

  /** Files the process is reading now. */
  int inFlight() {
    int n = 0;
    for (Slot s : slots) {
      if (s.open) {
        n++;
      }
    }
    return n;
  }

  boolean alive() {
    return process.isAlive() && killed == null && !gone;
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
        String files = Arrays.stream(slots).map(s -> s.file).filter(Objects::nonNull)
            .map(String::valueOf).collect(Collectors.joining(" or "));
        log.accept(files.isEmpty() ? line : files + ": " + line);
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
