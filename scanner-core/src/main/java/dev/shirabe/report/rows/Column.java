package dev.shirabe.report.rows;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named column: its headings in Japanese and English, how it is shown, and the cell it shows
 * for a record. A cell is text as shown: counts already formatted, what came from a file
 * escaped by {@code SafeText}; it may hold several lines joined by {@code \n}, its only
 * control character.
 *
 * @param id the column's id (the JSON field of the same content, the data-column of HTML)
 * @param width the terminal table's width for the column, in cells, or 0 for a width measured
 *     over all the rows (a table whose columns all have a width streams; see {@link
 *     TableRows})
 * @param gap spaces after the column in the terminal table
 * @param html the cell as HTML markup (lists, links), its text escaped by the function; null
 *     for the cell's text, escaped, its lines as lines
 */
public record Column<R>(String id, String ja, String en, Style style, Function<R, String> cell,
    int width, int gap, Function<R, String> html) {

  public Column {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(cell, "cell");
  }

  /** A column whose terminal width is measured over the rows, two spaces apart. */
  public static <R> Column<R> of(String id, String ja, String en, Style style,
      Function<R, String> cell) {
    return new Column<>(id, ja, en, style, cell, 0, 2, null);
  }

  /** This column with a fixed terminal width and the spaces after it. */
  public Column<R> width(int cells, int spaces) {
    return new Column<>(id, ja, en, style, cell, cells, spaces, html);
  }

  /**
   * A column of an HTML page only, whose cell is markup: what it lists (links, findings) as
   * lists, with links. {@code markup} escapes the text it puts in.
   */
  public static <R> Column<R> html(String id, String ja, String en, Style style,
      Function<R, String> markup) {
    return new Column<>(id, ja, en, style, r -> "", 0, 2, markup);
  }

  /** The heading as CSV shows it in a bilingual report: {@code 所在 (Location)}. */
  public String bilingual() {
    return ja + " (" + en + ")";
  }
}
