package dev.shirabe.report.rows;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.report.CsvOutput;
import dev.shirabe.report.JsonOutput;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The stream a command's output goes to, in the form its format writes: text (the terminal
 * table, HTML), CSV ({@link CsvOutput}: UTF-8 with a BOM, CRLF, no formulas) or a JSON
 * generator ({@link JsonOutput}). The page around the rows writes on the same medium as its
 * {@link RowWriter}, so that both go through one buffer, in order.
 */
public final class Medium implements Closeable {

  private final PrintWriter text;
  private final CsvOutput csv;
  private final JsonGenerator json;

  private Medium(PrintWriter text, CsvOutput csv, JsonGenerator json) {
    this.text = text;
    this.csv = csv;
    this.json = json;
  }

  /**
   * The medium {@code format} writes on, over {@code out}.
   *
   * @param closeStream whether {@link #close()} closes {@code out} too
   */
  public static Medium of(RowFormat format, OutputStream out, boolean closeStream)
      throws IOException {
    OutputStream target = closeStream ? out : new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
    return switch (format) {
      case TABLE, HTML -> new Medium(new PrintWriter(new BufferedWriter(
          new OutputStreamWriter(target, StandardCharsets.UTF_8))), null, null);
      case CSV -> new Medium(null, new CsvOutput(target), null);
      case JSONL -> {
        JsonGenerator g = JsonOutput.generator(target);
        g.setRootValueSeparator(null);
        yield new Medium(null, null, g);
      }
      case JSON -> new Medium(null, null, JsonOutput.generator(target).useDefaultPrettyPrinter());
    };
  }

  /** The text the table and HTML formats write on. */
  public PrintWriter text() {
    return require(text, "text");
  }

  public CsvOutput csv() {
    return require(csv, "CSV");
  }

  public JsonGenerator json() {
    return require(json, "JSON");
  }

  private static <T> T require(T medium, String what) {
    if (medium == null) {
      throw new IllegalStateException("not a " + what + " format");
    }
    return medium;
  }

  public void flush() throws IOException {
    if (text != null) {
      text.flush();
    } else if (csv != null) {
      csv.flush();
    } else {
      json.flush();
    }
  }

  /**
   * Whether text could not be written (a {@link PrintWriter} keeps its errors): a report
   * written whole says so; a scan's table piped into {@code head} goes on quietly.
   */
  public boolean failed() {
    return text != null && text.checkError();
  }

  @Override
  public void close() throws IOException {
    if (text != null) {
      text.close();
    } else if (csv != null) {
      csv.close();
    } else {
      json.close();
    }
  }
}
