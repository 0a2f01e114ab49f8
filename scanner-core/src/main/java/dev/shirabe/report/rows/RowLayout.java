package dev.shirabe.report.rows;

import java.util.List;
import java.util.function.Function;

/**
 * What a record of type {@code R} shows, in every format: the columns (terminal table, CSV,
 * HTML) and the fields of its JSON object (JSON Lines, JSON). Adding a column is adding it
 * here, once for all the formats. Immutable.
 *
 * @param columns the columns in their order (CSV's order; the terminal table puts places last)
 * @param fields the JSON object's fields in their contract order
 * @param bilingualHeadings whether CSV's header row reads {@code 所在 (Location)} (the reports)
 *     or the columns' ids (the scan's findings, whose header is a contract)
 * @param rowClass the class of a record's row in HTML ({@code entry}; pages style and tests
 *     find rows by it)
 */
public record RowLayout<R>(List<Column<R>> columns, List<JsonField<R>> fields,
    boolean bilingualHeadings, Function<R, String> rowClass) {

  public RowLayout {
    columns = List.copyOf(columns);
    fields = List.copyOf(fields);
  }

  /** A layout whose HTML rows are of class {@code entry}. */
  public RowLayout(List<Column<R>> columns, List<JsonField<R>> fields,
      boolean bilingualHeadings) {
    this(columns, fields, bilingualHeadings, r -> "entry");
  }

  /** This layout with its HTML rows of the class {@code rowClass} gives a record. */
  public RowLayout<R> rowClass(Function<R, String> rowClass) {
    return new RowLayout<>(columns, fields, bilingualHeadings, rowClass);
  }

  /** The columns the terminal table shows: text and numbers in order, then the places. */
  public List<Column<R>> tableColumns() {
    List<Column<R>> firsts = columns.stream()
        .filter(c -> c.style().inTable() && c.style() != Style.PLACE).toList();
    List<Column<R>> places = columns.stream().filter(c -> c.style() == Style.PLACE).toList();
    return java.util.stream.Stream.concat(firsts.stream(), places.stream()).toList();
  }

  /** The columns CSV shows. */
  public List<Column<R>> csvColumns() {
    return columns.stream().filter(c -> c.style().inCsv()).toList();
  }

  /** The columns the HTML table shows. */
  public List<Column<R>> htmlColumns() {
    return columns.stream().filter(c -> c.style().inHtml()).toList();
  }

  /** CSV's header row. */
  public List<String> csvHeadings() {
    return csvColumns().stream().map(c -> bilingualHeadings ? c.bilingual() : c.id()).toList();
  }
}
