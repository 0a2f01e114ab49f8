package dev.shirabe.report.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.classify.Purpose;
import dev.shirabe.report.CsvOutput;
import dev.shirabe.report.HtmlFrame;
import dev.shirabe.report.JsonOutput;
import dev.shirabe.vocabulary.Handling;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The formats of {@code shirabe report}: each writes the ledger, the no-purpose report, the
 * retention report or the report of what could not be read, whole.
 * None carries a value found: reports hold counts, kinds and places only.
 */
public enum ReportFormat {
  /** Aligned columns for a terminal, ending with the totals. */
  TABLE,
  /** One JSON object per row, for tools (the totals are the rows' sums). */
  JSONL,
  /** The table for Excel: UTF-8 with a BOM, CRLF, headings in Japanese and English. */
  CSV,
  /** One self-contained HTML page: summary and table, headings in Japanese and English. */
  HTML;

  /** Writes the ledger to {@code out} (closed), times in {@code zone}. */
  public void write(Ledger ledger, OutputStream out, ZoneId zone) throws IOException {
    if (this == JSONL) {
      try (JsonGenerator json = jsonLines(out)) {
        for (LedgerEntry e : ledger.entries()) {
          json.writeStartObject();
          json.writeStringField("location", e.location());
          json.writeStringField("category", e.hasPurpose() ? e.category().id() : null);
          json.writeStringField("category_ja", e.hasPurpose() ? e.category().ja() : null);
          json.writeStringField("category_en", e.hasPurpose() ? e.category().en() : null);
          json.writeArrayFieldStart("purposes");
          for (Purpose p : e.purposes()) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("ja", p.ja());
            json.writeStringField("en", p.en());
            json.writeEndObject();
          }
          json.writeEndArray();
          counts(json, "types", e.types());
          json.writeNumberField("findings", e.findings());
          json.writeNumberField("people", e.people());
          json.writeNumberField("minors", e.minors());
          json.writeNumberField("files", e.files());
          json.writeNumberField("parts", e.parts());
          json.writeStringField("first_seen", iso(e.firstSeen(), zone));
          json.writeStringField("last_seen", iso(e.lastSeen(), zone));
          counts(json, "flags", e.flags());
          kinds(json, e.kinds());
          json.writeStringField("retention", e.retention().isEmpty() ? null : e.retention());
          handling(json, "sources", e.handling(Handling.SOURCE));
          handling(json, "contractors", e.handling(Handling.CONTRACTOR));
          handling(json, "joint_use", e.handling(Handling.JOINT_USE));
          handling(json, "provisions", e.handling(Handling.PROVISION));
          handling(json, "departments", e.handling(Handling.DEPARTMENT));
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    } else {
      write(Layouts.ledger(ledger, zone), out);
    }
  }

  /** Writes the no-purpose report to {@code out} (closed), times in {@code zone}. */
  public void write(UnpurposedReport report, OutputStream out, ZoneId zone) throws IOException {
    if (this == JSONL) {
      try (JsonGenerator json = jsonLines(out)) {
        for (UnpurposedEntry e : report.entries()) {
          json.writeStartObject();
          json.writeStringField("file", e.file());
          json.writeStringField("part", e.part());
          counts(json, "types", e.types());
          json.writeNumberField("findings", e.findings());
          json.writeNumberField("people", e.people());
          json.writeNumberField("minors", e.minors());
          counts(json, "flags", e.flags());
          kinds(json, e.kinds());
          json.writeStringField("last_seen", iso(e.lastSeen(), zone));
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    } else {
      write(Layouts.unpurposed(report, zone), out);
    }
  }

  /** Writes the data kept past its retention period to {@code out} (closed). */
  public void write(RetentionReport report, OutputStream out, ZoneId zone) throws IOException {
    if (this == JSONL) {
      try (JsonGenerator json = jsonLines(out)) {
        for (RetentionEntry e : report.entries()) {
          json.writeStartObject();
          json.writeStringField("location", e.location());
          json.writeStringField("category", e.category().id());
          json.writeStringField("category_ja", e.category().ja());
          json.writeStringField("category_en", e.category().en());
          json.writeArrayFieldStart("retention");
          for (String r : e.retentions()) {
            json.writeString(r);
          }
          json.writeEndArray();
          json.writeArrayFieldStart("from");
          for (RetentionReport.From f : new java.util.TreeSet<>(e.from())) {
            json.writeString(f.id());
          }
          json.writeEndArray();
          json.writeStringField("ended", e.ended() == null ? null : e.ended().toString());
          counts(json, "types", e.types());
          json.writeNumberField("findings", e.findings());
          json.writeNumberField("people", e.people());
          json.writeNumberField("files", e.files());
          json.writeStringField("last_seen", iso(e.lastSeen(), zone));
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    } else {
      write(Layouts.retention(report, zone), out);
    }
  }

  /** Writes the places the inventory could not look into to {@code out} (closed). */
  public void write(UnreadReport report, OutputStream out, ZoneId zone) throws IOException {
    if (this == JSONL) {
      try (JsonGenerator json = jsonLines(out)) {
        for (UnreadEntry e : report.entries()) {
          json.writeStartObject();
          json.writeStringField("status", e.status().id());
          json.writeStringField("file", e.file());
          json.writeStringField("part", e.part());
          json.writeStringField("reason", e.reason());
          json.writeStringField("last_scanned", iso(e.lastScanned(), zone));
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    } else {
      write(Layouts.unread(report, zone), out);
    }
  }

  /** Writes the ledger as the {@link #HTML} page inside {@code frame} (the local web page's). */
  public static void html(Ledger ledger, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.ledger(ledger, zone), out, frame);
  }

  /** Writes the no-purpose report as the {@link #HTML} page inside {@code frame}. */
  public static void html(UnpurposedReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.unpurposed(report, zone), out, frame);
  }

  /** Writes the data kept past its retention period as the {@link #HTML} page in {@code frame}. */
  public static void html(RetentionReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.retention(report, zone), out, frame);
  }

  /** Writes what could not be read as the {@link #HTML} page inside {@code frame}. */
  public static void html(UnreadReport report, OutputStream out, ZoneId zone, HtmlFrame frame)
      throws IOException {
    HTML.write(Layouts.unread(report, zone), out, frame);
  }

  private void write(Tabular table, OutputStream out) throws IOException {
    write(table, out, HtmlFrame.STANDALONE);
  }

  private void write(Tabular table, OutputStream out, HtmlFrame frame) throws IOException {
    switch (this) {
      case TABLE, HTML -> {
        try (PrintWriter w = new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))) {
          if (this == TABLE) {
            TableText.write(table, w);
          } else {
            HtmlPage.write(table, w, frame);
          }
          if (w.checkError()) {
            throw new IOException("the report could not be written");
          }
        }
      }
      case CSV -> {
        try (CsvOutput csv = new CsvOutput(out)) {
          List<String> heads = new ArrayList<>();
          table.columns().forEach(c -> heads.add(c.heading()));
          csv.row(heads);
          for (Tabular.Group g : table.groups()) {
            for (List<String> row : g.rows()) {
              csv.row(row);
            }
          }
        }
      }
      default -> throw new IllegalStateException(name());
    }
  }

  private static JsonGenerator jsonLines(OutputStream out) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    json.setRootValueSeparator(null);
    return json;
  }

  private static void counts(JsonGenerator json, String name, Map<String, Long> counts)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  /**
   * {@code [{"id": …, "ja": …, "en": …, "details": {"partners": …}, "findings": n}]}: the
   * details by their keys in the policy.
   */
  private static void handling(JsonGenerator json, String name, List<HandlingUse> uses)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (HandlingUse h : uses) {
      json.writeStartObject();
      json.writeStringField("id", h.label().id());
      json.writeStringField("ja", h.label().ja());
      json.writeStringField("en", h.label().en());
      json.writeObjectFieldStart("details");
      for (HandlingUse.Detail d : h.details()) {
        json.writeStringField(d.key(), d.value());
      }
      json.writeEndObject();
      json.writeNumberField("findings", h.findings());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void kinds(JsonGenerator json, List<Label> kinds) throws IOException {
    json.writeArrayFieldStart("kinds");
    for (Label k : kinds) {
      json.writeString(k.id());
    }
    json.writeEndArray();
  }

  private static String iso(Instant t, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(zone));
  }
}
