package dev.shirabe.report;

import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds a scan's results to a {@link FindingWriter}, one call at a time: findings, and every
 * file failed, read in part or skipped as the scan meets it (nothing is kept here, so memory
 * does not grow with the number of problems).
 */
public final class ReportingListener implements ScanListener {

  private final FindingWriter writer;
  private IOException failure;

  public ReportingListener(FindingWriter writer) {
    this.writer = writer;
  }

  @Override
  public synchronized void part(SourceItem file, Part part, List<FindingRecord> records) {
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
  public void unchanged(SourceItem file, List<FindingRecord> stored) {
    part(file, null, stored);
  }

  @Override
  public void problem(Path file, String locator, String reason) {
    problem(new Problem(PathIdentity.shown(file), locator, reason, Problem.Status.PARTIAL));
  }

  @Override
  public void fileFailed(Path file, String reason) {
    problem(new Problem(PathIdentity.shown(file), "", reason, Problem.Status.FAILED));
  }

  @Override
  public void skipped(Path path, String reason) {
    problem(new Problem(PathIdentity.shown(path), "", reason, Problem.Status.SKIPPED));
  }

  private synchronized void problem(Problem problem) {
    if (failure != null) {
      return;
    }
    try {
      writer.problem(problem);
    } catch (IOException e) {
      failure = e;
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
      w.finish(summary);
    }
  }
}
