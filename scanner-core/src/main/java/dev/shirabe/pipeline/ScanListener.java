package dev.shirabe.pipeline;

import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives the results of a scan as they come. Called from several threads at once:
 * implementations synchronise themselves.
 */
public interface ScanListener {

  /**
   * One part has been analysed and its findings classified. A long part (over {@link
   * dev.shirabe.detect.DetectorSet#SEGMENT_CHARS} chars) comes in several calls, one per
   * segment, in text order, so that its findings need not be held at once; the calls for one
   * part come from one thread.
   *
   * @param records its findings, or the segment's (maybe none), in text order
   */
  void part(SourceItem file, Part part, List<FindingRecord> records);

  /**
   * The file has not changed since the inventory's last scan and was not read again; these
   * are its findings as stored (masked values only: see {@link FindingRecord#masked()}).
   */
  default void unchanged(SourceItem file, List<FindingRecord> stored) {}

  /**
   * Whether {@link #unchanged} needs the stored findings. Reading them is most of what a
   * rescan costs, so a listener that does nothing with them says no; the counts per type are
   * right either way.
   */
  default boolean wantsStored() {
    return true;
  }

  /** Every part of the file has been analysed. {@code error} is null when it was read whole. */
  default void fileDone(FileOutcome outcome) {}

  /**
   * Nothing of the file could be read; {@link #fileDone} follows for files that were opened.
   * Called for a path the listing could not read (a folder, a missing root), which is no item.
   */
  default void fileFailed(Path file, String reason) {}

  /**
   * Nothing of the item could be read (or could be when it was last read, for an unchanged
   * one); {@link #fileDone} follows for items that were opened. The pipeline calls this form
   * for every item; by default it is {@link #fileFailed(Path, String)} of the item's path. A
   * listener that keeps items by id (not every source's items are local files) overrides it.
   */
  default void fileFailed(SourceItem item, String reason) {
    fileFailed(item.path(), reason);
  }

  /**
   * Part of a file could not be read (a corrupt attachment, a limit reached); the rest was.
   *
   * @param locator the embedded part concerned, empty for the file itself
   */
  default void problem(Path file, String locator, String reason) {}

  /**
   * Part of the item could not be read; the pipeline calls this form, by default {@link
   * #problem(Path, String, String)} of the item's path (see {@link #fileFailed(SourceItem,
   * String)}).
   */
  default void problem(SourceItem item, String locator, String reason) {
    problem(item.path(), locator, reason);
  }

  /** A path deliberately not scanned (a symbolic link, a named pipe, a socket, a device). */
  default void skipped(Path path, String reason) {}

  /**
   * The walk has listed the file to scan (to be read, or answered from the inventory); for a
   * progress display. Called from the walking thread.
   */
  default void found(SourceItem file) {}

  /** The walk is over: every file to scan has been {@link #found}. */
  default void walkDone() {}

  /**
   * An unchanged file was answered from the inventory, not read: it is done ({@link #fileDone}
   * is for files read). Called whether or not {@link #wantsStored}.
   *
   * @param findings its personal findings, as stored
   */
  default void answered(SourceItem file, long findings) {}

  /** The stage of the pipeline's workers that extract text from files. */
  String EXTRACT = "extract";

  /** The stage of the pipeline's workers that detect and classify the parts' text. */
  String ANALYSE = "analyse";

  /**
   * A pipeline worker ended, having used {@code cpuNanos} of CPU in all (-1 when the JVM
   * cannot measure it); for accounting, such as a benchmark's CPU per stage.
   *
   * @param stage {@link #EXTRACT} or {@link #ANALYSE}
   */
  default void workerDone(String stage, long cpuNanos) {}

  /** Both listeners, {@code first} first, each call in turn. */
  static ScanListener both(ScanListener first, ScanListener second) {
    return new ScanListener() {
      @Override
      public void part(SourceItem file, Part part, List<FindingRecord> records) {
        first.part(file, part, records);
        second.part(file, part, records);
      }

      @Override
      public void unchanged(SourceItem file, List<FindingRecord> stored) {
        first.unchanged(file, stored);
        second.unchanged(file, stored);
      }

      @Override
      public boolean wantsStored() {
        return first.wantsStored() || second.wantsStored();
      }

      @Override
      public void found(SourceItem file) {
        first.found(file);
        second.found(file);
      }

      @Override
      public void walkDone() {
        first.walkDone();
        second.walkDone();
      }

      @Override
      public void workerDone(String stage, long cpuNanos) {
        first.workerDone(stage, cpuNanos);
        second.workerDone(stage, cpuNanos);
      }

      @Override
      public void answered(SourceItem file, long findings) {
        first.answered(file, findings);
        second.answered(file, findings);
      }

      @Override
      public void fileDone(FileOutcome outcome) {
        first.fileDone(outcome);
        second.fileDone(outcome);
      }

      @Override
      public void fileFailed(Path file, String reason) {
        first.fileFailed(file, reason);
        second.fileFailed(file, reason);
      }

      @Override
      public void fileFailed(SourceItem item, String reason) {
        first.fileFailed(item, reason);
        second.fileFailed(item, reason);
      }

      @Override
      public void problem(Path file, String locator, String reason) {
        first.problem(file, locator, reason);
        second.problem(file, locator, reason);
      }

      @Override
      public void problem(SourceItem item, String locator, String reason) {
        first.problem(item, locator, reason);
        second.problem(item, locator, reason);
      }

      @Override
      public void skipped(Path path, String reason) {
        first.skipped(path, reason);
        second.skipped(path, reason);
      }
    };
  }
}
