package dev.shirabe.pipeline;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.PartSink;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import dev.shirabe.source.SourceVisitor;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * List → extract → detect, on all cores, through bounded queues.
 *
 * <p>One thread lists the {@link Source}'s items into a queue of files. {@code threads}
 * extraction threads each take a whole file and stream its parts into a bounded queue, so that
 * a slow or huge file holds one thread, not the scan. {@code threads} analysis threads take parts from that
 * queue and run the detectors. The queues bound the memory in flight whatever the size of
 * the share; a full part queue makes extraction wait (back-pressure). What is done to one file
 * is {@link FileScan}'s, whose two steps the two pools run; this class adds the threads, the
 * queues, the plan and the counts.
 */
public final class ScanPipeline {

  private final ScanOptions options;
  /** The work on one file, whose two steps the two pools of threads run. */
  private final FileScan work;

  /** A pipeline that leaves every finding unclassified (no stated purpose). */
  public ScanPipeline(ScanOptions options, Extractor extractor, DetectorSet detectors) {
    this(options, extractor, detectors, Classifier.NONE);
  }

  public ScanPipeline(
      ScanOptions options, Extractor extractor, DetectorSet detectors, Classifier classifier) {
    this.options = options;
    this.work = new FileScan(options, extractor, detectors, classifier);
  }

  /** Scans the roots, reporting to the listener as it goes; returns when everything is done. */
  public ScanSummary run(List<Path> roots, ScanListener listener) throws InterruptedException {
    return run(roots, listener, ScanPlan.READ_ALL);
  }

  /** Scans the roots of the local file system with the options' patterns; see below. */
  public ScanSummary run(List<Path> roots, ScanListener listener, ScanPlan plan)
      throws InterruptedException {
    return run(new LocalSource(roots, options.include(), options.exclude()), listener, plan);
  }

  /**
   * Scans the source's items, reading only those the plan asks for (an incremental scan); the
   * others are reported from what the plan stored of them. Returns when everything is done.
   */
  public ScanSummary run(Source source, ScanListener listener, ScanPlan plan)
      throws InterruptedException {
    plan.analysedBy(work.fingerprint());
    return new Run(listener, plan).execute(source);
  }

  /** A file in flight: done when its extraction has ended and each of its parts is analysed. */
  private static final class FileTask {
    final SourceItem file;
    /** One for the extraction itself, one per part not yet analysed. */
    final AtomicInteger pending = new AtomicInteger(1);

    final AtomicInteger parts = new AtomicInteger();
    final AtomicInteger findings = new AtomicInteger();
    final AtomicReference<String> error = new AtomicReference<>();

    FileTask(SourceItem file) {
      this.file = file;
    }
  }

  private record PartTask(FileTask file, Part part) {}

  /** 32 M chars (64 MB) of part text in the queue and under analysis at most. */
  static final int CHARS_IN_FLIGHT = 32 * 1024 * 1024;

  /** A part's claim on the budget; a part larger than the whole budget claims all of it. */
  private static int weight(Part part) {
    return Math.max(1, Math.min(part.text().length(), CHARS_IN_FLIGHT));
  }

