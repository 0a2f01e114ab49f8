package dev.shirabe.extract.forked;

import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.ExtractorUnavailableException;
import dev.shirabe.extract.PartSink;
import dev.shirabe.source.FileWalker;
import dev.shirabe.source.SourceItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads files in child JVMs ({@link ExtractionChild}), so that a parser's hang, out-of-memory
 * error or crash costs one file, not the scan. The caller's threads share one process, a slot
 * (parsing thread) each, so that Tika is loaded and compiled once. A watchdog kills a process
 * whose file runs past its time ({@link ChildProcess#hardLimit}) or whose temporary files pass
 * {@link ExtractionLimits#maxTempBytes} for each file in flight; a new process takes the old
 * one's place and the scan goes on. The file is recorded with the reason when the death is
 * its own: it was the only file in flight, or the one past its time. Other files in flight are
 * read again, each alone in a process of one slot, and recorded failed only if they fail there.
 *
 * <p>Why our own pool and not tika-pipes: parts must stream out of a file as they complete (a
 * PST of 100,000 mails in bounded memory), with Shirabe's own handling of Japanese charsets,
 * mbox and PST folders; tika-pipes returns a file's metadata list at its end and would need
 * all of that reimplemented in its server. The pool keeps {@link dev.shirabe.extract.TikaExtractor}
 * as it is and moves it behind a pipe.
 *
 * <p>Thread-safe: one slot per calling thread at a time.
 */
public final class ForkedExtractor implements Extractor, AutoCloseable {

  /**
   * The optimising JIT compiler (C2) called only for code sixteen times as hot as by default
   * (the launchers give scans the same): a process that starts spends some 0.4 s of CPU in C2 on
   * code that runs only while Tika loads its parsers, and a long parse's hot loops get there
   * within a moment anyway (docs/performance.md, "Start-up"). Not the quick compiler alone:
   * parsing big and hostile files is where C2 pays.
   */
  public static final List<String> LATE_C2 = List.of(
      "-XX:Tier4InvocationThreshold=80000",
      "-XX:Tier4MinInvocationThreshold=9600",
      "-XX:Tier4CompileThreshold=240000",
      "-XX:Tier4BackEdgeThreshold=640000");

  /** Options every extraction process gets (and {@link #LATE_C2}); the heap comes from the caller. */
  private static final List<String> JVM_OPTIONS = List.of(
      "-XX:+ExitOnOutOfMemoryError", // an OOM ends the process at once, and it is reported
      "-XX:+UseSerialGC", // small heaps, one parsing thread: the least memory per process
      // The heap starts small and grows as a parser needs it: by default a JVM commits (and
      // soon touches) 1/64 of the machine's memory at once, per process.
      "-Xms16m",
      // Both JIT compilers (no -XX:TieredStopAtLevel=1): the quick one alone saved ~0.5 s of
      // CPU per process on short scans, but parsing big or hostile files took twice as long
      // (`bench hostile --count 40`: 4 min 38 s against 2 min 24 s; docs/performance.md).
      "-Djava.awt.headless=true",
      "-Dfile.encoding=UTF-8");

  /**
   * The class-data archive the launcher made (AppCDS, see docs/performance.md), named by this
   * system property: a process has the caller's class path, so it maps the same archive, which
   * holds Tika's classes too, and boots faster.
   */
  public static final String CDS_ARCHIVE_PROPERTY = "shirabe.cds.archive";

  /**
   * The heap of an extraction process with one parsing thread unless the caller sets one.
   * Parsers stream; one that needs more (a huge spreadsheet's shared strings) costs its file,
   * reported "out of memory", and SHIRABE_EXTRACT_JAVA_OPTS=-Xmx… reads it. Kept small because
   * it runs beside the scan's own JVM.
   */
  public static final String DEFAULT_HEAP = "-Xmx256m";

  /**
   * What each parsing thread past the first adds to a process's default heap (MB): two share
   * 384 MB. A file that runs it out with another beside it is read again alone, in a process
   * of {@link #DEFAULT_HEAP}, and fails only if it fails there.
   */
  static final int HEAP_PER_MORE_SLOT_MB = 128;

  /**
   * Parsing threads per process at most: more scan threads get more processes (one heap for
   * eight parsers would be a gigabyte, and every crash would send eight files to be read again).
   */
  static final int MAX_SLOTS = 4;

  private final ExtractionLimits limits;
  private final List<String> jvmOptions;
  private final Consumer<String> log;
  private final Path home;
  private final Semaphore permits;
  /** Parsing threads of each shared process, and how many such processes at most. */
  private final int slots;
  private final int maxShared;
  /** The processes the scan's threads share, each file in a slot (guarded by this). */
  private final List<ChildProcess> shared = new ArrayList<>();
  /** Idle processes of one slot, where a file in flight when its process died is read again. */
  private final Deque<ChildProcess> alone = new ArrayDeque<>();
  /** Every process not yet destroyed, for the watchdog. */
  private final Set<ChildProcess> all = ConcurrentHashMap.newKeySet();
  private final AtomicInteger started = new AtomicInteger();
  private final Thread watchdog;
  private volatile boolean closed;

  /** A slot of a process, taken by one extraction thread for one file. */
  private record Lease(ChildProcess child, int slot) {}

  /**
   * Starts one extraction process (in the background: it boots while the caller loads its
   * models), with one parsing thread for each of the caller's {@code threads} (at most {@link
   * #MAX_SLOTS}; more threads get more processes, started when a thread first needs one). A
   * process is a JVM that loads all of Tika's parsers and compiles them, seconds of CPU: two
   * threads share one rather than each paying for their own.
   *
   * @param jvmOptions options for each process's JVM, e.g. its heap ({@link #DEFAULT_HEAP} and
   *     {@link #HEAP_PER_MORE_SLOT_MB} for each more parsing thread when none is given)
   * @param log receives what the processes log, one line at a time, naming the file
   */
  public ForkedExtractor(ExtractionLimits limits, int threads, List<String> jvmOptions,
      Consumer<String> log) {
    this.limits = limits;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.log = log;
    this.permits = new Semaphore(threads);
    this.slots = slotsFor(threads);
    this.maxShared = (threads + slots - 1) / slots;
    List<String> command = command(jvmOptions, slots);
    // The process the command started as it began (EarlyProcess), when it has these options.
    EarlyProcess early = EarlyProcess.take(command, slots);
    try {
      ChildProcess first;
      if (early != null) {
        this.home = early.home();
        started.set(1);
        first = early.adopt(log);
        first.begin(limits);
        all.add(first);
      } else {
        this.home = TempFolders.create();
        first = startProcess(slots);
      }
      shared.add(first);
    } catch (IOException e) {
      throw new ExtractorUnavailableException(
          "could not start the extraction processes: " + e.getMessage());
    }
    this.watchdog = new Thread(this::watch, "shirabe-extract-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /** Parsing threads in each process for a caller of {@code threads} threads. */
  static int slotsFor(int threads) {
    return Math.max(1, Math.min(threads, MAX_SLOTS));
  }

  /**
   * The command that starts an extraction process of {@code slots} parsing threads with these
   * JVM options (its limits follow).
   */
  static List<String> command(List<String> jvmOptions, int slots) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(JVM_OPTIONS);
    cmd.addAll(LATE_C2);
    cmd.addAll(sharedClasses());
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Xmx"))) {
      cmd.add(slots == 1 ? DEFAULT_HEAP
          : "-Xmx" + (256 + HEAP_PER_MORE_SLOT_MB * (slots - 1)) + "m");
    }
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(ExtractionChild.class.getName());
    return List.copyOf(cmd);
  }

  /**
   * The processes' class path: the caller's, behind the jar or folder Shirabe's classes came
   * from when another class loader than the class path's loaded them. A Spark executor loads
   * the job's jar so (spark.jars): its class path holds Spark's jars but not Shirabe's.
   */
  static String classPath() {
    String own = System.getProperty("java.class.path", "");
    if (ExtractionChild.class.getClassLoader() == ClassLoader.getSystemClassLoader()) {
      return own; // unchanged: the launcher's class-data archive is made for this class path
    }
    try {
      String code = Path.of(ExtractionChild.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()).toString();
      // First: where both hold a library, the job's version wins, as it does in the executor.
      return own.isEmpty() ? code : code + java.io.File.pathSeparator + own;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return own; // no location to add: the class path has to do
    }
  }

  /**
   * The caller's class-data archive, when it has one. The JVM says nothing when it cannot use
   * the archive (a changed class path, another JVM): its warnings would go to the standard
   * output, which carries the parts.
   */
  private static List<String> sharedClasses() {
    String archive = System.getProperty(CDS_ARCHIVE_PROPERTY, "");
    if (archive.isBlank() || !Files.isRegularFile(Path.of(archive))) {
      return List.of();
    }
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
  }

  @Override
  public void extract(SourceItem item, PartSink sink)
      throws ExtractionException, InterruptedException {
    Path file = item.file().orElse(null);
    if (file != null && !Files.isRegularFile(file)) {
      throw new ExtractionException("not a regular file");
    }
    permits.acquire();
    try {
      Counted counted = new Counted(sink);
      ChildProcess.Death death = readIn(false, item, counted);
      if (death != null && !death.blamed() && !closed) {
        // The process died with other files in flight: which one killed it, it cannot say.
        // This one is read again alone; what it sent already is not sent twice.
        counted.again();
        death = readIn(true, item, counted);
      }
      if (death != null) {
        if (counted.parts == 0) {
          throw new ExtractionException(death.reason());
        }
        sink.problem("", death.reason());
      }
    } finally {
      permits.release();
    }
  }

  /**
   * Reads the file in a slot of a shared process, or {@code alone} in a process of one slot;
   * a process that dies while starting gets one more try with a new one (the kernel's OOM
   * killer, an impatient admin): a second failure means no process can start, and the scan
   * must stop.
   *
   * @return null when the file was read; why its process died otherwise
   */
  private ChildProcess.Death readIn(boolean alone, SourceItem item, PartSink sink)
      throws ExtractionException, InterruptedException {
    try {
      return readIn(take(alone), item, sink);
    } catch (ExtractorUnavailableException e) {
      return readIn(take(alone), item, sink);
    }
  }

  /** Reads the file in the leased slot, watched by the watchdog meanwhile, and gives it back. */
  private ChildProcess.Death readIn(Lease lease, SourceItem item, PartSink sink)
      throws ExtractionException, InterruptedException {
    Path link = null;
    try {
      Path file = item.file().orElse(null);
      Path folder = lease.child().home().resolve("link-" + lease.slot());
      link = file != null ? linkIfNeeded(folder, file) : copyOf(folder, item);
      return lease.child().extract(lease.slot(), file != null ? file : item.path(), sink,
          limits, link);
    } finally {
      if (link != null) {
        deleteQuietly(link);
      }
      give(lease);
    }
  }

  /**
   * The sink of one file across its readings: a file read again after its process died sends
   * its parts and problems again from the start (a parser's order is deterministic), and as
   * many as the first reading passed on are dropped.
   */
  private static final class Counted implements PartSink {
    private final PartSink sink;
    private int passed;
    private int seen;
    private int skip;
    int parts;

    Counted(PartSink sink) {
      this.sink = sink;
    }

    void again() {
      skip = passed;
      seen = 0;
    }

    @Override
    public void part(dev.shirabe.vocabulary.Part part) throws InterruptedException {
      if (seen++ >= skip) {
        passed++;
        parts++;
        sink.part(part);
      }
    }

    @Override
    public void problem(String locator, String reason) {
      if (seen++ >= skip) {
        passed++;
        sink.problem(locator, reason);
      }
    }
  }

  /** The same parts as the in-process extractor: a scan may switch without re-reading files. */
  @Override
  public String name() {
    return dev.shirabe.extract.TikaExtractor.class.getName();
  }

  /** Processes started since the extractor was built, the first ones included. */
  public int processesStarted() {
    return started.get();
  }

  /** A free slot: of a shared process, or of an idle process of one slot when {@code alone}. */
  private Lease take(boolean alone) {
    List<ChildProcess> gone = new ArrayList<>();
    try {
      synchronized (this) {
        if (alone) {
          for (ChildProcess child = this.alone.pollFirst(); child != null;
              child = this.alone.pollFirst()) {
            int slot = child.claim();
            if (slot >= 0) {
              return new Lease(child, slot);
            }
            gone.add(child);
          }
          ChildProcess child = startProcess(1);
          return new Lease(child, child.claimFirst());
        }
        for (ChildProcess child : shared) {
          int slot = child.claim();
          if (slot >= 0) {
            return new Lease(child, slot);
          }
          if (!child.alive() && child.unclaimed()) {
            gone.add(child);
          }
        }
        shared.removeIf(child -> !child.alive());
        // The permits leave a slot free, or room for a process, dead ones not counted.
        ChildProcess child = startProcess(slots);
        shared.add(child);
        return new Lease(child, child.claimFirst());
      }
    } catch (IOException e) {
      throw new ExtractorUnavailableException(
          "could not start an extraction process: " + e.getMessage());
    } finally {
      gone.forEach(this::destroy);
    }
  }

  /** Gives a slot back; a process that died (or was killed) goes when its last slot does. */
  private void give(Lease lease) {
    ChildProcess child = lease.child();
    boolean destroy;
    synchronized (this) {
      child.release(lease.slot());
      boolean spare = child.slots() == 1 && !shared.contains(child);
      // One spare process of one slot is kept for the next file to read again (a hostile tree
      // kills many); more would hold their heaps for nothing.
      if (child.alive() && !closed && !(spare && !alone.isEmpty())) {
        if (spare) {
          alone.addFirst(child);
        }
        return;
      }
      alone.remove(child);
      destroy = child.unclaimed();
    }
    if (destroy) {
      destroy(child);
    }
  }

  private void destroy(ChildProcess child) {
    all.remove(child);
    child.destroy();
  }

  private ChildProcess startProcess(int slots) throws IOException {
    int n = started.incrementAndGet();
    ChildProcess child = new ChildProcess(Files.createDirectory(home.resolve("p" + n)),
        command(jvmOptions, slots), log, slots);
    all.add(child);
    child.begin(limits);
    return child;
  }

  /**
   * A file whose name is not valid in the platform's encoding cannot be named to another
   * process by a string: it gets a link, under its name as decoded, in the process's folder.
   */
  private static Path linkIfNeeded(Path folder, Path file) throws ExtractionException {
    Path absolute = file.toAbsolutePath();
    if (Path.of(absolute.toString()).equals(absolute)) {
      return null;
    }
    try {
      Files.createDirectories(folder);
      return Files.createSymbolicLink(folder.resolve(String.valueOf(file.getFileName())), absolute);
    } catch (IOException | RuntimeException e) {
      throw new ExtractionException("its name cannot be passed to the extraction process: " + e);
    }
  }

  /**
   * An item that is only a stream is copied into the process's folder first: the process reads
   * files by name, and a parser may need random access anyway. The copy goes with the call.
   */
  private static Path copyOf(Path folder, SourceItem item) throws ExtractionException {
    Path copy = null;
    try (InputStream in = item.open()) {
      Files.createDirectories(folder);
      copy = Files.createTempFile(folder, "item-", "-" + item.path().getFileName());
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException | RuntimeException e) {
      if (copy != null) {
        deleteQuietly(copy);
      }
      throw new ExtractionException(e instanceof IOException io
          ? FileWalker.reason(io) : "could not be read: " + e);
    }
  }

  private void watch() {
    long lastTempCheck = 0;
    while (!closed) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      boolean checkTemp = now - lastTempCheck > 250_000_000L;
      if (checkTemp) {
        lastTempCheck = now;
      }
      for (ChildProcess child : all) {
        List<Integer> late = child.overdue(now);
        int files = child.inFlight();
        if (!late.isEmpty()) {
          child.kill("timeout after " + ExtractionLimits.duration(limits.maxTime())
              + " (--timeout): the parser was stopped; the rest of the file was not read",
              late.get(0));
        } else if (checkTemp && files > 0
            && child.tempBytes() / files > limits.maxTempBytes()) {
          // Each file in flight may use the limit; who used what, the folder cannot say.
          child.kill("used more than " + ExtractionLimits.size(limits.maxTempBytes())
              + " of temporary space (--max-temp-space): the parser was stopped;"
              + " the rest of the file was not read", -1);
        }
      }
    }
  }

  /** Ends every process and removes their folders. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      shared.clear();
      alone.clear();
    }
    watchdog.interrupt();
    for (ChildProcess child : all) {
      if (child.inFlight() > 0) {
        child.kill("the scan ended", -1);
      } else {
        destroy(child);
      }
    }
    ChildProcess.delete(home);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // the process folder goes with the process
    }
  }

  /** The folders of the extraction processes: owner-only, and left-overs of dead scans removed. */
  static final class TempFolders {
    private static final String PREFIX = "shirabe-extract-";

    private TempFolders() {}

    static Path create() throws IOException {
      Path base = Path.of(System.getProperty("java.io.tmpdir"));
      removeOrphans(base);
      return Files.createTempDirectory(base, PREFIX + ProcessHandle.current().pid() + "-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Folders of scans that were killed (kill -9 leaves them): their pid no longer runs. */
    private static void removeOrphans(Path base) {
      try (Stream<Path> all = Files.list(base)) {
        all.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(p -> {
          String rest = p.getFileName().toString().substring(PREFIX.length());
          int dash = rest.indexOf('-');
          try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
              ChildProcess.delete(p);
            }
          } catch (NumberFormatException e) {
            // not ours
          }
        });
      } catch (IOException | UncheckedIOException e) {
        // nothing to tidy
      }
    }
  }
}
