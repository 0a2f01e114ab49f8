package dev.shirabe.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one task hands back: the shard it wrote, the ids of the files in it, and their counts.
 *
 * @param readNanos how long the task took, from its first file to its shard's commit
 */
record ShardResult(String shard, List<String> files, Tally tally, long readNanos)
    implements Serializable {}
