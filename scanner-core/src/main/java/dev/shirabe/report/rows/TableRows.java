package dev.shirabe.report.rows;

import dev.shirabe.report.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records as aligned columns for a terminal, under a header of the columns' English headings
 * in capitals, written before the first row (no row, no header; columns with no headings are
 * lines under the page's own, with no header). Ids shown by their labels and
 * long texts ({@link Style#DETAIL}, {@link Style#CSV_ONLY}) are left out and places come last;
 * the last column runs on, never cut. A cell's lines are joined by {@code , }, an empty one
 * shows {@code -}.
 *
 * <p>When every column but the last has a width, rows stream: each is written as it comes, padded to the
 * widths (a cell as wide or wider is followed by one space). Otherwise the widths are measured over
 * all rows, up to {@link #MAX_WIDTH}, so the rows wait for {@link #close()}; a wider cell is
 * cut with {@code …} (a place keeps its end, where the file's name is).
 */
final class TableRows<R> implements RowWriter<R> {

  static final int MAX_WIDTH = 40;

  private final List<Column<R>> columns;
  private final PrintWriter out;
  private final boolean measured;
  /** Measured tables: the group titles and rows held until the widths are known. */
  private final List<Object> held = new ArrayList<>();
  private String pendingGroup;
  private boolean headerWritten;

  TableRows(RowLayout<R> layout, PrintWriter out) {
    this.columns = layout.tableColumns();
    this.out = out;
    // The last column runs on: its width does not matter.
    this.measured = columns.subList(0, Math.max(0, columns.size() - 1)).stream()
        .anyMatch(c -> c.width() <= 0);
  }

  @Override
  public void group(String ja, String en, boolean attention) {
    // Shown only above rows: a group with none says nothing.
    pendingGroup = ja.isEmpty() ? null : "-- " + ja + " / " + en + " --";
  }

  @Override
  public void row(R record) {
    List<String> cells = new ArrayList<>(columns.size());
    for (Column<R> c : columns) {
      cells.add(oneLine(c.cell().apply(record)));
    }
    if (measured) {
      if (pendingGroup != null) {
        held.add(pendingGroup);
        pendingGroup = null;
      }
      held.add(cells);
      return;
    }
    if (!headerWritten) {
      if (headings().stream().anyMatch(h -> !h.isEmpty())) {
        out.println(line(headings(), null));
      }
      headerWritten = true;
    }
    if (pendingGroup != null) {
      out.println(pendingGroup);
      pendingGroup = null;
    }
    out.println(line(cells, null));
  }

  @Override
  @SuppressWarnings("unchecked")
  public void close() {
    if (measured && !held.isEmpty()) {
      List<String> heads = headings();
      int[] widths = new int[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = TerminalText.width(heads.get(i));
      }
      for (Object o : held) {
        if (o instanceof List<?> cells) {
          for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i],
                Math.min(MAX_WIDTH, TerminalText.width((String) cells.get(i))));
          }
        }
      }
      out.println(line(heads, widths));
      for (Object o : held) {
        out.println(o instanceof String title ? title : line((List<String>) o, widths));
      }
      held.clear();
    }
    out.flush();
  }

  private List<String> headings() {
    return columns.stream().map(c -> c.en().toUpperCase(Locale.ROOT)).toList();
  }

  /** One row: measured widths cut and pad exactly, fixed ones pad (at least one space). */
  private String line(List<String> cells, int[] measuredWidths) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i == cells.size() - 1) {
        b.append(cell); // the last column runs on: a path is never cut
        break;
      }
      Column<R> column = columns.get(i);
      int width = measuredWidths == null ? column.width() : measuredWidths[i];
      boolean number = column.style() == Style.NUMBER;
      if (measuredWidths != null) { // cut to fit, then padded exactly
        cell = column.style() == Style.PLACE ? cutHead(cell, width)
            : TerminalText.cut(cell, width);
        String spaces = " ".repeat(width - TerminalText.width(cell));
        b.append(number ? spaces + cell : cell + spaces);
      } else { // never cut: one space at least, so that cells never run together
        b.append(number ? TerminalText.padLeft(cell, width) : TerminalText.pad(cell, width));
      }
      b.append(" ".repeat(column.gap()));
    }
    return measuredWidths == null ? b.toString() : b.toString().stripTrailing();
  }

  /** A cell on one line; an empty one as {@code -}, so that the columns stay readable. */
  private static String oneLine(String cell) {
    return cell.isEmpty() ? "-" : cell.replace("\n", ", ");
  }

  /** A path keeps its end, where the file's name is: {@code …/人事/2019.pst}. */
  private static String cutHead(String cell, int width) {
    if (TerminalText.width(cell) <= width) {
      return cell;
    }
    StringBuilder b = new StringBuilder();
    for (int i = cell.length() - 1; i >= 0; i--) {
      if (TerminalText.width(cell.charAt(i) + b.toString()) > width - 1) {
        break;
      }
      b.insert(0, cell.charAt(i));
    }
    return b.insert(0, '…').toString();
  }
}
