package dev.shirabe.pipeline;

import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The plan of an incremental scan: the planning step ({@link ChangePlanner}) over what the sink
 * holds decides which of the source's items the pipeline reads; the sink is told what came of
 * each (read, unchanged, touched, gone) and keeps it. Counts the changes for the summary.
 *
 * @param <E> the sink's entries
 */
public final class IncrementalPlan<E extends KnownItem> implements ScanPlan {

  private static final Decision NOTHING = Decision.unchanged(List.of(), 0, null, List.of());

  private final Source source;
  private final ScanSink<E> sink;
  private final boolean readAll;
  private final long maxFileBytes;
  private volatile ChangePlanner<E> planner;

  private final LongAdder added = new LongAdder();
  private final LongAdder changed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final Map<String, LongAdder> reread = new ConcurrentHashMap<>();
  private long removed;

  /**
   * @param source what the pipeline lists: what it does not cover is not taken as gone
   * @param readAll read every item, changed or not (a full rescan; also needed to reveal raw
   *     values, which the inventory does not keep)
   * @param maxFileBytes items larger are not read (nor hashed)
   */
  public IncrementalPlan(Source source, ScanSink<E> sink, boolean readAll, long maxFileBytes) {
    this.source = source;
    this.sink = sink;
    this.readAll = readAll;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public void analysedBy(AnalysisFingerprint fingerprint) {
    planner = new ChangePlanner<>(sink.known(), sink.analysedBy(fingerprint), readAll,
        maxFileBytes, sink::owns);
  }

  private ChangePlanner<E> planner() {
    ChangePlanner<E> p = planner;
    if (p == null) {
      throw new IllegalStateException("the scan was not told what analyses its files");
    }
    return p;
  }

  @Override
  public Decision decide(SourceItem file) {
    ChangePlanner.Verdict<E> verdict = planner().plan(file);
    if (verdict.change() == ChangePlanner.Change.IGNORED) {
      return NOTHING;
    }
    if (!verdict.read()) {
      unchanged.increment();
      return sink.unchanged(file, verdict.known(),
          verdict.change() == ChangePlanner.Change.TOUCHED);
    }
    if (!sink.reading(file, verdict)) {
      return NOTHING; // read already under another root: one reading, counted once
    }
    switch (verdict.change()) {
      case NEW -> added.increment();
      case CHANGED -> changed.increment();
      case REREAD -> reread.computeIfAbsent(verdict.reason(), k -> new LongAdder()).increment();
      default -> unchanged.increment();
    }
    return Decision.READ;
  }

  @Override
  public void unreadable(Path path) {
    planner().unreadable(path);
  }

  @Override
  public void skipped(Path path) {
    planner().skipped(path);
  }

  /** Tells the sink what is gone (after a complete listing only), then lets it finish. */
  @Override
  public synchronized ChangeCounts finish(boolean walkComplete) {
    if (walkComplete) {
      try {
        planner().gone(source, id -> {
          if (sink.gone(id)) {
            removed++;
          }
        }, sink::goneSkipped);
      } catch (IOException e) {
        sink.failed(e);
      }
    }
    sink.finish();
    Map<String, Long> because = new TreeMap<>();
    reread.forEach((reason, count) -> because.put(reason, count.sum()));
    long rereadCount = because.values().stream().mapToLong(Long::longValue).sum();
    return new ChangeCounts(added.sum(), changed.sum(), unchanged.sum(), removed, rereadCount,
        because);
  }

  /** What the planning chose not to do and the user should know (a root found empty). */
  public List<String> warnings() {
    ChangePlanner<E> p = planner;
    return p == null ? List.of() : p.warnings();
  }
}
