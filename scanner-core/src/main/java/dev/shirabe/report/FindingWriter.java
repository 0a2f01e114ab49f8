package dev.shirabe.report;

import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.Closeable;
import java.io.IOException;

/**
 * Writes findings in one output format. Calls come from one thread at a time
 * ({@link ReportingListener} serialises them). Unless built to reveal, a writer prints masked
 * values only.
 */
public interface FindingWriter extends Closeable {

  void write(FindingRecord record) throws IOException;

  /**
   * A file or part that could not be read, or a path not scanned, as the scan meets it. Every
   * one is written or counted: a format that lists only some says how many it left out.
   */
  void problem(Problem problem) throws IOException;

  /** The scan is over: formats that carry a summary write it now. */
  void finish(ScanSummary summary) throws IOException;
}
