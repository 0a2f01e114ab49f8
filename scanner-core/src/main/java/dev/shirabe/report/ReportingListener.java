package dev.shirabe.report;

import dev.shirabe.pipeline.FindingRecord;
import dev.shirabe.extract.Part;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanSummary;
import dev.shirabe.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds a scan's results to a {@link FindingWriter}, one call at a time, and keeps the
 * problems for the summary (the first {@value #MAX_PROBLEMS_KEPT}; the rest are counted).
 */
public final class ReportingListener implements ScanListener {

  static final int MAX_PROBLEMS_KEPT = 1000;

  private final FindingWriter writer;
  private final List<Problem> problems = new ArrayList<>();
  private long problemsLeftOut;
  private IOException failure;

  public ReportingListener(FindingWriter writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void part(SourceFile file, Part part, List<FindingRecord> records) {
    if (failure != null) {
      return;
    }
    try {
      for (FindingRecord record : records) {
        writer.write(record);
      }
    } catch (IOException e) {
      failure = e; // the output went away (a closed pipe, a full disk): reported at the end
    }
  }

  /** An unchanged file's stored findings are written like fresh ones (masked only). */
  @Override
  public void unchanged(SourceFile file, List<FindingRecord> stored) {
    part(file, null, stored);
  }

  @Override
  public synchronized void problem(Path file, String locator, String reason) {
    addProblem(new Problem(file.toString(), locator, reason, false));
  }

  @Override
  public synchronized void fileFailed(Path file, String reason) {
    addProblem(new Problem(file.toString(), "", reason, true));
  }

  private void addProblem(Problem problem) {
    if (problems.size() < MAX_PROBLEMS_KEPT) {
      problems.add(problem);
    } else {
      problemsLeftOut++;
    }
  }

  /**
   * The scan did not finish: closes the writer without a summary, so that what was written
   * reaches the output (a file would otherwise be left empty).
   */
  public synchronized void abandon() {
    try {
      writer.close();
    } catch (IOException e) {
      // the scan's own failure is what gets reported
    }
  }

  /** Writes the summary and closes the writer; rethrows an earlier output failure. */
  public synchronized void finish(ScanSummary summary) throws IOException {
    try (FindingWriter w = writer) {
      if (failure != null) {
        throw failure;
      }
      w.finish(summary, List.copyOf(problems), problemsLeftOut);
    }
  }

  public synchronized List<Problem> problems() {
    return List.copyOf(problems);
  }

}
