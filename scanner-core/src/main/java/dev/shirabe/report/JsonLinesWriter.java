package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One finding record per line (the contract format), and one problem record per file failed,
 * read in part or skipped, written as the scan meets it (see {@link RecordFields#writeProblem}).
 * No summary: a tool counts the lines.
 */
final class JsonLinesWriter implements FindingWriter {

  private final JsonGenerator json;
  private final boolean reveal;

  JsonLinesWriter(OutputStream out, boolean reveal) {
    try {
      this.json = JsonOutput.generator(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    json.setRootValueSeparator(null);
    this.reveal = reveal;
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    RecordFields.writeJson(json, record, reveal);
    json.writeRaw('\n');
  }

  @Override
  public void problem(Problem problem) throws IOException {
    RecordFields.writeProblem(json, problem);
    json.writeRaw('\n');
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
