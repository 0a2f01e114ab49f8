package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Handling;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a finding record in their contract order, shared by the JSON and CSV writers
 * so that both say the same thing. Raw values ({@code text}, {@code normalized}) are present
 * only when revealing. {@code signals} and {@code flags} come last: the classification's
 * reasons and what needs attention, then in JSON the handling the policy states for it
 * (joint use, contractors, provisions, sources, department), present only when it states some; in CSV, lists are joined with {@code ;}, every cell is
 * escaped ({@link SafeText}), and the last two columns ({@code problem}, {@code reason}) are
 * filled only in a problem's row.
 */
final class RecordFields {

  static final List<String> CSV_HEADER =
      List.of("file", "part", "type", "subtype", "text", "masked", "normalized", "start", "end",
          "confidence", "detector", "category", "purposes", "lang", "signals", "flags",
          "problem", "reason");

  private RecordFields() {}

  static void writeJson(JsonGenerator json, FindingRecord record, boolean reveal)
      throws IOException {
    Finding f = record.finding();
    json.writeStartObject();
    json.writeStringField("file", record.file());
    json.writeStringField("part", record.part());
    json.writeStringField("type", f.type().name());
    if (f.subtype() != null) {
      json.writeStringField("subtype", f.subtype());
    }
    if (reveal) {
      json.writeStringField("text", f.text());
    }
    json.writeStringField("masked", record.masked());
    if (reveal) {
      json.writeStringField("normalized", f.normalized());
    }
    json.writeNumberField("start", f.start());
    json.writeNumberField("end", f.end());
    json.writeNumberField("confidence", round(f.confidence()));
    json.writeStringField("detector", f.detector());
    json.writeStringField("category", record.category());
    array(json, "purposes", record.purposes());
    json.writeStringField("lang", record.lang());
    array(json, "signals", record.classification().signals());
    array(json, "flags", record.classification().flags());
    handling(json, record.classification().handling());
    json.writeEndObject();
  }

  /**
   * The handling the policy states for the finding, each field only when it has one (ids of
   * the policy's handling sections): {@code joint_use}, {@code contractors}, {@code
   * provisions}, {@code sources} (arrays) and {@code department} (a string).
   */
  private static void handling(JsonGenerator json, Handling h) throws IOException {
    if (h.isNone()) {
      return;
    }
    if (!h.jointUse().isEmpty()) {
      array(json, "joint_use", h.jointUse());
    }
    if (!h.contractors().isEmpty()) {
      array(json, "contractors", h.contractors());
    }
    if (!h.provisions().isEmpty()) {
      array(json, "provisions", h.provisions());
    }
    if (!h.sources().isEmpty()) {
      array(json, "sources", h.sources());
    }
    if (h.department() != null) {
      json.writeStringField("department", h.department());
    }
  }

  /**
   * A problem as its own record, told from a finding by its {@code record} field:
   * {@code {"record":"problem","status":"failed"|"partial"|"skipped","file":…,"part":…,
   * "reason":…}}. Tools rely on this shape.
   */
  static void writeProblem(JsonGenerator json, Problem problem) throws IOException {
    json.writeStartObject();
    json.writeStringField("record", "problem");
    json.writeStringField("status", problem.status().label());
    json.writeStringField("file", problem.file());
    json.writeStringField("part", problem.part());
    json.writeStringField("reason", problem.reason());
    json.writeEndObject();
  }

  private static void array(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static List<String> csvRow(FindingRecord record, boolean reveal) {
    Finding f = record.finding();
    List<String> row = new ArrayList<>(CSV_HEADER.size());
    row.add(record.file());
    row.add(record.part());
    row.add(f.type().name());
    row.add(f.subtype() == null ? "" : f.subtype());
    row.add(reveal ? f.text() : "");
    row.add(record.masked());
    row.add(reveal ? f.normalized() : "");
    row.add(Integer.toString(f.start()));
    row.add(Integer.toString(f.end()));
    row.add(Double.toString(round(f.confidence())));
    row.add(f.detector());
    row.add(record.category() == null ? "" : record.category());
    row.add(String.join(";", record.purposes()));
    row.add(record.lang() == null ? "" : record.lang());
    row.add(String.join(";", record.classification().signals()));
    row.add(String.join(";", record.classification().flags()));
    row.add("");
    row.add("");
    // A CSV is opened in Excel or paged in a terminal: control characters of a file's or
    // member's name (or a revealed value) are shown escaped, and a newline cannot add a row.
    row.replaceAll(SafeText::escape);
    return row;
  }

  /**
   * A problem as a CSV row: its file and part, {@code problem} (failed, partial, skipped) and
   * {@code reason}; the finding columns empty. One sheet, so a filter on {@code problem} shows
   * what the scan could not read.
   */
  static List<String> csvRow(Problem problem) {
    List<String> row = new ArrayList<>(CSV_HEADER.size());
    row.add(problem.file());
    row.add(problem.part());
    while (row.size() < CSV_HEADER.size() - 2) {
      row.add("");
    }
    row.add(problem.status().label());
    row.add(problem.reason());
    row.replaceAll(SafeText::escape);
    return row;
  }

  static double round(double confidence) {
    return Math.round(confidence * 1000) / 1000.0;
  }
}
