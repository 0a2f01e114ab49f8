package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.ScanSummary;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One JSON document, streamed: {@code {"findings": [...], "problems": [...], "summary": {...}}},
 * the findings and problems written by the shared JSON rows from the scan's layout.
 * Problems come during the scan but are listed after the findings, so they wait in a
 * {@link ProblemSpool} on disk: every one is listed, in bounded memory.
 */
final class JsonDocumentWriter implements FindingWriter {

  private final Medium medium;
  private final JsonGenerator json;
  private final RowWriter<ScanRow> findings;
  private final ProblemSpool problems;

  JsonDocumentWriter(RowLayout<ScanRow> layout, OutputStream out) {
    try {
      this.medium = Medium.of(RowFormat.JSON, out, true);
      this.json = medium.json();
      json.writeStartObject();
      json.writeArrayFieldStart("findings");
      this.findings = RowFormat.JSON.open(layout, medium);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.problems = new ProblemSpool(layout);
  }

  @Override
  public void write(FindingRecord record) throws IOException {
    findings.row(new ScanRow.Found(record));
  }

  @Override
  public void problem(Problem problem) throws IOException {
    problems.add(problem);
  }

  @Override
  public void finish(ScanSummary summary) throws IOException {
    findings.close();
    json.writeEndArray();
    json.writeArrayFieldStart("problems");
    problems.copyTo(json);
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", summary.files());
    json.writeNumberField("bytes", summary.bytes());
    json.writeNumberField("parts", summary.parts());
    json.writeNumberField("failedFiles", summary.failedFiles());
    json.writeNumberField("problems", summary.problems());
    json.writeNumberField("skipped", summary.skipped());
    json.writeNumberField("findings", summary.findings());
    json.writeObjectFieldStart("findingsByType");
    for (Map.Entry<FindingType, Long> e : summary.findingsByType().entrySet()) {
      if (e.getValue() > 0) {
        json.writeNumberField(e.getKey().name(), e.getValue());
      }
    }
    json.writeEndObject();
    json.writeNumberField("roleMailboxes", summary.roleMailboxes());
    if (summary.changes() != null) {
      json.writeObjectFieldStart("changes");
      json.writeNumberField("new", summary.changes().added());
      json.writeNumberField("changed", summary.changes().changed());
      json.writeNumberField("unchanged", summary.changes().unchanged());
      json.writeNumberField("removed", summary.changes().removed());
      json.writeNumberField("reread", summary.changes().reread());
      if (summary.changes().reread() > 0) {
        json.writeObjectFieldStart("rereadBecause");
        for (Map.Entry<String, Long> e : summary.changes().rereadBecause().entrySet()) {
          json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeNumberField("seconds", summary.elapsedNanos() / 1e9);
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  @Override
  public void close() throws IOException {
    try (ProblemSpool spool = problems) {
      medium.close();
    }
  }
}
