package dev.shirabe.report;

import dev.shirabe.classify.Classification;
import dev.shirabe.pipeline.FindingRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.detect.Finding;
import dev.shirabe.detect.FindingType;
import dev.shirabe.pipeline.ScanSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WritersTest {

  private static final String RAW_PHONE = "０３－５５５５－０１２３";

  private static final FindingRecord FAX =
      new FindingRecord(
          "share/営業/顧客.csv",
          "",
          new Finding(FindingType.PHONE, "fax", 10, 23, RAW_PHONE, "+81355550123", 0.9, "phone"),
          Classification.NONE,
          null);

  private static final FindingRecord MAIL =
      new FindingRecord(
          "share/mail.pst",
          "Inbox/Re: 面接 ▸ 履歴書.docx",
          new Finding(FindingType.EMAIL, null, 0, 20, "Yamada@Example.co.jp", "yamada@example.co.jp", 1, "email"),
          new Classification("job_applicant", List.of("applicant_information", "recruitment_screening"),
              List.of("path:履歴書", "subject:面接"), List.of("special_care")),
          null);

  private static final ScanSummary SUMMARY =
      new ScanSummary(3, 4096, 5, 1, 2, 0,
          Map.of(FindingType.PHONE, 1L, FindingType.EMAIL, 1L), 1_500_000_000L);

  private static final List<Problem> PROBLEMS =
      List.of(new Problem("share/broken.docx", "", "could not be parsed (ZipException): truncated", true),
          new Problem("share/mail.pst", "Inbox/x ▸ a.zip", "encrypted", false));

  private static String write(OutputFormat format, boolean reveal) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FindingWriter writer = format.writer(out, reveal)) {
      writer.write(FAX);
      writer.write(MAIL);
      writer.finish(SUMMARY, PROBLEMS, 0);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noFormatCarriesARawValueUnlessRevealing() throws IOException {
    for (OutputFormat format : OutputFormat.values()) {
      String text = write(format, false);
      assertFalse(text.contains(RAW_PHONE), format + ": " + text);
      assertFalse(text.contains("+81355550123"), format + ": " + text);
      assertFalse(text.toLowerCase().contains("yamada@"), format + ": " + text);
      assertTrue(text.contains("**－****－０１２３"), format + " shows the masked value: " + text);
    }
  }

  @Test
  void jsonLinesFollowTheRecordContract() throws IOException {
    String[] lines = write(OutputFormat.JSONL, true).split("\n");
    assertEquals(2, lines.length);
    JsonNode fax = new ObjectMapper().readTree(lines[0]);
    assertEquals("share/営業/顧客.csv", fax.get("file").asText());
    assertEquals("", fax.get("part").asText());
    assertEquals("PHONE", fax.get("type").asText());
    assertEquals("fax", fax.get("subtype").asText());
    assertEquals(RAW_PHONE, fax.get("text").asText());
    assertEquals("+81355550123", fax.get("normalized").asText());
    assertEquals(10, fax.get("start").asInt());
    assertEquals(23, fax.get("end").asInt());
    assertEquals(0.9, fax.get("confidence").asDouble());
    assertEquals("phone", fax.get("detector").asText());
    assertTrue(fax.get("category").isNull());
    assertTrue(fax.get("purposes").isArray());
    assertTrue(fax.has("lang"));
    assertEquals("[]", fax.get("signals").toString());
    assertEquals("[]", fax.get("flags").toString());
    JsonNode mail = new ObjectMapper().readTree(lines[1]);
    assertFalse(mail.has("subtype"));
    assertEquals("job_applicant", mail.get("category").asText());
    assertEquals("[\"applicant_information\",\"recruitment_screening\"]",
        mail.get("purposes").toString());
    assertEquals("[\"path:履歴書\",\"subject:面接\"]", mail.get("signals").toString());
    assertEquals("[\"special_care\"]", mail.get("flags").toString());
    assertEquals("Inbox/Re: 面接 ▸ 履歴書.docx", mail.get("part").asText());
  }

  @Test
  void csvAndTableShowTheClassification() throws IOException {
    List<String> csv = write(OutputFormat.CSV, false).lines().toList();
    assertTrue(csv.get(0).endsWith("category,purposes,lang,signals,flags"), csv.get(0));
    assertTrue(csv.get(2).endsWith(
        "job_applicant,applicant_information;recruitment_screening,,path:履歴書;subject:面接,special_care"),
        csv.get(2));
    String table = write(OutputFormat.TABLE, false);
    assertTrue(table.contains("job_applicant !"), table);
    assertTrue(table.contains("By category: job_applicant 1, no stated purpose 1"), table);
    assertTrue(table.contains("Flagged (!): special_care 1"), table);
  }

  @Test
  void theJsonDocumentHoldsFindingsProblemsAndSummary() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(write(OutputFormat.JSON, false));
    assertEquals(2, doc.get("findings").size());
    assertEquals(2, doc.get("problems").size());
    assertTrue(doc.get("problems").get(0).get("fatal").asBoolean());
    assertEquals(1, doc.get("summary").get("failedFiles").asInt());
    assertEquals(1, doc.get("summary").get("findingsByType").get("PHONE").asInt());
  }

  @Test
  void csvStartsWithABomAndQuotesWhatNeedsIt() throws IOException {
    String csv = write(OutputFormat.CSV, true);
    assertTrue(csv.startsWith("\uFEFFfile,part,type,"), csv);
    assertEquals(3, csv.split("\r\n").length);
    assertEquals("\"a,b\"", CsvOutput.quote("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvOutput.quote("say \"hi\""));
    assertEquals("\"'=HYPERLINK(1)\"", CsvOutput.quote("=HYPERLINK(1)"));
    assertEquals("+81355550123", CsvOutput.quote("+81355550123"), "a phone is not a formula");
  }

  @Test
  void theTableEndsWithASummaryOfFilesPartsTypesAndFailures() throws IOException {
    String table = write(OutputFormat.TABLE, false);
    assertTrue(table.contains("PHONE/fax"), table);
    assertTrue(table.contains("share/mail.pst ▸ Inbox/Re: 面接 ▸ 履歴書.docx"), table);
    assertTrue(table.contains("Scanned 3 files (4.0 KB), 5 parts"), table);
    assertTrue(table.contains("Findings: 2  (PHONE 1, EMAIL 1)") || table.contains("Findings: 2  (EMAIL 1, PHONE 1)"), table);
    assertTrue(table.contains("Files that failed: 1"), table);
    assertTrue(table.contains("share/broken.docx: could not be parsed"), table);
    assertTrue(table.contains("share/mail.pst ▸ Inbox/x ▸ a.zip: encrypted"), table);
  }
}
