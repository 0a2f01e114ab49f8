package dev.shirabe.detect;

import java.util.Arrays;

/**
 * The tables in a text as Tika writes them (spreadsheets, CSV, tables in documents and
 * HTML): one row a line, each cell after a tab. In a customer list the label of a number is
 * not next to it but at the head of its column ("FAX番号", "受注番号"); this class finds that
 * head. A table is a run of consecutive lines that hold a tab; its first line is the header.
 *
 * <p>Built once per text, in one pass, and only when a detector first asks.
 */
final class TableLayout {

  private final String text;
  /** Start offset of each line, ascending. */
  private final int[] lineStarts;
  /** For each line, the line that heads its table, or -1 when the line holds no tab. */
  private final int[] headerLine;

  TableLayout(String text) {
    this.text = text;
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    lineStarts = new int[lines];
    headerLine = new int[lines];
    int line = 0;
    int start = 0;
    int header = -1;
    boolean hasTab = false;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) == '\t') {
        hasTab = true;
      } else if (i == text.length() || text.charAt(i) == '\n') {
        lineStarts[line] = start;
        header = hasTab ? (header < 0 ? line : header) : -1;
        hasTab = false;
        headerLine[line] = header;
        line++;
        start = i + 1;
      }
    }
  }

  /**
   * The text of the header cell of the column that holds {@code offset}, or the empty string
   * when the offset is not in a table's body.
   */
  String columnHeader(int offset) {
    int line = lineOf(offset);
    int header = headerLine[line];
    if (header < 0 || header == line) {
      return "";
    }
    int column = tabsBetween(lineStarts[line], offset);
    return cell(header, column);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  private int tabsBetween(int from, int to) {
    int tabs = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\t') {
        tabs++;
      }
    }
    return tabs;
  }

  private String cell(int line, int column) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    int start = lineStarts[line];
    for (int tabs = 0; tabs < column; tabs++) {
      int tab = text.indexOf('\t', start);
      if (tab < 0 || tab >= end) {
        return "";
      }
      start = tab + 1;
    }
    int tab = text.indexOf('\t', start);
    int cellEnd = tab >= 0 && tab < end ? tab : end;
    return text.substring(start, cellEnd).strip();
  }
}
