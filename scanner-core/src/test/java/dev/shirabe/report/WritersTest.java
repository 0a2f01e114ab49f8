package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.ScanSummary;
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
      new ScanSummary(3, 4096, 5, 1, 2, 1,
          Map.of(FindingType.PHONE, 1L, FindingType.EMAIL, 1L), 1_500_000_000L);

  private static final List<Problem> PROBLEMS =
      List.of(new Problem("share/broken.docx", "", "could not be parsed (ZipException): truncated",
              Problem.Status.FAILED),
          new Problem("share/mail.pst", "Inbox/x ▸ a.zip", "encrypted", Problem.Status.PARTIAL),
          new Problem("share/pipe", "", "a named pipe (FIFO); not read", Problem.Status.SKIPPED));

  private static String write(OutputFormat format, boolean reveal) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FindingWriter writer = format.writer(out, reveal)) {
      writer.write(FAX);
      writer.problem(PROBLEMS.get(0));
      writer.write(MAIL);
      for (Problem problem : PROBLEMS.subList(1, PROBLEMS.size())) {
        writer.problem(problem);
      }
      writer.finish(SUMMARY);
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
    List<String> lines = write(OutputFormat.JSONL, true).lines()
        .filter(line -> !line.startsWith("{\"record\":\"problem\""))
        .toList();
    assertEquals(2, lines.size());
    JsonNode fax = new ObjectMapper().readTree(lines.get(0));
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
    assertFalse(fax.has("record"), "a finding line stays as the contract has it");
    JsonNode mail = new ObjectMapper().readTree(lines.get(1));
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
    assertTrue(csv.get(0).endsWith("category,purposes,lang,signals,flags,problem,reason"), csv.get(0));
    assertTrue(csv.get(3).endsWith(
        "job_applicant,applicant_information;recruitment_screening,,path:履歴書;subject:面接,special_care,,"),
        csv.get(3));
    String table = write(OutputFormat.TABLE, false);
    // The table names the category by the policy's label; csv and json keep the id.
    assertTrue(table.contains("入社希望者 !"), table);
    assertFalse(table.contains("job_applicant"), table);
    assertTrue(table.contains("By category: no stated purpose 1, 入社希望者 1"), table);
    assertTrue(table.contains("Flagged (!): special_care 1"), table);
  }

  @Test
  void theJsonDocumentHoldsFindingsProblemsAndSummary() throws IOException {
    JsonNode doc = new ObjectMapper().readTree(write(OutputFormat.JSON, false));
    assertEquals(2, doc.get("findings").size());
    assertEquals(3, doc.get("problems").size());
    assertEquals("failed", doc.get("problems").get(0).get("status").asText());
    assertEquals("skipped", doc.get("problems").get(2).get("status").asText());
    assertEquals("a named pipe (FIFO); not read", doc.get("problems").get(2).get("reason").asText());
    assertEquals(1, doc.get("summary").get("failedFiles").asInt());
    assertEquals(1, doc.get("summary").get("findingsByType").get("PHONE").asInt());
  }

  @Test
  void csvStartsWithABomAndQuotesWhatNeedsIt() throws IOException {
    String csv = write(OutputFormat.CSV, true);
    assertTrue(csv.startsWith("\uFEFFfile,part,type,"), csv);
    assertEquals(6, csv.split("\r\n").length, "header, two findings, three problems: " + csv);
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
    assertTrue(table.contains("Skipped (not scanned): 1\n  share/pipe: a named pipe (FIFO); not read"),
        table);
  }

  @Test
  void jsonLinesCarryEveryProblemAsAProblemRecord() throws IOException {
    List<String> problems = write(OutputFormat.JSONL, false).lines()
        .filter(line -> line.contains("\"record\""))
        .toList();
    assertEquals(List.of(
        "{\"record\":\"problem\",\"status\":\"failed\",\"file\":\"share/broken.docx\",\"part\":\"\","
            + "\"reason\":\"could not be parsed (ZipException): truncated\"}",
        "{\"record\":\"problem\",\"status\":\"partial\",\"file\":\"share/mail.pst\","
            + "\"part\":\"Inbox/x ▸ a.zip\",\"reason\":\"encrypted\"}",
        "{\"record\":\"problem\",\"status\":\"skipped\",\"file\":\"share/pipe\",\"part\":\"\","
            + "\"reason\":\"a named pipe (FIFO); not read\"}"), problems);
  }

  @Test
  void csvHasARowForEachProblem() throws IOException {
    List<String> csv = write(OutputFormat.CSV, false).lines().toList();
    assertTrue(csv.get(2).startsWith("share/broken.docx,,,"), csv.get(2));
    assertTrue(csv.get(2).endsWith(",failed,could not be parsed (ZipException): truncated"),
        csv.get(2));
    assertTrue(csv.get(5).endsWith(",skipped,a named pipe (FIFO); not read"), csv.get(5));
  }

  /** Problems beyond any cap: json lists them all, the table says how many it left out. */
  @Test
  void noFormatDropsProblemsSilently() throws IOException {
    int many = TableWriter.MAX_LISTED + 234;
    for (OutputFormat format : OutputFormat.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportingListener listener = new ReportingListener(format.writer(out, false));
      for (int i = 0; i < many; i++) {
        listener.fileFailed(java.nio.file.Path.of("share", "broken-" + i + ".docx"), "truncated");
      }
      listener.finish(new ScanSummary(many, 0, 0, many, many, 0, Map.of(), 1));
      String text = out.toString(StandardCharsets.UTF_8);
      switch (format) {
        case JSON -> assertEquals(many, new ObjectMapper().readTree(text).get("problems").size());
        case JSONL -> assertEquals(many, text.lines().count());
        case CSV -> assertEquals(many + 1, text.lines().count());
        case TABLE -> {
          assertTrue(text.contains("share/broken-999.docx: truncated"), format.name());
          assertTrue(text.contains("  … and 234 more not listed"), text.substring(text.length() - 300));
        }
      }
    }
  }
}
