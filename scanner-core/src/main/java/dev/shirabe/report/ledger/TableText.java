package dev.shirabe.report.ledger;

import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A report ({@link Tabular}) for a terminal: the title, the rows in aligned columns under
 * their groups' titles (the shared table rows, {@link RowFormat#TABLE}: widths measured over
 * the rows, ids shown by their labels and long texts left out, paths last), the summary last.
 */
final class TableText {

  private TableText() {}

  static <R> void write(Tabular<R> table, Medium medium) throws IOException {
    PrintWriter out = medium.text();
    out.println(table.titleJa() + " / " + table.titleEn() + "  (" + table.generated() + ")");
    if (table.rowCount() > 0) {
      out.println();
    }
    try (RowWriter<R> rows = RowFormat.TABLE.open(table.layout(), medium)) {
      table.writeGroups(rows);
    }
    out.println();
    for (Tabular.Line l : table.summary()) {
      out.println(l.en() + ": " + l.value());
    }
    out.flush();
  }
}
