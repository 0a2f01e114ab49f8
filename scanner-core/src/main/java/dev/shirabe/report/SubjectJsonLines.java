package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseLog;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/**
 * One JSON object per place per line: {@code file}, {@code part}, {@code types},
 * {@code categories}, {@code purposes}, {@code links} (each with {@code kind}, {@code match},
 * {@code masked}, for a correlated one {@code via}, {@code viaMasked}, {@code foundIn}, and
 * {@code how} in words) and {@code findings} (as the scan's records, masked; {@code excerpt}
 * only revealed and kept). With {@code --case}, each line starts with {@code case} and
 * {@code generated} (ISO 8601 with the offset of {@code --zone}), and what became of the places
 * earlier runs of the case listed follows, a line each with {@code status} ({@code deleted},
 * {@code missing}, {@code changed}, {@code unchanged}). Each place has its {@code id}; with
 * {@code --reveal}, each finding its {@code value} read again from the file, or the place its
 * {@code valuesNotShown} reason.
 */
final class SubjectJsonLines {

  private SubjectJsonLines() {}

  static void write(SubjectReport report, OutputStream out, boolean reveal, CaseView view)
      throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    String generated = CaseLog.time(report.generated().atZone(view.zone()).toOffsetDateTime());
    for (int i = 0; i < report.places().size(); i++) {
      Place place = report.places().get(i);
      json.writeStartObject();
      caseFields(json, view, generated);
      if (view.placeId(i) != null) {
        json.writeStringField("id", view.placeId(i));
      }
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
      RevealedValues.Revealed revealed = view.revealed(i);
      if (revealed != null && revealed.state() != RevealedValues.State.READ) {
        json.writeStringField("valuesNotShown", revealed.state().reason());
      }
      json.writeArrayFieldStart("findings");
      for (int j = 0; j < place.findings().size(); j++) {
        finding(json, place.findings().get(j), reveal, revealed == null ? null : revealed.value(j));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    for (PlaceChange c : view.since()) {
      json.writeStartObject();
      caseFields(json, view, generated);
      json.writeStringField("status", c.status().label());
      json.writeStringField("id", c.place().id());
      json.writeStringField("file", dev.shirabe.source.PathIdentity.display(c.place().file()));
      json.writeStringField("part", c.place().part());
      json.writeStringField("listed", c.listed());
      json.writeNumberField("items", c.place().items().size());
      json.writeNumberField("remaining", c.remaining());
      json.writeStringField("how", c.describe());
      json.writeEndObject();
      json.writeRaw('\n');
    }
    json.flush();
  }

  private static void caseFields(JsonGenerator json, CaseView view, String generated)
      throws IOException {
    if (view.isCase()) {
      json.writeStringField("case", view.caseId());
      json.writeStringField("generated", generated);
    }
  }

  private static void finding(JsonGenerator json, StoredFinding f, boolean reveal, String value)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("type", f.type());
    if (f.subtype() != null) {
      json.writeStringField("subtype", f.subtype());
    }
    json.writeStringField("masked", f.masked());
    if (value != null) {
      json.writeStringField("value", value);
    }
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
