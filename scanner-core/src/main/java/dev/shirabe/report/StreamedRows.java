package dev.shirabe.report;

import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The scan's rows as they come, findings and problems alike, in a format with nothing around
 * them: CSV (one sheet, a problem's row told by its {@code problem} column) and JSON Lines
 * (one record per line, a problem's by its {@code record} field; no summary: a tool counts the
 * lines). Nothing is held: a scan of millions of findings streams.
 */
final class StreamedRows implements FindingWriter {

  private final Medium medium;
  private final RowWriter<ScanRow> rows;

  StreamedRows(RowFormat format, RowLayout<ScanRow> layout, OutputStream out) {
    try {
      this.medium = Medium.of(format, out, true);
      this.rows = format.open(layout, medium);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    rows.row(new ScanRow.Found(record));
  }

  @Override
  public void problem(Problem problem) throws IOException {
    rows.row(new ScanRow.Unread(problem));
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    rows.close();
  }

  @Override
  public void close() throws IOException {
    medium.close();
  }
}
