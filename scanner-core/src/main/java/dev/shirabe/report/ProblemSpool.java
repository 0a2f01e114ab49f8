package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Problem records kept on disk until a document that lists them after its findings is
 * finished: a scan of a hostile share may meet millions, and none may be dropped. The file is
 * made only when the first problem comes, owner-only (what {@link Files#createTempFile} makes
 * on POSIX; file names can be personal data), and deleted on close.
 */
final class ProblemSpool implements Closeable {

  private final JsonFactory factory = new JsonFactory();
  private final RowLayout<ScanRow> layout;
  private Path file;
  private Medium out;
  private RowWriter<ScanRow> rows;

  /** A spool of problems written as {@code layout} writes them (JSON Lines). */
  ProblemSpool(RowLayout<ScanRow> layout) {
    this.layout = layout;
  }

  void add(Problem problem) throws IOException {
    if (out == null) {
      file = Files.createTempFile("shirabe-problems-", ".jsonl");
      out = Medium.of(RowFormat.JSONL, Files.newOutputStream(file), true);
      rows = RowFormat.JSONL.open(layout, out);
    }
    rows.row(new ScanRow.Unread(problem));
  }

  /** Writes every problem added, in order, as elements of the array {@code json} is in. */
  void copyTo(JsonGenerator json) throws IOException {
    if (out == null) {
      return;
    }
    rows.close();
    try (JsonParser in = factory.createParser(file.toFile())) {
      while (in.nextToken() == JsonToken.START_OBJECT) {
        json.copyCurrentStructure(in);
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (out == null) {
      return;
    }
    try {
      out.close();
    } finally {
      Files.deleteIfExists(file);
      out = null;
    }
  }
}
