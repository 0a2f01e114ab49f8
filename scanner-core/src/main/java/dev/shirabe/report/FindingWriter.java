package dev.shirabe.report;

import dev.shirabe.pipeline.FindingRecord;
import dev.shirabe.pipeline.ScanSummary;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes findings in one output format. Calls come from one thread at a time
 * ({@link ReportingListener} serialises them). Unless built to reveal, a writer prints masked
 * values only.
 */
public interface FindingWriter extends Closeable {

  void write(FindingRecord record) throws IOException;

  /**
   * The scan is over: formats that carry a summary write it now.
   *
   * @param problems the files and parts that could not be read (possibly a capped sample)
   */
  void finish(ScanSummary summary, List<Problem> problems, long problemsLeftOut) throws IOException;
}
