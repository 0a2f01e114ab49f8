package dev.shirabe.spark;

import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.FileScan;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.source.SourceItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;

/**
 * One task: reads its files with the executor's per-file work ({@link Engine}) and writes what
 * comes of them into a shard of its own, an inventory written by the same sink as a scan's, with
 * the same key, dated as the driver's scan. A retried task writes a new shard (the attempt is in
 * its name); the driver takes only the shards of tasks that succeeded.
 */
final class ShardTask
    implements Function2<Integer, Iterator<List<FileTask>>, Iterator<ShardResult>> {

  private static final long serialVersionUID = 1L;

  private final JobSettings settings;

  ShardTask(JobSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<ShardResult> call(Integer index, Iterator<List<FileTask>> bins)
      throws Exception {
    List<FileTask> files = new ArrayList<>();
    bins.forEachRemaining(files::addAll);
    if (files.isEmpty()) {
      return Collections.emptyIterator();
    }
    long started = System.nanoTime();
    TaskContext context = TaskContext.get();
    int attempt = context == null ? 0 : context.attemptNumber();
    Path shard = Path.of(settings.shardRoot())
        .resolve(String.format(Locale.ROOT, "shard-%05d-%d", index, attempt));
    FileScan work = Engine.fileScan(settings);
    KeyedHasher hasher = Engine.hasher(settings);
    Tally tally = new Tally();
    List<String> ids = new ArrayList<>(files.size());
    try (InventorySink sink =
        InventorySink.open(shard, hasher, settings.sinkSettings(), settings.scanStarted())) {
      sink.analysedBy(work.fingerprint());
      ScanListener listener = ScanListener.both(sink, tally.listener());
      for (FileTask file : files) {
        SourceItem item = file.item();
        sink.reading(item, file.verdict());
        work.scan(item, listener);
        ids.add(file.id());
      }
      sink.finish();
    }
    return List.of(new ShardResult(shard.toString(), ids, tally, System.nanoTime() - started))
        .iterator();
  }
}
