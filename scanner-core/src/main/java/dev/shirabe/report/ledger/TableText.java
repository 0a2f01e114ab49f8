package dev.shirabe.report.ledger;

import dev.shirabe.report.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Tabular} as aligned columns for a terminal: the title, each group under its title,
 * the summary last. Ids shown by their labels and long texts ({@link Tabular.Style#DETAIL})
 * are left out and paths come
 * last, as in the scan's table; a cell's lines are joined by {@code , }, and a cell wider than
 * {@link #MAX_WIDTH} is cut with {@code …} so that each row stays on one line.
 */
final class TableText {

  static final int MAX_WIDTH = 40;

  private TableText() {}

  static void write(Tabular table, PrintWriter out) {
    List<Integer> shown = new ArrayList<>();
    for (Tabular.Style style : List.of(Tabular.Style.TEXT, Tabular.Style.PLACE)) {
      for (int c = 0; c < table.columns().size(); c++) {
        Tabular.Style s = table.columns().get(c).style();
        boolean fits = style == Tabular.Style.TEXT
            ? s == Tabular.Style.TEXT || s == Tabular.Style.NUMBER || s == Tabular.Style.LEGEND
            : s == Tabular.Style.PLACE;
        if (fits) {
          shown.add(c);
        }
      }
    }
    int[] widths = new int[shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      widths[i] = TerminalText.width(heading(table.columns().get(shown.get(i))));
    }
    for (Tabular.Group g : table.groups()) {
      for (List<String> row : g.rows()) {
        for (int i = 0; i < shown.size(); i++) {
          widths[i] = Math.max(widths[i],
              Math.min(MAX_WIDTH, TerminalText.width(oneLine(row.get(shown.get(i))))));
        }
      }
    }
    out.println(table.titleJa() + " / " + table.titleEn() + "  (" + table.generated() + ")");
    if (table.rowCount() > 0) {
      List<String> heads = new ArrayList<>();
      for (int c : shown) {
        heads.add(heading(table.columns().get(c)));
      }
      out.println();
      out.println(line(heads, widths, table, shown));
      for (Tabular.Group g : table.groups()) {
        if (!g.ja().isEmpty() && !g.rows().isEmpty()) {
          out.println("-- " + g.ja() + " / " + g.en() + " --");
        }
        for (List<String> row : g.rows()) {
          List<String> cells = new ArrayList<>();
          for (int c : shown) {
            cells.add(oneLine(row.get(c)));
          }
          out.println(line(cells, widths, table, shown));
        }
      }
    }
    out.println();
    for (Tabular.Line l : table.summary()) {
      out.println(l.en() + ": " + l.value());
    }
    out.flush();
  }

  private static String heading(Tabular.Column column) {
    return column.en().toUpperCase(Locale.ROOT);
  }

  private static String line(List<String> cells, int[] widths, Tabular table, List<Integer> shown) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (i == cells.size() - 1) {
        b.append(cell); // the last column runs on: a path is never cut
        break;
      }
      Tabular.Style style = table.columns().get(shown.get(i)).style();
      cell = style == Tabular.Style.PLACE ? cutHead(cell, widths[i])
          : TerminalText.cut(cell, widths[i]);
      if (style == Tabular.Style.NUMBER) {
        b.append(" ".repeat(widths[i] - TerminalText.width(cell))).append(cell).append("  ");
      } else {
        b.append(cell).append(" ".repeat(widths[i] - TerminalText.width(cell))).append("  ");
      }
    }
    return b.toString().stripTrailing();
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
