package dev.shirabe.report.ledger;

import static dev.shirabe.report.HtmlText.cell;
import static dev.shirabe.report.HtmlText.escape;

import dev.shirabe.report.HtmlFrame;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A report ({@link Tabular}) as one self-contained HTML page, its table written by the shared
 * HTML rows ({@link RowFormat#HTML}): the styles inline, no script, no image,
 * no link to anything outside it, so that it can be mailed, archived with an audit's papers
 * and opened offline. Headings in Japanese and English; every piece of text escaped. The table
 * takes the window's width and wraps within it (from 1280 px: ids at their underscores, paths
 * anywhere, dates between day and time, headings between words), never wider than the window,
 * and no column narrower than a heading of three characters: the ledger's 18 columns need about
 * 1160 px. What a legend tells (the purposes' texts, the details of a joint use or a
 * contractor) stands once under the table, not in every row.
 */
final class HtmlPage {

  private static final String STYLE = """
      body{font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP",sans-serif;\
      margin:1.5em;color:#222;font-size:14px}
      h1{font-size:1.4em;margin:0 0 .2em}
      h1 .en,th .en,h2 .en,dt .en{display:block;font-weight:normal;color:#666;font-size:.8em}
      h2{font-size:1.1em;margin:1.2em 0 .4em}
      .generated{color:#666;margin:0 0 1em}
      dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2em 1.2em;margin:0}
      dl.summary dt{font-weight:bold}
      dl.summary dd{margin:0}
      table{border-collapse:collapse;margin-top:.5em;width:100%;font-size:13px}
      th,td{border:1px solid #bbb;padding:.25em .3em;vertical-align:top;text-align:left}
      thead th{background:#e8eef5;position:sticky;top:0}
      thead th{min-width:3.5em}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      td.place{overflow-wrap:anywhere;min-width:7em;max-width:30em}
      td.num{white-space:nowrap}
      td[data-column$="_seen"],td[data-column=last_scanned],td[data-column=ended]{min-width:5.5em}
      td[data-column=types]{min-width:6em}
      td[data-column=purpose_labels]{min-width:12em;font-size:.9em}
      tr.group th{background:#f4f4f4;font-size:1em}
      tr.group.none th{background:#fdecea}
      .empty{color:#666}
      dl.legend{display:grid;grid-template-columns:minmax(8em,max-content) auto;gap:.2em 1.2em;\
      margin:0 0 .8em}
      dl.legend dt{font-weight:bold;overflow-wrap:anywhere}
      dl.legend dd{margin:0}
      h3{font-size:1em;margin:.8em 0 .3em}
      h3 .en{font-weight:normal;color:#666}
      """;

  private HtmlPage() {}

  static <R> void write(Tabular<R> table, Medium medium, HtmlFrame frame) throws IOException {
    PrintWriter out = medium.text();
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"ja\">");
    out.println("<head>");
    out.println("<meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + escape(table.titleJa() + " / " + table.titleEn()) + "</title>");
    out.println(frame.styleTag());
    out.print(STYLE);
    out.print(frame.extraStyle());
    out.println("</style>");
    out.println("</head>");
    out.println("<body>");
    out.print(frame.header());
    out.println("<h1>" + escape(table.titleJa()) + " <span class=\"en\" lang=\"en\">"
        + escape(table.titleEn()) + "</span></h1>");
    out.println("<p class=\"generated\">作成日時 / Generated: <time>" + escape(table.generated())
        + "</time></p>");
    out.println("<h2>概要 <span class=\"en\" lang=\"en\">Summary</span></h2>");
    out.println("<dl class=\"summary\">");
    for (Tabular.Line l : table.summary()) {
      out.println("<dt>" + escape(l.ja()) + " <span class=\"en\" lang=\"en\">" + escape(l.en())
          + "</span></dt><dd>" + escape(l.value()) + "</dd>");
    }
    out.println("</dl>");
    out.println("<h2>一覧 <span class=\"en\" lang=\"en\">Entries</span></h2>");
    if (table.rowCount() == 0) {
      out.println("<p class=\"empty\">該当なし / None</p>");
    }
    // The columns a legend tells once (the purposes' texts) are not repeated in every row,
    // nor are the ids another column labels (the category's): the layout's HTML columns.
    try (RowWriter<R> rows = RowFormat.HTML.open(table.layout(), medium)) {
      table.writeGroups(rows);
    }
    if (!table.legends().isEmpty()) {
      out.println("<h2>凡例 <span class=\"en\" lang=\"en\">Legend</span></h2>");
      for (Tabular.Legend legend : table.legends()) {
        out.println("<section class=\"legend\" data-legend=\"" + escape(legend.id()) + "\">");
        out.println("<h3>" + escape(legend.ja()) + " <span class=\"en\" lang=\"en\">"
            + escape(legend.en()) + "</span></h3>");
        out.println("<dl class=\"legend\">");
        for (Tabular.Term term : legend.terms()) {
          out.println("<dt>" + cell(term.name()) + "</dt><dd>"
              + escape(term.text()).replace("\n", "<br>") + "</dd>");
        }
        out.println("</dl>");
        out.println("</section>");
      }
    }
    out.println("</body>");
    out.println("</html>");
    out.flush();
  }
}
