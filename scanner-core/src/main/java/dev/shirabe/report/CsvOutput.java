package dev.shirabe.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV as Excel reads it right: UTF-8 with a byte-order mark (without it Excel reads
 * the file as CP932 or Latin-1 and Japanese turns to mojibake), CRLF line ends, and cells that
 * Excel would run as formulas defused. What every CSV that Shirabe writes goes through.
 */
public final class CsvOutput implements Closeable {

  private final Writer out;

  /** Starts the CSV on {@code stream} (closed with this) by writing the byte-order mark. */
  public CsvOutput(OutputStream stream) throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    out.write('\uFEFF');
  }

  /** Writes one row, each cell quoted as needed, ended by CRLF. */
  public void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  /** One cell as written: quoted when it holds a comma, quote or line break, or a formula. */
  public static String quote(String cell) {
    boolean plain = true;
    for (int i = 0; i < cell.length() && plain; i++) {
      char c = cell.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    boolean formula = looksLikeFormula(cell);
    if (plain && !formula) {
      return cell;
    }
    return "\"" + (formula ? "'" : "") + cell.replace("\"", "\"\"") + "\"";
  }

  /**
   * A cell that Excel would run as a formula (CSV injection through a crafted file name):
   * a leading = or @, or + or - not followed by a digit ("+81…" phone numbers stay as they are).
   */
  static boolean looksLikeFormula(String cell) {
    if (cell.isEmpty()) {
      return false;
    }
    char first = cell.charAt(0);
    if (first == '=' || first == '@') {
      return true;
    }
    boolean sign = first == '+' || first == '-';
    return sign && (cell.length() == 1 || !Character.isDigit(cell.charAt(1)));
  }

  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
