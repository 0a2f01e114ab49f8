package dev.shirabe.report.ledger;

import java.util.List;

/**
 * A report laid out as one table, what the table, CSV and HTML forms are written from: a title
 * and a summary in Japanese and English, columns, and rows in groups. Cells are text as shown
 * (counts already formatted, what came from files escaped by {@code SafeText}); a cell may hold
 * several lines, joined by {@code \n}, its only control character. Immutable.
 *
 * @param titleJa the Japanese title
 * @param titleEn the English title
 * @param generated when the report was made, as shown
 * @param summary the report's totals
 * @param columns the table's columns
 * @param groups row groups in order (a group's title is empty when the report has one group)
 * @param legends what the ids and labels in the rows stand for, told once (the purposes, the
 *     joint uses …): the HTML page shows them under the table instead of repeating them per
 *     row
 */
record Tabular(String titleJa, String titleEn, String generated, List<Line> summary,
    List<Column> columns, List<Group> groups, List<Legend> legends) {

  Tabular {
    summary = List.copyOf(summary);
    columns = List.copyOf(columns);
    groups = List.copyOf(groups);
    legends = List.copyOf(legends);
  }

  /** A table with no legend. */
  Tabular(String titleJa, String titleEn, String generated, List<Line> summary,
      List<Column> columns, List<Group> groups) {
    this(titleJa, titleEn, generated, summary, columns, groups, List.of());
  }

  /**
   * A legend: under a heading in both languages, what each name in the rows stands for.
   *
   * @param id what the legend explains, as the column's id ({@code purposes})
   */
  record Legend(String id, String ja, String en, List<Term> terms) {

    Legend {
      terms = List.copyOf(terms);
    }
  }

  /** A name as the rows show it and what it stands for (lines joined by {@code \n}). */
  record Term(String name, String text) {}

  /** A summary line: a label in both languages and its value. */
  record Line(String ja, String en, String value) {}

  /** How a column is shown. */
  enum Style {
    /** Text, left-aligned. */
    TEXT,
    /** A count, right-aligned. */
    NUMBER,
    /**
     * A path (or a reason, read whole): last in the terminal table, where its length does not
     * push the rest apart; the last such column is never cut there.
     */
    PLACE,
    /** In CSV and HTML only: an id whose label the terminal table shows, a long text. */
    DETAIL,
    /**
     * Text in the terminal table and CSV that the HTML page tells once, in a legend under the
     * table, instead of in every row (the purposes' texts).
     */
    LEGEND,
    /**
     * In CSV only: an id whose label another column shows (the category's), left out of the
     * terminal table and of the HTML page, which must fit a 1280-px window.
     */
    CSV_ONLY
  }

  /**
   * A column.
   *
   * @param id the column's id (the JSON field of the same content)
   * @param ja its Japanese heading
   * @param en its English heading
   */
  record Column(String id, String ja, String en, Style style) {

    /** The heading as CSV shows it: {@code 所在 (Location)}. */
    String heading() {
      return ja + " (" + en + ")";
    }
  }

  /**
   * Rows under a title in both languages; each row has one cell per column.
   *
   * @param attention the group is what the reader must act on (data with no stated purpose)
   */
  record Group(String ja, String en, boolean attention, List<List<String>> rows) {

    Group {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  int rowCount() {
    return groups.stream().mapToInt(g -> g.rows().size()).sum();
  }
}
