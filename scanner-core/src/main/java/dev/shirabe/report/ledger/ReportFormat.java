package dev.shirabe.report.ledger;

import dev.shirabe.report.HtmlFrame;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;

/**
 * The formats of {@code shirabe report}: each writes the ledger, the no-purpose report, the
 * retention report or the report of what could not be read, whole. Every format writes the
 * report's rows through the shared writers of {@link RowFormat} from the report's one layout
 * ({@link Layouts}); the table and HTML page add the title and totals around them.
 * None carries a value found: reports hold counts, kinds and places only.
 */
public enum ReportFormat {
  /** Aligned columns for a terminal, ending with the totals. */
  TABLE(RowFormat.TABLE),
  /** One JSON object per row, for tools (the totals are the rows' sums). */
  JSONL(RowFormat.JSONL),
  /** The table for Excel: UTF-8 with a BOM, CRLF, headings in Japanese and English. */
  CSV(RowFormat.CSV),
  /** One self-contained HTML page: summary and table, headings in Japanese and English. */
  HTML(RowFormat.HTML);

  private final RowFormat rows;

  ReportFormat(RowFormat rows) {
    this.rows = rows;
  }

  /** The shared writer this format writes the rows with. */
  public RowFormat rows() {
    return rows;
  }

  /** Writes the ledger to {@code out} (closed), times in {@code zone}. */
  public void write(Ledger ledger, OutputStream out, ZoneId zone) throws IOException {
    write(Layouts.ledger(ledger, zone), out, HtmlFrame.STANDALONE);
  }

  /** Writes the no-purpose report to {@code out} (closed), times in {@code zone}. */
  public void write(UnpurposedReport report, OutputStream out, ZoneId zone) throws IOException {
    write(Layouts.unpurposed(report, zone), out, HtmlFrame.STANDALONE);
  }

  /** Writes the data kept past its retention period to {@code out} (closed). */
  public void write(RetentionReport report, OutputStream out, ZoneId zone) throws IOException {
    write(Layouts.retention(report, zone), out, HtmlFrame.STANDALONE);
  }

  /** Writes the places the inventory could not look into to {@code out} (closed). */
  public void write(UnreadReport report, OutputStream out, ZoneId zone) throws IOException {
    write(Layouts.unread(report, zone), out, HtmlFrame.STANDALONE);
  }

  /** Writes the ledger as the {@link #HTML} page inside {@code frame} (the local web page's). */
  public static void html(Ledger ledger, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.ledger(ledger, zone), out, frame);
  }

  /** Writes the no-purpose report as the {@link #HTML} page inside {@code frame}. */
  public static void html(UnpurposedReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.unpurposed(report, zone), out, frame);
  }

  /** Writes the data kept past its retention period as the {@link #HTML} page in {@code frame}. */
  public static void html(RetentionReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.retention(report, zone), out, frame);
  }

  /** Writes what could not be read as the {@link #HTML} page inside {@code frame}. */
  public static void html(UnreadReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.unread(report, zone), out, frame);
  }

  private <R> void write(Tabular<R> table, OutputStream out, HtmlFrame frame)
      throws IOException {
    try (Medium medium = Medium.of(rows, out, true)) {
      switch (this) {
        case TABLE -> TableText.write(table, medium);
        case HTML -> HtmlPage.write(table, medium, frame);
        case CSV -> {
          try (RowWriter<R> w = rows.open(table.layout(), medium)) {
            table.writeGroups(w);
          }
        }
        // A line per row in the report's order: tools count and filter them.
        case JSONL -> {
          try (RowWriter<R> w = rows.open(table.layout(), medium)) {
            for (R r : table.records()) {
              w.row(r);
            }
          }
        }
      }
      if (medium.failed()) {
        throw new IOException("the report could not be written");
      }
    }
  }
}
