package dev.shirabe.report;

import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Findings as CSV, one per row ({@link CsvOutput}: UTF-8 with a BOM, CRLF, no formulas), and
 * a row for each file failed, read in part or skipped, as the scan meets it.
 */
final class CsvWriter implements FindingWriter {

  private final CsvOutput out;
  private final boolean reveal;

  CsvWriter(OutputStream stream, boolean reveal) {
    this.reveal = reveal;
    try {
      this.out = new CsvOutput(stream);
      out.row(RecordFields.CSV_HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    out.row(RecordFields.csvRow(record, reveal));
  }

  @Override
  public void problem(Problem problem) throws IOException {
    out.row(RecordFields.csvRow(problem));
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
