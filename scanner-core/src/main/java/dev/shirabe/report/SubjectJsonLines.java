package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/**
 * One JSON object per place per line: {@code file}, {@code part}, {@code types},
 * {@code categories}, {@code purposes}, {@code links} (each with {@code kind}, {@code match},
 * {@code masked}, for a correlated one {@code via}, {@code viaMasked}, {@code foundIn}, and
 * {@code how} in words) and {@code findings} (as the scan's records, masked; {@code excerpt}
 * only revealed and kept).
 */
final class SubjectJsonLines {

  private SubjectJsonLines() {}

  static void write(SubjectReport report, OutputStream out, boolean reveal) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    for (Place place : report.places()) {
      json.writeStartObject();
      json.writeStringField("file", place.file());
      json.writeStringField("part", place.part());
      strings(json, "types", place.types());
      strings(json, "categories", place.categories());
      strings(json, "purposes", place.purposes());
      json.writeArrayFieldStart("links");
      for (Link link : place.links()) {
        json.writeStartObject();
        json.writeStringField("kind", link.kind());
        json.writeStringField("match", link.match());
        json.writeStringField("masked", link.masked());
        if (link.correlated()) {
          json.writeStringField("via", link.via());
          json.writeStringField("viaMasked", link.viaMasked());
          json.writeStringField("foundIn", link.foundIn());
        }
        json.writeStringField("how", link.describe());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("findings");
      for (StoredFinding f : place.findings()) {
        finding(json, f, reveal);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    json.flush();
  }

  private static void finding(JsonGenerator json, StoredFinding f, boolean reveal) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", f.type());
    if (f.subtype() != null) {
      json.writeStringField("subtype", f.subtype());
    }
    json.writeStringField("masked", f.masked());
    String excerpt = SubjectTexts.excerpt(f, reveal);
    if (excerpt != null) {
      json.writeStringField("excerpt", excerpt);
    }
    json.writeNumberField("start", f.start());
    json.writeNumberField("end", f.end());
    json.writeNumberField("confidence", f.confidence());
    json.writeStringField("detector", f.detector());
    json.writeStringField("category", f.category());
    strings(json, "purposes", f.purposes());
    json.writeStringField("lang", f.lang());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, Collection<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }
}
