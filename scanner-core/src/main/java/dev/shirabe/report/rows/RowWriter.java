package dev.shirabe.report.rows;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes records in one format, one at a time as they come: rows stream unless the format must
 * see them all first (a terminal table whose widths are measured over the rows). {@link
 * #close()} ends the rows (and writes what was held back); it does not close the stream the
 * page around them writes on.
 */
public interface RowWriter<R> extends Closeable {

  void row(R record) throws IOException;

  /**
   * The rows after this stand under a title in both languages (the terminal table and HTML
   * show it; CSV and JSON, whose rows are read by tools, do not).
   *
   * @param attention the group is what the reader must act on (data with no stated purpose)
   */
  default void group(String ja, String en, boolean attention) throws IOException {}

  @Override
  void close() throws IOException;
}
