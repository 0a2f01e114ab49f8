package dev.shirabe.report.rows;

import dev.shirabe.report.CsvOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Records as CSV rows under the layout's header row, streamed. */
final class CsvRows<R> implements RowWriter<R> {

  private final List<Column<R>> columns;
  private final CsvOutput out;

  CsvRows(RowLayout<R> layout, CsvOutput out) throws IOException {
    this.columns = layout.csvColumns();
    this.out = out;
    out.row(layout.csvHeadings());
  }

  @Override
  public void row(R record) throws IOException {
    List<String> cells = new ArrayList<>(columns.size());
    for (Column<R> c : columns) {
      cells.add(c.cell().apply(record));
    }
    out.row(cells);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
