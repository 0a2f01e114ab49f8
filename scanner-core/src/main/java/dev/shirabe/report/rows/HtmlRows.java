package dev.shirabe.report.rows;

import static dev.shirabe.report.HtmlText.cell;
import static dev.shirabe.report.HtmlText.escape;

import java.io.PrintWriter;
import java.util.List;

/**
 * Records as the rows of an HTML table: the head with each column's headings in Japanese and
 * English, a {@code <tbody>} per group (its title a row of its own), a {@code <tr
 * class="entry">} per record (the layout may name another class), each cell with its column's
 * id as {@code data-column}. Every piece of text is escaped; a cell's lines are lines, and ids
 * may wrap after their underscores; a column that gives markup (lists, links) escapes its own
 * text. Streamed.
 */
final class HtmlRows<R> implements RowWriter<R> {

  private final RowLayout<R> layout;
  private final List<Column<R>> columns;
  private final PrintWriter out;
  private boolean inBody;

  HtmlRows(RowLayout<R> layout, PrintWriter out) {
    this.layout = layout;
    this.columns = layout.htmlColumns();
    this.out = out;
    out.println("<table>");
    out.println("<thead><tr>");
    for (Column<R> c : columns) {
      String css = c.style() == Style.NUMBER ? " class=\"num\"" : "";
      out.println("<th scope=\"col\"" + css + " data-column=\"" + escape(c.id()) + "\">"
          + escape(c.ja()) + (c.en().isEmpty() ? ""
              : " <span class=\"en\" lang=\"en\">" + escape(c.en()) + "</span>") + "</th>");
    }
    out.println("</tr></thead>");
  }

  @Override
  public void group(String ja, String en, boolean attention) {
    endBody();
    out.println("<tbody>");
    inBody = true;
    if (!ja.isEmpty()) {
      out.println("<tr class=\"group" + (attention ? " none" : "") + "\"><th colspan=\""
          + columns.size() + "\" scope=\"rowgroup\">" + escape(ja)
          + " <span class=\"en\" lang=\"en\">" + escape(en) + "</span></th></tr>");
    }
  }

  @Override
  public void row(R record) {
    if (!inBody) {
      group("", "", false);
    }
    out.print("<tr class=\"" + escape(layout.rowClass().apply(record)) + "\">");
    for (Column<R> c : columns) {
      String css = c.style() == Style.NUMBER ? " class=\"num\""
          : c.style() == Style.PLACE ? " class=\"place\"" : "";
      out.print("<td" + css + " data-column=\"" + escape(c.id()) + "\">"
          + (c.html() != null ? c.html().apply(record) : cell(c.cell().apply(record)))
          + "</td>");
    }
    out.println("</tr>");
  }

  private void endBody() {
    if (inBody) {
      out.println("</tbody>");
      inBody = false;
    }
  }

  @Override
  public void close() {
    endBody();
    out.println("</table>");
    out.flush();
  }
}
