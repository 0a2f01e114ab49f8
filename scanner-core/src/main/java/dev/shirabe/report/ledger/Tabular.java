package dev.shirabe.report.ledger;

import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import java.io.IOException;
import java.util.List;

/**
 * A report as a page around its rows, what every format writes it from: a title and a summary
 * in Japanese and English, the rows' layout, and the rows in groups. Immutable.
 *
 * @param titleJa the Japanese title
 * @param titleEn the English title
 * @param generated when the report was made, as shown
 * @param summary the report's totals
 * @param layout what a row shows, in every format
 * @param records the rows in the report's order (what JSON Lines lists, one a line)
 * @param groups the rows in groups, in order (a group's title is empty when the report has
 *     one group): what the table, CSV and HTML show
 * @param legends what the ids and labels in the rows stand for, told once (the purposes, the
 *     joint uses …): the HTML page shows them under the table instead of repeating them per
 *     row
 */
record Tabular<R>(String titleJa, String titleEn, String generated, List<Line> summary,
    RowLayout<R> layout, List<R> records, List<Group<R>> groups, List<Legend> legends) {

  Tabular {
    summary = List.copyOf(summary);
    records = List.copyOf(records);
    groups = List.copyOf(groups);
    legends = List.copyOf(legends);
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

  /**
   * Rows under a title in both languages.
   *
   * @param attention the group is what the reader must act on (data with no stated purpose)
   */
  record Group<R>(String ja, String en, boolean attention, List<R> rows) {

    Group {
      rows = List.copyOf(rows);
    }
  }

  /** Writes the rows, group by group, through {@code rows} (one format's shared writer). */
  void writeGroups(RowWriter<R> rows) throws IOException {
    for (Group<R> g : groups) {
      rows.group(g.ja(), g.en(), g.attention());
      for (R r : g.rows()) {
        rows.row(r);
      }
    }
  }

  int rowCount() {
    return groups.stream().mapToInt(g -> g.rows().size()).sum();
  }
}
