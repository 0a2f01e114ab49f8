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

  /** Rows written through here on each thread: see {@link #rowsWritten()}. */
  private static final ThreadLocal<long[]> ROWS =
      ThreadLocal.withInitial(() -> new long[values().length]);

  /** A writer of {@code layout}'s records on {@code medium} (made for this format). */
  public <R> RowWriter<R> open(RowLayout<R> layout, Medium medium) throws IOException {
    RowWriter<R> writer = switch (this) {
      case TABLE -> new TableRows<>(layout, medium.text());
      case CSV -> new CsvRows<>(layout, medium.csv());
      case JSONL -> new JsonRows<>(layout, medium.json(), true);
      case JSON -> new JsonRows<>(layout, medium.json(), false);
      case HTML -> new HtmlRows<>(layout, medium.text());
    };
    return new Counted<>(writer, ordinal());
  }

  /**
   * How many rows this format's shared writer has written on this thread: what shows that a
   * command's format writes its rows here rather than by hand (the test that enumerates every
   * format of every command counts them). One thread-local increment a row.
   */
  public long rowsWritten() {
    return ROWS.get()[ordinal()];
  }

  /** A writer that counts its rows. */
  private record Counted<R>(RowWriter<R> writer, int format) implements RowWriter<R> {

    @Override
    public void row(R record) throws IOException {
      writer.row(record);
      ROWS.get()[format]++;
    }

    @Override
    public void group(String ja, String en, boolean attention) throws IOException {
      writer.group(ja, en, attention);
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }
  }
}
