package dev.shirabe.report;

import dev.shirabe.pipeline.FindingRecord;
import dev.shirabe.pipeline.ScanSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark: without it Excel reads the file as CP932 or
 * Latin-1 and Japanese turns to mojibake.
 */
final class CsvWriter implements FindingWriter {

  private final Writer out;
  private final boolean reveal;

  CsvWriter(OutputStream stream, boolean reveal) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    this.reveal = reveal;
    try {
      out.write('\uFEFF');
      row(RecordFields.CSV_HEADER);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    row(RecordFields.csvRow(record, reveal));
  }

  private void row(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String quote(String cell) {
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

  @Override
  public void finish(ScanSummary summary, List<Problem> problems, long left) throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
