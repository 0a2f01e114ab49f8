package dev.shirabe.detect;

import java.util.Arrays;

/**
 * The tables in a text: Tika writes spreadsheets, tables in documents and most CSV files as
 * one row a line with a tab before each cell; a CSV that Tika's sniffer does not take for one
 * (a short file, a mail attachment sent as another type) stays comma-separated. In a customer
 * list the label of a number is not next to it but at the head of its column ("FAX番号",
 * "受注番号"); this class finds that head.
 *
 * <p>A table is a run of consecutive rows: lines holding a tab, or lines with the same number
 * of commas outside quotes (two or more, and at least two such lines, so that prose with
 * commas is not taken for a table). Its first line is the header. Tika starts every row of a
 * tab table with a tab, so a line that does not is the rest of a cell that holds a line break
 * ("中村⏎悠真"), and its cells continue the row above.
 *
 * <p>Built once per text, in one pass.
 */
public final class TableLayout {

  private final String text;
  /** Start offset of each line, ascending. */
  private final int[] lineStarts;
  /** For each line, the line that heads its table, or -1 when the line is in no table. */
  private final int[] headerLine;
  /** For each line, the char that separates its cells: tab, comma, or 0 (no table). */
  private final char[] separator;
  /** For each line of a tab table, the index of the cell it starts in. */
  private final int[] cellAtStart;
  /** For each line in a table, the first line of its row (itself unless it continues a cell). */
  private final int[] rowLine;

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
    separator = new char[lines];
    cellAtStart = new int[lines];
    rowLine = new int[lines];
    int[] commas = new int[lines];
    int[] tabs = new int[lines];
    int line = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        lineStarts[line++] = start;
        start = i + 1;
        quoted = false;
      } else if (c == '\t') {
        tabs[line]++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted && !isThousandsSeparator(i)) {
        commas[line]++;
      }
    }
    // A line that continues a cell: it does not start a row, and a tab row comes before it.
    boolean[] continues = new boolean[lines];
    for (int l = lines - 1; l > 0; l--) {
      boolean startsRow = lineStarts[l] < text.length() && text.charAt(lineStarts[l]) == '\t';
      boolean tabLater = tabs[l] > 0 || (l + 1 < lines && continues[l + 1]);
      continues[l] = !startsRow && tabLater;
    }
    for (int l = 0; l < lines; l++) {
      boolean inTabTable = l > 0 && separator[l - 1] == '\t';
      if (tabs[l] > 0 || (inTabTable && continues[l])) {
        separator[l] = '\t';
        boolean rest = inTabTable && continues[l];
        headerLine[l] = inTabTable ? headerLine[l - 1] : l;
        cellAtStart[l] = rest ? cellAtStart[l - 1] + tabs[l - 1] : 0;
        rowLine[l] = rest ? rowLine[l - 1] : l;
      } else if (commas[l] >= 2 && sameCommas(commas, l)) {
        separator[l] = ',';
        boolean sameTable = l > 0 && separator[l - 1] == ',' && commas[l - 1] == commas[l];
        headerLine[l] = sameTable ? headerLine[l - 1] : l;
        rowLine[l] = l;
      } else {
        headerLine[l] = -1;
      }
    }
  }

  /**
   * A comma inside an amount written unquoted ("3,200,000円"), as some exports do: a digit
   * before it, exactly three after, and then no digit nor a char that continues a phone
   * number, date or time ("…0402,090-5555-…" is two cells). Not a cell boundary.
   */
  private boolean isThousandsSeparator(int i) {
    if (i == 0 || !isDigit(text.charAt(i - 1))) {
      return false;
    }
    for (int k = 1; k <= 3; k++) {
      if (i + k >= text.length() || !isDigit(text.charAt(i + k))) {
        return false;
      }
    }
    if (i + 4 >= text.length()) {
      return true;
    }
    char next = text.charAt(i + 4);
    return !isDigit(next) && "-/.:".indexOf(next) < 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The text with the commas that separate cells in comma-separated rows replaced by tabs
   * (same length); the text itself when it has none.
   */
  String withCellsSeparatedByTabs(String same) {
    char[] chars = null;
    for (int line = 0; line < lineStarts.length; line++) {
      if (separator[line] != ',') {
        continue;
      }
      int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
      boolean quoted = false;
      for (int i = lineStarts[line]; i < end; i++) {
        char c = text.charAt(i);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted && !isThousandsSeparator(i)) {
          if (chars == null) {
            chars = same.toCharArray();
          }
          chars[i] = '\t';
        }
      }
    }
    return chars == null ? same : new String(chars);
  }

  /** A comma row belongs to a table when a neighbouring line has as many commas. */
  private static boolean sameCommas(int[] commas, int l) {
    return (l > 0 && commas[l - 1] == commas[l])
        || (l + 1 < commas.length && commas[l + 1] == commas[l]);
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
    return cell(header, cellAtStart[line] + cellIndex(line, offset), separator[line]);
  }

  /**
   * Where a table cell lies: its table (named by the table's first line), its row (the row's
   * first line) and its column, counted from 0.
   */
  public record Cell(int table, int row, int column) {}

  /**
   * The cell that holds {@code offset}, in the header row too (a CSV export may have none: its
   * first line is data), or null when the offset is in no table.
   */
  public Cell cellAt(int offset) {
    int line = lineOf(offset);
    int table = headerLine[line];
    if (table < 0) {
      return null;
    }
    return new Cell(table, rowLine[line], cellAtStart[line] + cellIndex(line, offset));
  }

  /** The offset where a row ends: the start of the next row's line break, or the text's end. */
  public int rowEnd(int row) {
    int next = row + 1;
    while (next < lineStarts.length && headerLine[next] == headerLine[row] && rowLine[next] == row) {
      next++;
    }
    return next < lineStarts.length ? lineStarts[next] - 1 : text.length();
  }

  /** The offset where a row starts. */
  public int rowStart(int row) {
    return lineStarts[row];
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** How many separators (outside quotes) stand between the line's start and the offset. */
  private int cellIndex(int line, int offset) {
    char sep = separator[line];
    int cells = 0;
    boolean quoted = false;
    for (int i = lineStarts[line]; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '"' && sep == ',') {
        quoted = !quoted;
      } else if (c == sep && !quoted && !(sep == ',' && isThousandsSeparator(i))) {
        cells++;
      }
    }
    return cells;
  }

  private String cell(int line, int column, char sep) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    int cells = 0;
    int cellStart = lineStarts[line];
    boolean quoted = false;
    for (int i = lineStarts[line]; i <= end; i++) {
      char c = i < end ? text.charAt(i) : sep;
      if (c == '"' && sep == ',') {
        quoted = !quoted;
      } else if (c == sep && !quoted && !(sep == ',' && i < end && isThousandsSeparator(i))) {
        if (cells == column) {
          return text.substring(cellStart, i).replace("\"", "").strip();
        }
        cells++;
        cellStart = i + 1;
      }
    }
    return "";
  }
}
