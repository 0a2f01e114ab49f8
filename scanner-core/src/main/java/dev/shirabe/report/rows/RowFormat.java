package dev.shirabe.report.rows;

import java.io.IOException;

/**
 * The formats rows are written in; every command's {@code --format} is one of these (with the
 * page the command writes around the rows). A new format is a constant here and its writer.
 */
public enum RowFormat {
  /** Aligned columns for a terminal. */
  TABLE,
  /** RFC 4180 CSV as Excel reads it. */
  CSV,
  /** One JSON object per record per line. */
  JSONL,
  /** The records as objects of a JSON array the page has opened. */
  JSON,
  /** The rows of an HTML table. */
  HTML;

  /** A writer of {@code layout}'s records on {@code medium} (made for this format). */
  public <R> RowWriter<R> open(RowLayout<R> layout, Medium medium) throws IOException {
    return switch (this) {
      case TABLE -> new TableRows<>(layout, medium.text());
      case CSV -> new CsvRows<>(layout, medium.csv());
      case JSONL -> new JsonRows<>(layout, medium.json(), true);
      case JSON -> new JsonRows<>(layout, medium.json(), false);
      case HTML -> new HtmlRows<>(layout, medium.text());
    };
  }
}
