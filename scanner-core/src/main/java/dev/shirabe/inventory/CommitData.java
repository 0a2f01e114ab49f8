package dev.shirabe.inventory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What each commit of the inventory records beside its documents (Lucene's commit user data,
 * written into segments_N with the commit itself): which key made its hashes, and whether a
 * scan ever finished on it. Kept there rather than in a marker file of its own because it is
 * then atomic with the commit by construction: no crash leaves an index without its record or
 * a record without its index, and it lives and dies with the index's own files (0600).
 */
final class CommitData {

  /**
   * The key's check value: the HMAC-SHA-256, under the key, of this fixed label (the name of
   * the entry too). It tells a wrong key at once and reveals nothing of the key: finding the
   * key from it is as hard as from any other keyed hash in the index.
   */
  static final String KEY_CHECK = "shirabe-key-check";

  /** Epoch millis of the last scan that finished (walked its roots and committed). */
  static final String SCAN_FINISHED = "shirabe-scan-finished";

  private CommitData() {}

  /** The check value of the hasher's key. */
  static String keyCheck(KeyedHasher hasher) {
    return hasher.hash(KEY_CHECK);
  }

  /**
   * Whether the commit records a key; throws when it records another than the hasher's.
   *
   * @throws WrongKeyException when the inventory was written with another key
   */
  static boolean requireKey(Map<String, String> data, KeyedHasher hasher, Path folder)
      throws WrongKeyException {
    String recorded = data.get(KEY_CHECK);
    if (recorded != null && !recorded.equals(keyCheck(hasher))) {
      throw new WrongKeyException(folder, hasher.file());
    }
    return recorded != null;
  }

  /** The commit data as a map (Lucene gives a writer's as entries). */
  static Map<String, String> of(Iterable<Map.Entry<String, String>> entries) {
    Map<String, String> data = new HashMap<>();
    if (entries != null) {
      entries.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }
}
