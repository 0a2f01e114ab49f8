package dev.shirabe.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.report.rows.Column;
import dev.shirabe.report.rows.JsonField;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.Style;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.cases.CaseLog;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import dev.shirabe.source.PathIdentity;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The subject report's layouts, what its formats write their rows from: a place (JSON Lines: a
 * line each), a finding at a place (the table's lines under each place), and what became of a
 * place an earlier run of the case listed (a line each in JSON Lines and the table).
 */
final class SubjectRows {

  private SubjectRows() {}

  /** A place with its number in the report (its id and values read again are by number). */
  record PlaceRow(int index, Place place) {}

  /** A finding at a place, with the value read again for {@code --reveal}, or null. */
  record FindingRow(StoredFinding finding, String value) {}

  /**
   * A place as JSON: {@code file}, {@code part}, {@code types}, {@code categories}, {@code
   * purposes}, {@code links} (each with {@code kind}, {@code match}, {@code masked}, for a
   * correlated one {@code via}, {@code viaMasked}, {@code foundIn}, and {@code how} in words)
   * and {@code findings} (as the scan's records, masked; {@code excerpt} only revealed and
   * kept). In a case, {@code case} and {@code generated} first (ISO 8601 with the offset of
   * {@code --zone}). Each place has its {@code id}; with {@code --reveal}, each finding its
   * {@code value} read again from the file, or the place its {@code valuesNotShown} reason.
   */
  static RowLayout<PlaceRow> places(CaseView view, boolean reveal, String generated) {
    return new RowLayout<>(List.of(), List.of(
        caseFields(view, generated),
        JsonField.<PlaceRow>string("id", r -> view.placeId(r.index()))
            .when(r -> view.placeId(r.index()) != null),
        JsonField.string("file", r -> r.place().file()),
        JsonField.string("part", r -> r.place().part()),
        JsonField.strings("types", r -> r.place().types()),
        JsonField.strings("categories", r -> r.place().categories()),
        JsonField.strings("purposes", r -> r.place().purposes()),
        (json, r) -> {
          json.writeArrayFieldStart("links");
          for (Link link : r.place().links()) {
            link(json, link);
          }
          json.writeEndArray();
        },
        JsonField.<PlaceRow>string("valuesNotShown",
            r -> view.revealed(r.index()).state().reason())
            .when(r -> view.revealed(r.index()) != null
                && view.revealed(r.index()).state() != RevealedValues.State.READ),
        (json, r) -> {
          RevealedValues.Revealed revealed = view.revealed(r.index());
          json.writeArrayFieldStart("findings");
          for (int j = 0; j < r.place().findings().size(); j++) {
            finding(json, r.place().findings().get(j), reveal,
                revealed == null ? null : revealed.value(j));
          }
          json.writeEndArray();
        }), false);
  }

  /**
   * What became of a place an earlier run listed: {@code status} ({@code deleted}, {@code
   * missing}, {@code changed}, {@code unchanged}), its id, file and part, when it was listed,
   * its items then and those remaining, and {@code how} in words. In the table: the status,
   * then the place and its story.
   */
  static RowLayout<PlaceChange> changes(CaseView view, String generated) {
    return new RowLayout<>(List.of(
        // No headings: lines under the page's own heading.
        Column.<PlaceChange>of("status", "", "", Style.TABLE_ONLY,
            c -> "  " + c.status().label()).width(12, 0),
        Column.of("place", "", "", Style.TABLE_ONLY,
            c -> "[" + c.place().id() + "] " + SafeText.escape(c.place().label()) + " (listed "
                + SubjectTexts.time(c.listed(), view.zone()) + "): " + c.describe())),
        List.of(
            caseFields(view, generated),
            JsonField.string("status", c -> c.status().label()),
            JsonField.string("id", c -> c.place().id()),
            JsonField.string("file", c -> PathIdentity.display(c.place().file())),
            JsonField.string("part", c -> c.place().part()),
            JsonField.string("listed", PlaceChange::listed),
            JsonField.number("items", c -> c.place().items().size()),
            JsonField.number("remaining", PlaceChange::remaining),
            JsonField.string("how", PlaceChange::describe)),
        false);
  }

  /**
   * A finding at a place as the table shows it, under the place: its type, its value (masked,
   * or read again), its category and purposes by the policy's labels (JSON Lines has the ids).
   * The first column carries the indent under the place's line.
   */
  static RowLayout<FindingRow> findings(Policy labels) {
    return new RowLayout<>(List.of(
        // No headings: lines under each place's.
        Column.<FindingRow>of("type", "", "", Style.TABLE_ONLY,
            r -> "    " + r.finding().type()).width(18, 0),
        Column.<FindingRow>of("value", "", "", Style.TABLE_ONLY,
            r -> SafeText.escape(r.value() != null ? r.value() : r.finding().masked()))
            .width(28, 0),
        Column.of("category", "", "", Style.TABLE_ONLY,
            r -> SafeText.escape(category(r.finding(), labels)))),
        List.of(), false);
  }

  private static String category(StoredFinding f, Policy labels) {
    return f.category() == null ? "(no stated purpose)"
        : PolicyLabels.category(labels, f.category()) + (f.purposes().isEmpty() ? ""
            : ": " + f.purposes().stream()
                .map(p -> PolicyLabels.purpose(labels, f.category(), p))
                .collect(Collectors.joining(", ")));
  }

  private static <R> JsonField<R> caseFields(CaseView view, String generated) {
    return (json, r) -> {
      if (view.isCase()) {
        json.writeStringField("case", view.caseId());
        json.writeStringField("generated", generated);
      }
    };
  }

  /** The time JSON Lines carries on each line of a case: ISO 8601 in the view's zone. */
  static String generated(java.time.Instant generated, CaseView view) {
    return CaseLog.time(generated.atZone(view.zone()).toOffsetDateTime());
  }

  private static void link(JsonGenerator json, Link link) throws IOException {
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
    JsonField.<StoredFinding>strings("purposes", StoredFinding::purposes).write(json, f);
    json.writeStringField("lang", f.lang());
    json.writeEndObject();
  }
}
