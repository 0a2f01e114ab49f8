package dev.shirabe.pipeline;

/**
 * What a store (the inventory) remembers of one item, as the planning step needs it: enough to
 * tell whether the item changed since it was last read, and whether its stored findings are
 * this analysis's. Plain values, so that a planner can be given them from anywhere (the
 * inventory's entries, a map in a test, a list handed to a cluster's driver).
 */
public interface KnownItem {

  /** The item's id ({@link dev.shirabe.source.SourceItem#id}). */
  String id();

  /** Its size in bytes when it was last read. */
  long size();

  /** Its modification time then, in epoch nanoseconds. */
  long modified();

  /** Hex SHA-256 of its bytes then; empty when they could not be hashed. */
  String contentHash();

  /** What analysed it then; null when not recorded (another analysis's, by rule). */
  AnalysisFingerprint analysis();

  /** A known item as plain values. */
  static KnownItem of(String id, long size, long modified, String contentHash,
      AnalysisFingerprint analysis) {
    record Plain(String id, long size, long modified, String contentHash,
        AnalysisFingerprint analysis) implements KnownItem {}
    return new Plain(id, size, modified, contentHash, analysis);
  }
}