  /** Thrown in a stage that would wait for another stage that has crashed. */
  private static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super("the scan was aborted", null, false, false);
    }
  }

  private static final ThreadMXBean WORKER_CPU = ManagementFactory.getThreadMXBean();
  private static final FileTask NO_MORE_FILES = new FileTask(null);
  private static final PartTask NO_MORE_PARTS = new PartTask(null, null);

  /** The state of one run. */
  private final class Run {
    final ScanListener listener;
    final ScanPlan plan;
    final BlockingQueue<FileTask> files = new ArrayBlockingQueue<>(1024);
    final BlockingQueue<PartTask> parts = new ArrayBlockingQueue<>(options.queueCapacity());
    /**
     * Chars of text waiting for or under analysis. The part queue bounds their number; this
     * bounds their size, so that a share of huge text files fits the same heap as any other.
     */
    final Semaphore charsInFlight = new Semaphore(CHARS_IN_FLIGHT);
    final LongAdder fileCount = new LongAdder();
    final LongAdder byteCount = new LongAdder();
    final LongAdder partCount = new LongAdder();
    final LongAdder failedFiles = new LongAdder();
    final LongAdder problems = new LongAdder();
    final LongAdder skipped = new LongAdder();
    /** Personal findings per type; role mailboxes are counted apart. */
    final Map<FindingType, AtomicLong> byType = new EnumMap<>(FindingType.class);
    final LongAdder roleMailboxes = new LongAdder();
    final AtomicReference<Throwable> crash = new AtomicReference<>();

    /** Whether the listener reads unchanged files' findings (a report does; the inventory not). */
    final boolean wantsStored;

    Run(ScanListener listener, ScanPlan plan) {
      this.listener = listener;
      this.wantsStored = listener.wantsStored();
      this.plan = plan;
      for (FindingType type : FindingType.values()) {
        byType.put(type, new AtomicLong());
      }
    }

    ScanSummary execute(Source source) throws InterruptedException {
      long started = System.nanoTime();
      int n = options.threads();
      List<Thread> extractors = new ArrayList<>();
      List<Thread> analysers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        extractors.add(start("shirabe-extract-" + i, ScanListener.EXTRACT, this::extractLoop));
        analysers.add(start("shirabe-analyse-" + i, ScanListener.ANALYSE, this::analyseLoop));
      }
      boolean walked = false;
      try {
        list(source);
        walked = true;
        listener.walkDone();
      } catch (Aborted e) {
        // A stage crashed: its cause is thrown below.
      } finally {
        for (int i = 0; i < n; i++) {
          end(files, NO_MORE_FILES);
        }
        join(extractors);
        for (int i = 0; i < n; i++) {
          end(parts, NO_MORE_PARTS);
        }
        join(analysers);
      }
      Throwable t = crash.get();
      if (t instanceof RuntimeException e) {
        throw e;
      } else if (t instanceof Error e) {
        throw e;
      }
      ChangeCounts changes = plan.finish(walked);
      Map<FindingType, Long> counts = new EnumMap<>(FindingType.class);
      byType.forEach((type, count) -> counts.put(type, count.get()));
      return new ScanSummary(
          fileCount.sum(),
          byteCount.sum(),
          partCount.sum(),
          failedFiles.sum(),
          problems.sum(),
          skipped.sum(),
          counts,
          System.nanoTime() - started,
          changes,
          roleMailboxes.sum());
    }

    /**
     * Puts into a queue, unless a stage has crashed: then nobody may ever take from it, and
     * waiting would hang the scan instead of ending it with the crash.
     */
    private <T> void put(BlockingQueue<T> queue, T item) throws InterruptedException {
      do {
        if (crash.get() != null) {
          throw new Aborted();
        }
      } while (!queue.offer(item, 100, TimeUnit.MILLISECONDS));
    }

    /** Puts an end marker; after a crash, work still queued is dropped to make room for it. */
    private <T> void end(BlockingQueue<T> queue, T marker) throws InterruptedException {
      while (!queue.offer(marker, 100, TimeUnit.MILLISECONDS)) {
        if (crash.get() != null) {
          queue.clear();
        }
      }
    }

    private void acquire(int chars) throws InterruptedException {
      while (!charsInFlight.tryAcquire(chars, 100, TimeUnit.MILLISECONDS)) {
        if (crash.get() != null) {
          throw new Aborted();
        }
      }
    }

    private Thread start(String name, String stage, Runnable body) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  body.run();
                } catch (Throwable t) {
                  crash.compareAndSet(null, t);
                } finally {
                  // Read by the thread itself as it ends: a sampler from outside misses
                  // threads that live less than its period (a small scan's workers do).
                  listener.workerDone(stage, WORKER_CPU.getCurrentThreadCpuTime());
                }
              },
              name);
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    private void join(List<Thread> threads) throws InterruptedException {
      for (Thread thread : threads) {
        thread.join();
      }
    }

    private void list(Source source) throws InterruptedException {
      source.list(new SourceVisitor() {
        @Override
        public void item(SourceItem file) throws InterruptedException {
          fileCount.increment();
          byteCount.add(file.size());
          listener.found(file);
          put(files, new FileTask(file));
        }

        @Override
        public void problem(Path path, String reason) {
          fileCount.increment();
          failedFiles.increment();
          problems.increment();
          plan.unreadable(path);
          listener.fileFailed(path, reason);
        }

        @Override
        public void skipped(Path path, String reason) {
          skipped.increment();
          plan.skipped(path);
          listener.skipped(path, reason);
        }
      });
    }

    private void extractLoop() {
      try {
        for (FileTask task = files.take(); task != NO_MORE_FILES; task = files.take()) {
          if (crash.get() != null) {
            continue; // the scan is over: only the end marker matters now
          }
          extract(task);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void extract(FileTask task) throws InterruptedException {
      SourceItem file = task.file;
      ScanPlan.Decision decision = plan.decide(file);
      if (!decision.read()) {
        replay(file, decision);
        return;
      }
      String error = work.read(file, new PartSink() {
        @Override
        public void part(Part part) throws InterruptedException {
          acquire(weight(part));
          task.pending.incrementAndGet();
          task.parts.incrementAndGet();
          put(parts, new PartTask(task, part));
        }

        @Override
        public void problem(String locator, String reason) {
          problems.increment();
          listener.problem(file, locator, reason);
        }
      });
      if (error != null) {
        fail(task, error);
      }
      release(task);
    }

    /** An unchanged file: its stored findings count and are reported as if just read. */
    private void replay(SourceItem file, ScanPlan.Decision decision) {
      partCount.add(decision.storedParts());
      decision.storedCounts().forEach((type, count) -> byType.get(type).addAndGet(count));
      roleMailboxes.add(decision.storedRoleMailboxes());
      if (decision.storedError() != null) {
        failedFiles.increment();
        problems.increment();
        listener.fileFailed(file, decision.storedError());
      }
      for (PartProblem problem : decision.storedProblems()) {
        problems.increment();
        listener.problem(file, problem.locator(), problem.reason());
      }
      if (wantsStored) {
        listener.unchanged(file, decision.stored());
      }
      listener.answered(file,
          decision.storedCounts().values().stream().mapToLong(Integer::longValue).sum());
    }

    private void fail(FileTask task, String reason) {
      task.error.set(reason);
      failedFiles.increment();
      problems.increment();
      listener.fileFailed(task.file, reason);
    }

    private void analyseLoop() {
      try {
        for (PartTask task = parts.take(); task != NO_MORE_PARTS; task = parts.take()) {
          analyse(task);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /**
     * Analyses a part and reports its findings a segment at a time (one call for a part of
     * ordinary size), so that the memory a part's findings take stays bounded however many
     * it holds.
     */
    private void analyse(PartTask task) {
      partCount.increment();
      boolean[] reported = {false};
      try {
        String failure = work.analyse(task.file.file, task.part, records -> {
          for (FindingRecord record : records) {
            if (record.finding().isPersonal()) {
              byType.get(record.finding().type()).incrementAndGet();
            } else {
              roleMailboxes.increment();
            }
          }
          task.file.findings.addAndGet(records.size());
          reported[0] = true;
          listener.part(task.file.file, task.part, records);
        });
        if (failure != null) {
          problems.increment();
          listener.problem(task.file.file, task.part.locator(), failure);
          if (!reported[0]) {
            listener.part(task.file.file, task.part, List.of());
          }
        }
      } finally {
        charsInFlight.release(weight(task.part));
        release(task.file);
      }
    }

    private void release(FileTask task) {
      if (task.pending.decrementAndGet() == 0) {
        listener.fileDone(
            new FileOutcome(task.file, task.parts.get(), task.findings.get(), task.error.get()));
      }
    }
  }
}
