package dev.shirabe.spark;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.pipeline.KnownItems;
import dev.shirabe.pipeline.ScanPlan;
import dev.shirabe.pipeline.ScanSink;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inventory as the driver's plan sees it: everything goes to the inventory but the files to
 * read, which are collected as tasks instead of being read here ({@link #tasks}). The plan
 * ({@link dev.shirabe.pipeline.IncrementalPlan}) is the one {@code scan} runs, so unchanged,
 * touched and gone files are handled exactly as there.
 */
final class PlannedReads implements ScanSink<FileEntry> {

  private final InventorySink inventory;
  private final Map<String, FileTask> toRead = new LinkedHashMap<>();

  PlannedReads(InventorySink inventory) {
    this.inventory = inventory;
  }

  /** The files to read, in the order listed. */
  synchronized List<FileTask> tasks() {
    return new ArrayList<>(toRead.values());
  }

  @Override
  public KnownItems<FileEntry> known() {
    return inventory.known();
  }

  @Override
  public boolean owns(String id) {
    return inventory.owns(id);
  }

  @Override
  public AnalysisFingerprint analysedBy(AnalysisFingerprint analysis) {
    return inventory.analysedBy(analysis);
  }

  /** Met twice (overlapping roots): read once, as {@code scan} does. */
  @Override
  public synchronized boolean reading(SourceItem item, ChangePlanner.Verdict<FileEntry> verdict) {
    return toRead.putIfAbsent(item.id(), FileTask.of(item, verdict)) == null;
  }

  @Override
  public ScanPlan.Decision unchanged(SourceItem item, FileEntry entry, boolean touched) {
    return inventory.unchanged(item, entry, touched);
  }

  @Override
  public boolean gone(String id) {
    return inventory.gone(id);
  }

  @Override
  public void goneSkipped(String id) {
    inventory.goneSkipped(id);
  }

  @Override
  public void failed(IOException e) {
    inventory.failed(e);
  }

  @Override
  public void finish() {
    inventory.finish();
  }

  @Override
  public void skipped(Path path, String reason) {
    inventory.skipped(path, reason);
  }

  @Override
  public void part(SourceItem file, Part part, List<FindingRecord> records) {
    throw new IllegalStateException("the driver reads no file: its tasks do");
  }
}
