package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The subject formats show category and purposes where the classifier gave them. */
class SubjectFormatTest {

  private static StoredFinding finding(String type, String masked, String category, List<String> purposes,
      String excerpt) {
    return new StoredFinding("/share/顧客.csv", "", type, null, "h", List.of(), masked, excerpt, 0, 4, 0.9,
        "test", "ja", category, purposes, List.of(), 0L);
  }

  private static SubjectReport report() {
    Place place = new Place("/share/顧客.csv", "", List.of(new Link("name", "written form", "山田 **", null, null, null)),
        List.of(finding("PERSON", "山田 **", "customer", List.of("product_provision", "custom_purpose"), "氏名：山田太郎"),
            finding("DATE_OF_BIRTH", "1*******日", null, List.of(), null)));
    return new SubjectReport(SubjectQuery.of(List.of("山田太郎"), List.of(), List.of(), List.of()),
        List.of(place), List.of(), List.of(), 0, Instant.parse("2026-01-02T03:04:05Z"), 100);
  }

  private static String write(SubjectFormat format, boolean reveal) throws Exception {
    return write(format, reveal, CaseView.of(ZoneOffset.UTC));
  }

  private static String write(SubjectFormat format, boolean reveal, CaseView view) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(report(), out, reveal, Policy.defaults(), view);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void timesAreShownInTheZoneWithTheirOffsetAndTheCaseIdOnEveryFormat() throws Exception {
    CaseView tokyo = new CaseView("C-7", ZoneId.of("Asia/Tokyo"), List.of("P0123456789"), 2,
        List.of(), List.of());
    String html = write(SubjectFormat.HTML, false, tokyo);
    assertTrue(html.contains("2026-01-02 12:04:05 +09:00"), html);
    assertTrue(html.contains("<span id=\"case\">C-7</span>"), html);
    assertTrue(html.contains("P0123456789"), html);
    String table = write(SubjectFormat.TABLE, false, tokyo);
    assertTrue(table.contains("Case: C-7"), table);
    assertTrue(table.contains("Generated: 2026-01-02 12:04:05 +09:00"), table);
    assertTrue(table.contains("Excluded: 2 places excluded as a namesake's"), table);
    JsonNode line = new ObjectMapper().readTree(write(SubjectFormat.JSONL, false, tokyo).strip());
    assertEquals("C-7", line.get("case").asText());
    assertEquals("2026-01-02T12:04:05+09:00", line.get("generated").asText());
    assertEquals("P0123456789", line.get("id").asText());
    String utc = write(SubjectFormat.TABLE, false, CaseView.of(ZoneId.of("UTC")));
    assertTrue(utc.contains("Generated: 2026-01-02 03:04:05 +00:00"), utc);
    assertFalse(utc.contains("Case:"), "no case, no case line");
  }

  @Test
  void htmlShowsCategoriesPurposesAndWhatHasNone() throws Exception {
    String html = write(SubjectFormat.HTML, false);
    // Category and purposes by the policy's labels, in Japanese and English; an id the
    // policy does not know as it is.
    assertTrue(html.contains("顧客 <span class=\"en\">Customers (customer)</span>"), html);
    assertTrue(html.contains("<li>製品・サービス・サポートの提供、販売<br><span class=\"en\">Offering,"
        + " sale or provision of products, services or support</span></li>"), html);
    assertTrue(html.contains("<li>custom_purpose</li>"), html);
    assertTrue(html.contains("利用目的の定めなし"), "the date of birth has no category");
    assertTrue(html.contains("2026-01-02 03:04:05 +00:00"), html);
    assertFalse(html.contains("山田太郎"), "neither the request nor the excerpt unrevealed");
    assertTrue(write(SubjectFormat.HTML, true).contains("氏名：山田太郎"), "the excerpt revealed");
  }

  @Test
  void jsonLinesCarryCategoriesAndPurposes() throws Exception {
    JsonNode place = new ObjectMapper().readTree(write(SubjectFormat.JSONL, false).strip());
    assertEquals("customer", place.get("categories").get(0).asText());
    assertEquals("[\"custom_purpose\",\"product_provision\"]", place.get("purposes").toString());
    assertEquals("customer", place.get("findings").get(0).get("category").asText());
    assertTrue(place.get("findings").get(1).get("category").isNull());
    assertFalse(place.get("findings").get(0).has("excerpt"));
  }

  @Test
  void tableSaysNoStatedPurpose() throws Exception {
    String table = write(SubjectFormat.TABLE, false);
    // By the policy's labels, as the disclosure report; an id the policy does not know as it is.
    assertTrue(table.contains("顧客: 製品・サービス・サポートの提供、販売, custom_purpose"), table);
    assertTrue(table.contains("(no stated purpose)"), table);
    assertFalse(table.contains("山田太郎"), table);
  }
}
