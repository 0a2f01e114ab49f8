package dev.shirabe.pipeline;

import dev.shirabe.source.SourceItem;
import java.io.IOException;

/**
 * Where an incremental scan's results are kept (the inventory): it hears every result as a
 * {@link ScanListener}, and is told by the plan ({@link IncrementalPlan}) which items are read,
 * which are unchanged and which are gone. It decides nothing: what holds for an item is the
 * planning step's ({@link ChangePlanner}), from what the sink holds ({@link #known}).
 *
 * @param <E> the sink's entries, handed back for the items found unchanged
 */
public interface ScanSink<E extends KnownItem> extends ScanListener {

  /** What the sink holds, as the planning step's input. */
  KnownItems<E> known();

  /** Whether the id is one of the sink's own files (an inventory under a scanned root). */
  default boolean owns(String id) {
    return false;
  }

  /**
   * What analyses this run's items; told once, before the first item. Returns the fingerprint
   * the sink records with what it writes (the analysis, and what the sink keeps of findings),
   * which the planning compares with those held.
   */
  AnalysisFingerprint analysedBy(AnalysisFingerprint analysis);

  /**
   * The item will be read: its results follow ({@link #part}, {@link #fileDone}), to be kept
   * with what the planning learnt of it (its hash, what was held).
   *
   * @return false when it is being read already (met twice, under overlapping roots): the
   *     first reading stands, this one is not made
   */
  boolean reading(SourceItem item, ChangePlanner.Verdict<E> verdict);

  /**
   * The item is not read: what the sink holds of it, reported as if it were just read.
   *
   * @param touched its bytes are unchanged but its time moved: the sink keeps the new time
   */
  ScanPlan.Decision unchanged(SourceItem item, E entry, boolean touched);

  /**
   * The item is gone from the source: the sink forgets it.
   *
   * @return whether it was forgotten (not when the sink has failed)
   */
  boolean gone(String id);

  /** The skipped path (a link, a pipe) is not met any more: the sink forgets it. */
  default void goneSkipped(String id) {}

  /** The plan could not read what the sink holds: the sink reports it when it is closed. */
  void failed(IOException e);

  /** Every item has been planned and every result heard: the sink writes what is left. */
  void finish();
}
