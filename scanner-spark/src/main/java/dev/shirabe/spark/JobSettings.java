package dev.shirabe.spark;

import dev.shirabe.inventory.InventorySink;
import dev.shirabe.scan.ReadOptions;
import java.io.Serializable;
import java.time.Duration;

/**
 * What every task of one run needs, sent with the tasks. The key is not among them: each
 * executor reads the key file at the same path (a secret mounted there), and checks it against
 * {@code keyCheck}, a keyed hash of a fixed text that tells keys apart without giving one away.
 *
 * @param keyFile the key file's absolute path, on every executor
 * @param keyCheck the driver's key's check ({@link Engine#keyCheck})
 * @param scanStarted when the driver's scan started (epoch millis): what the tasks store is
 *     dated so, as one scan's
 * @param shardRoot the folder the tasks write their shards in, which the driver reads
 * @param policyFile the policy file's absolute path, on every executor; null for the default
 *     policy
 * @param policyDigest the driver's policy's digest, which each executor's file must have
 * @param read which files are read and how: {@code scan}'s options as the driver was given them
 */
record JobSettings(String keyFile, String keyCheck, long scanStarted, boolean storeExcerpts,
    int excerptChars, String shardRoot, String policyFile, String policyDigest, ReadOptions read)
    implements Serializable {

  /** The sink's settings; a shard commits once, at its end (the driver adds it whole or not). */
  InventorySink.Settings sinkSettings() {
    return new InventorySink.Settings(storeExcerpts, excerptChars, Integer.MAX_VALUE,
        Duration.ofDays(365));
  }
}
