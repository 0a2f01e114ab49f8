package dev.shirabe.spark;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.source.SourceFile;
import dev.shirabe.source.SourceItem;
import java.io.Serializable;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * One file the driver's planning decided to read, as sent to a task: plain values (a {@link
 * java.nio.file.Path} does not serialise), from which the executor rebuilds the item and what the
 * planning learnt of it.
 *
 * @param id the item's id ({@link PathIdentity}: exact bytes), which is also its path
 * @param root the id of the root it was listed under
 * @param modifiedNanos its modification time in epoch nanoseconds
 * @param contentHash the hash the planning learnt, or null
 * @param firstSeen when the inventory first held it (epoch millis), or -1 for a new file
 * @param change the planning's verdict ({@link ChangePlanner.Change} name)
 * @param reason why an unchanged file is read again, or null
 */
record FileTask(String id, String root, long size, long modifiedNanos, String contentHash,
    long firstSeen, String change, String reason) implements Serializable {

  static FileTask of(SourceItem item, ChangePlanner.Verdict<FileEntry> verdict) {
    FileEntry known = verdict.known();
    return new FileTask(item.id(), PathIdentity.of(item.root()), item.size(),
        item.lastModified().to(TimeUnit.NANOSECONDS), verdict.contentHash(),
        known == null ? -1 : known.firstSeen(), verdict.change().name(), verdict.reason());
  }

  /** The item as the driver listed it. */
  SourceItem item() {
    return new SourceFile(PathIdentity.toPath(id), PathIdentity.toPath(root), size,
        FileTime.from(modifiedNanos, TimeUnit.NANOSECONDS));
  }

  /**
   * The planning's verdict, as the inventory's sink takes it. Of the entry held, the sink reads
   * only when the file was first seen, so that is all the entry given here carries.
   */
  ChangePlanner.Verdict<FileEntry> verdict() {
    FileEntry held = firstSeen < 0 ? null
        : new FileEntry(id, size, modifiedNanos, "", 0, null, 0, 0, 0, firstSeen);
    return new ChangePlanner.Verdict<>(ChangePlanner.Change.valueOf(change), true, held,
        contentHash, reason);
  }

  /** What the file weighs when tasks are balanced: its bytes, and a cost per file. */
  long weight() {
    return size + PER_FILE_BYTES;
  }

  /** Opening, parsing and storing a file costs about what reading this many bytes does. */
  static final long PER_FILE_BYTES = 64 * 1024;
}
