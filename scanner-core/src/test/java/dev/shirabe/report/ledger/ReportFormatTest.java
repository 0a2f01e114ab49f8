package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.classify.Purpose;
import dev.shirabe.report.rows.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The formats written from the small share's inventory and from rows built by hand with
 * hostile text in them. Commons CSV and jsoup read what Excel and a browser would (both come
 * with Tika, on the class path already).
 */
class ReportFormatTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant GENERATED = Instant.parse("2026-04-01T00:30:00Z");

  @TempDir static Path dir;

  static Ledger ledger;
  static UnpurposedReport unpurposed;

  @BeforeAll
  static void scan() throws Exception {
    Path share = SmallShare.write(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    SmallShare.scan(share, index);
    Holdings holdings = SmallShare.holdings(index, List.of());
    ledger = holdings.ledger(GENERATED);
    unpurposed = holdings.unpurposed(GENERATED);
  }

  /** A ledger whose text tries to break out of every format. */
  static Ledger hostile() {
    Instant seen = Instant.parse("2026-03-31T15:00:00Z");
    LedgerEntry entry = new LedgerEntry("/share/<script>alert(1)</script>/=HYPERLINK(\"x\")",
        new Label("customer", "顧客 \"A\" & <B>", "Customers, <i>all</i>"),
        List.of(new Purpose("p1", "目的、その一", "Purpose \"one\"\nline two")),
        Map.of("PERSON", 2L), 2, 1, 1, 1, seen, seen, Map.of(), List.of());
    return new Ledger(GENERATED, List.of(entry),
        new Totals(1, 1, 1, 2, 1, 0, Map.of("PERSON", 2L), Map.of()), 0, 0);
  }

  private static byte[] write(ReportFormat format, Ledger l) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(l, out, TOKYO);
    return out.toByteArray();
  }

  private static List<CSVRecord> csv(byte[] bytes) throws IOException {
    assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF),
        List.of(bytes[0], bytes[1], bytes[2]), "a UTF-8 byte-order mark first (Excel)");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }

  @Test
  void theLedgerAsCsvRoundTripsWithJapaneseIntact() throws Exception {
    byte[] bytes = write(ReportFormat.CSV, ledger);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").contains("\r"));
    List<CSVRecord> records = csv(bytes);
    List<String> heads = records.get(0).toList();
    assertEquals(Layouts.ledgerLayout(TOKYO).csvColumns().size(), heads.size());
    assertEquals("所在 (Location)", heads.get(0));
    assertEquals("利用目的 (Purposes)", heads.get(3));
    assertEquals("人数 (People)", heads.get(7));
    assertEquals(ledger.entries().size() + 1, records.size(), "a header and a row per entry");
    CSVRecord shareholders = records.get(1);
    assertTrue(shareholders.get(0).endsWith("総務"), shareholders.get(0));
    assertEquals("shareholder", shareholders.get(1));
    assertEquals("株主 / Shareholders", shareholders.get(2));
    assertEquals("companies_act\nshareholder_benefits\nshareholder_relations\n"
        + "shareholder_management", shareholders.get(3));
    assertTrue(shareholders.get(4).startsWith("会社法等に基づく権利の行使・義務の履行 / Exercise"));
    assertEquals("PERSON 3\nADDRESS 3\nPHONE 3", shareholders.get(5));
    assertEquals(List.of("9", "2", "1"), shareholders.toList().subList(6, 9));
    CSVRecord last = records.get(records.size() - 1);
    assertEquals("", last.get(1));
    assertEquals("利用目的なし / No stated purpose", last.get(2));
    assertEquals("my_number_outside_permitted_purpose 1", last.get(11));
  }

  @Test
  void csvCellsKeepCommasQuotesAndLineBreaksAndRunNoFormula() throws Exception {
    List<CSVRecord> records = csv(write(ReportFormat.CSV, hostile()));
    CSVRecord row = records.get(1);
    // Excel would run a cell starting with = : it is written with a leading apostrophe.
    assertEquals("/share/<script>alert(1)</script>/=HYPERLINK(\"x\")", row.get(0));
    assertEquals("顧客 \"A\" & <B> / Customers, <i>all</i>", row.get(2));
    assertEquals("目的、その一 / Purpose \"one\"\nline two", row.get(4));
    assertEquals("2026-04-01 00:00", row.get(9), "times in the zone asked for");
  }

  @Test
  void aCellThatExcelWouldRunIsDefused() throws Exception {
    UnpurposedEntry entry = new UnpurposedEntry("/share/a.zip", "=cmd|' /C calc'!A0",
        Map.of("EMAIL", 1L), 1, 1, Map.of(), List.of(), GENERATED);
    UnpurposedReport report = new UnpurposedReport(GENERATED, List.of(entry),
        new Totals(1, 1, 1, 1, 1, 0, Map.of("EMAIL", 1L), Map.of()), 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.CSV.write(report, out, TOKYO);
    List<CSVRecord> records = csv(out.toByteArray());
    assertEquals("'=cmd|' /C calc'!A0", records.get(1).get(1));
    assertEquals(Layouts.unpurposedLayout(TOKYO).csvColumns().size(), records.get(0).size());
  }

  @Test
  void theLedgerAsHtmlIsOneSelfContainedPageWithATablePerReport() throws Exception {
    String html = new String(write(ReportFormat.HTML, ledger), StandardCharsets.UTF_8);
    Document page = Jsoup.parse(html);
    assertEquals("個人情報管理台帳 / Personal-information ledger", page.title());
    assertEquals("ja", page.selectFirst("html").attr("lang"));
    assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
    assertEquals("個人情報管理台帳 Personal-information ledger", page.selectFirst("h1").text());
    assertEquals("Personal-information ledger", page.selectFirst("h1 span[lang=en]").text());
    assertTrue(page.selectFirst("time").text().equals("2026-04-01 09:30:00 +09:00"));
    assertEquals(1, page.select("table").size());
    List<String> heads = page.select("thead th").eachText();
    List<String> expected = new ArrayList<>();
    // The purposes' texts are told once, in the legend, not in every row.
    Layouts.ledgerLayout(TOKYO).columns().stream().filter(c -> c.style() != Style.LEGEND
            && c.style() != Style.CSV_ONLY)
        .forEach(c -> expected.add(c.ja() + " " + c.en()));
    assertEquals(expected, heads);
    assertFalse(heads.contains("利用目的の内容 What the purposes are"));
    List<String> purposes = page.select("section[data-legend=purposes] dt").eachText();
    assertEquals(purposes.stream().distinct().toList(), purposes, "each purpose once");
    long used = ledger.entries().stream().flatMap(e -> e.purposes().stream())
        .map(p -> p.id()).distinct().count();
    assertEquals(used, purposes.size(), "every purpose the rows name");
    assertEquals(ledger.entries().size(), page.select("tr.entry").size(), "a row per entry");
    for (Element row : page.select("tr.entry")) {
      assertEquals(heads.size(), row.select("td").size());
    }
    assertEquals(List.of("利用目的あり With a stated purpose", "利用目的なし No stated purpose"),
        page.select("tr.group th").eachText());
    assertEquals("6", page.select("dl.summary dt:contains(人数) + dd").text());
    assertEquals("1", page.select("dl.summary dt:contains(読めなかったファイル) + dd").text());
    // The category by its label; its id is in the CSV.
    assertEquals("株主 / Shareholders",
        page.select("tr.entry").get(0).select("td[data-column=category_label]").text());
    assertSelfContained(page);
  }

  @Test
  void htmlEscapesWhatItShows() throws Exception {
    String html = new String(write(ReportFormat.HTML, hostile()), StandardCharsets.UTF_8);
    assertFalse(html.contains("<script>") || html.contains("<i>") || html.contains("<B>"));
    Document page = Jsoup.parse(html);
    assertSelfContained(page);
    Element row = page.selectFirst("tr.entry");
    assertEquals("/share/<script>alert(1)</script>/=HYPERLINK(\"x\")",
        row.select("td").get(0).text());
    assertEquals("顧客 \"A\" & <B> / Customers, <i>all</i>", row.select("td").get(1).text());
    Element purpose = page.selectFirst("section[data-legend=purposes] dd");
    assertEquals(1, purpose.select("br").size(), "a line break shown as such");
    assertEquals("目的、その一 / Purpose \"one\" line two", purpose.text());
  }

  private static void assertSelfContained(Document page) {
    assertEquals(0, page.select("script, link, img, iframe, object, embed").size());
    assertEquals(0, page.select("[src], [href]").size(), "nothing fetched or linked");
    assertFalse(page.select("style").html().contains("url("), "no resource from the styles");
    assertFalse(page.select("style").isEmpty());
  }

  @Test
  void jsonLinesHaveOneObjectPerRowWithCountsAndLabels() throws Exception {
    String text = new String(write(ReportFormat.JSONL, ledger), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\n"));
    assertEquals(ledger.entries().size(), lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("shareholder", first.get("category").asText());
    assertEquals("株主", first.get("category_ja").asText());
    assertEquals("companies_act", first.get("purposes").get(0).get("id").asText());
    assertEquals("会社法等に基づく権利の行使・義務の履行",
        first.get("purposes").get(0).get("ja").asText());
    assertEquals(3, first.get("types").get("PERSON").asInt());
    assertEquals(2, first.get("people").asInt());
    assertTrue(first.get("first_seen").asText().endsWith("+09:00"));
    JsonNode none = json.readTree(lines.get(lines.size() - 1));
    assertTrue(none.get("category").isNull());
    assertEquals(1, none.get("flags").get("my_number_outside_permitted_purpose").asInt());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormat.JSONL.write(unpurposed, out, TOKYO);
    List<String> parts = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(3, parts.size());
    JsonNode health = json.readTree(parts.get(0));
    assertTrue(health.get("file").asText().endsWith("健康診断結果.txt"));
    assertEquals("employee_health", health.get("kinds").get(0).asText());
    assertEquals(2, health.get("flags").get("special_care").asInt());
  }

  @Test
  void theTableShowsRowsUnderTheirGroupAndTheTotals() throws Exception {
    String text = new String(write(ReportFormat.TABLE, ledger), StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\n"));
    assertEquals("個人情報管理台帳 / Personal-information ledger  (2026-04-01 09:30:00 +09:00)",
        lines.get(0));
    assertTrue(lines.get(2).startsWith("CATEGORY NAME") && lines.get(2).endsWith("LOCATION"),
        lines.get(2));
    assertEquals("-- 利用目的あり / With a stated purpose --", lines.get(3));
    // Categories and purposes by their labels (csv and html show the ids too).
    assertTrue(lines.get(4).startsWith("株主 / Shareholders ") && lines.get(4).endsWith("総務"),
        lines.get(4));
    assertFalse(text.contains("shareholder "), text);
    assertEquals("-- 利用目的なし / No stated purpose --", lines.get(6));
    assertTrue(lines.contains("People: 6"), text);
    assertTrue(lines.contains("Findings with no stated purpose: 5"), text);
    assertTrue(lines.contains("Files that could not be read (not in the counts): 1"), text);
    // Columns line up: each row's findings count ends where the heading FINDINGS does.
    int end = lines.get(2).indexOf("FINDINGS") + "FINDINGS".length();
    int shareholdersEnd = lines.get(4).indexOf(" 9 ") + 2;
    assertEquals(end, TerminalWidth.of(lines.get(4).substring(0, shareholdersEnd)));
  }

  @Test
  void anEmptyInventoryGivesTheTitlesAndZeroTotals() throws Exception {
    Ledger empty = new Ledger(GENERATED, List.of(),
        new Totals(0, 0, 0, 0, 0, 0, Map.of(), Map.of()), 0, 0);
    Document page = Jsoup.parse(new String(write(ReportFormat.HTML, empty),
        StandardCharsets.UTF_8));
    assertEquals(0, page.select("tr.entry").size());
    assertEquals("該当なし / None", page.selectFirst("p.empty").text());
    assertEquals(1, csv(write(ReportFormat.CSV, empty)).size(), "the header alone");
    assertEquals("", new String(write(ReportFormat.JSONL, empty), StandardCharsets.UTF_8));
  }

  /** Terminal cells, as the table counts them. */
  private static final class TerminalWidth {
    static int of(String s) {
      return dev.shirabe.report.TerminalText.width(s);
    }
  }
}
