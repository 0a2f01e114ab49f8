package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Joint use, contractors, third-party provision, sources and departments end to end: a scan of
 * generated files under a policy that states them, its JSON Lines, and {@code report ledger}
 * in every format with the columns of a JIS Q 15001 ledger.
 */
class HandlingLedgerCommandTest {

  @TempDir static Path dir;
  static Path inventory;

  private StringWriter err = new StringWriter();

  @BeforeAll
  static void scan() throws Exception {
    inventory = HandlingShare.scan(dir);
  }

  private int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  private static List<JsonNode> lines(Path file) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(new ObjectMapper().readTree(line));
    }
    return out;
  }

  /** The scan's records of files whose path holds {@code name}. */
  private static List<JsonNode> records(String name) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : lines(dir.resolve("scan.jsonl"))) {
      if (f.has("type") && f.get("file").asText().contains(name)) {
        out.add(f);
      }
    }
    assertFalse(out.isEmpty(), name);
    return out;
  }

  @Test
  void theScansRecordsCarryTheHandling() throws Exception {
    for (JsonNode f : records("共同利用")) {
      assertEquals("customer", f.get("category").asText(), f::toString);
      assertEquals("[\"group_companies\"]", f.get("joint_use").toString(), f::toString);
      assertNull(f.get("department"), f::toString);
    }
    for (JsonNode f : records("委託先提供データ_DM発送")) {
      // No longer held with no stated purpose: a mailing list is customers', and it is the
      // contractors'.
      assertEquals("customer", f.get("category").asText(), f::toString);
      assertEquals("[\"contractors\"]", f.get("contractors").toString(), f::toString);
      assertNull(f.get("joint_use"), f::toString);
    }
    for (JsonNode f : records("営業部")) {
      assertEquals("customer", f.get("category").asText(), f::toString);
      assertEquals("[\"insurer\"]", f.get("provisions").toString(), f::toString);
      assertEquals("sales", f.get("department").asText(), f::toString);
    }
    for (JsonNode f : records("官報")) {
      assertEquals("public_source", f.get("category").asText(), f::toString);
      assertEquals("[\"public_or_third_party\"]", f.get("sources").toString(), f::toString);
    }
  }

  /** The ledger's row of the location ending with {@code place}. */
  private static JsonNode row(List<JsonNode> rows, String place) {
    return rows.stream().filter(r -> r.get("location").asText().endsWith(place)).findFirst()
        .orElseThrow(() -> new AssertionError(place + " in " + rows));
  }

  @Test
  void theLedgerAsJsonLinesHasTheHandlingWithItsDetails() throws Exception {
    Path out = dir.resolve("ledger.jsonl");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--policy",
        HandlingShare.policy(dir).toString(), "--format", "jsonl", "-o", out.toString()),
        err::toString);
    List<JsonNode> rows = lines(out);
    JsonNode joint = row(rows, "共同利用");
    assertEquals("group_companies", joint.at("/joint_use/0/id").asText());
    assertEquals("グループ会社との共同利用", joint.at("/joint_use/0/ja").asText());
    assertTrue(joint.at("/joint_use/0/details/partners").asText().contains("グループ会社"));
    assertTrue(joint.at("/joint_use/0/details/items").asText().contains("メールアドレス"));
    assertEquals(joint.get("findings").asLong(), joint.at("/joint_use/0/findings").asLong());
    JsonNode share = row(rows, "share");
    assertEquals("customer", share.get("category").asText());
    assertEquals("contractors", share.at("/contractors/0/id").asText());
    assertTrue(share.at("/contractors/0/details/name").asText().contains("委託先"));
    JsonNode sales = row(rows, "提供");
    assertEquals("insurer", sales.at("/provisions/0/id").asText());
    assertEquals("サンプル損害保険株式会社", sales.at("/provisions/0/details/recipient").asText());
    assertEquals("本人の同意 (consent)", sales.at("/provisions/0/details/basis").asText());
    assertEquals("sales", sales.at("/departments/0/id").asText());
    assertEquals("営業部", sales.at("/departments/0/ja").asText());
    JsonNode press = row(rows, "広報");
    assertEquals("public_or_third_party", press.at("/sources/0/id").asText());
    assertTrue(press.get("retention").isNull(), "the default policy states no period");
    assertEquals(0, joint.get("departments").size(), "outside the sales folder");
    assertFalse(Files.readString(out).contains("03-5555"), "no value found");
  }

  @Test
  void theLedgerAsCsvAndTableHasTheJisColumnsInJapaneseAndEnglish() throws Exception {
    Path out = dir.resolve("ledger.csv");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--policy",
        HandlingShare.policy(dir).toString(), "--format", "csv", "-o", out.toString()),
        err::toString);
    String text = Files.readString(out, StandardCharsets.UTF_8).substring(1); // the BOM
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      records = parser.getRecords();
    }
    List<String> heads = records.get(0).toList();
    for (String head : List.of("個人情報の項目 (Types of data)", "取得元/取得方法 (Source / how obtained)",
        "利用目的 (Purposes)", "所在 (Location)", "保管期間 (Retention period)",
        "委託先 (Contractors)", "共同利用 (Joint use)", "第三者提供 (Third-party provision)",
        "管理部署 (Responsible department)", "件数 (Findings)")) {
      assertTrue(heads.contains(head), head + " in " + heads);
    }
    int location = heads.indexOf("所在 (Location)");
    int joint = heads.indexOf("共同利用 (Joint use)");
    int contractors = heads.indexOf("委託先 (Contractors)");
    int provisions = heads.indexOf("第三者提供 (Third-party provision)");
    int department = heads.indexOf("管理部署 (Responsible department)");
    int source = heads.indexOf("取得元/取得方法 (Source / how obtained)");
    for (CSVRecord r : records.subList(1, records.size())) {
      String place = r.get(location);
      if (place.endsWith("共同利用")) {
        assertEquals("グループ会社との共同利用 / Joint use with our group companies", r.get(joint));
        // The partners, in the details column (the HTML page's legend).
        assertTrue(r.get(heads.indexOf("取扱いの詳細 (Handling details)"))
            .contains("共同利用者 / Partners: 当社グループ会社"), r::toString);
        assertEquals("", r.get(department));
      } else if (place.endsWith("share")) {
        assertEquals("業務委託先 / Contractors", r.get(contractors));
      } else if (place.endsWith("提供")) {
        assertEquals("保険会社への提供 / Provision to an insurer", r.get(provisions));
        assertEquals("営業部 / Sales", r.get(department));
      } else if (place.endsWith("広報")) {
        assertTrue(r.get(source).startsWith("公開情報・第三者からの取得"), r::toString);
      }
    }
    Path table = dir.resolve("ledger.txt");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--policy",
        HandlingShare.policy(dir).toString(), "-o", table.toString()), err::toString);
    String shown = Files.readString(table);
    // The terminal table's headings are the English ones, as for the other columns.
    for (String head : List.of("SOURCE / HOW OBTAINED", "RETENTION PERIOD", "CONTRACTORS",
        "JOINT USE", "THIRD-PARTY PROVISION", "RESPONSIBLE DEPARTMENT")) {
      assertTrue(shown.contains(head), head + "\n" + shown);
    }
    assertTrue(shown.contains("業務委託先 / Contractors"), shown);
    assertTrue(shown.contains("営業部 / Sales"), shown);
  }

  @Test
  void theLedgerAsHtmlTellsPurposesAndHandlingOnceInALegend() throws Exception {
    Path out = dir.resolve("ledger.html");
    assertEquals(1, run("report", "ledger", "--index", inventory.toString(), "--policy",
        HandlingShare.policy(dir).toString(), "--format", "html", "-o", out.toString()),
        err::toString);
    Document page = Jsoup.parse(out.toFile(), "UTF-8");
    List<String> heads = page.select("thead th").eachText();
    assertTrue(heads.contains("共同利用 Joint use"), heads::toString);
    assertTrue(heads.contains("管理部署 Responsible department"), heads::toString);
    assertFalse(heads.contains("利用目的の内容 What the purposes are"), heads::toString);
    // The customers' eight purposes: their texts once, in the legend, however many rows.
    String product = "当社及びグループ会社の製品・サービス等の情報提供";
    assertTrue(page.select("tr.entry").size() >= 3);
    assertEquals(1, page.select("dd:contains(" + product + ")").size());
    assertEquals(0, page.select("td:contains(" + product + ")").size());
    assertEquals("グループ会社との共同利用 / Joint use with our group companies",
        page.select("section[data-legend=joint_use] dt").text());
    String details = page.select("section[data-legend=joint_use] dd").text();
    assertTrue(details.contains("共同利用者 / Partners: 当社グループ会社"), details);
    assertTrue(page.select("section[data-legend=provisions] dd").text()
        .contains("提供先 / Recipient: サンプル損害保険株式会社"));
    assertTrue(page.select("section[data-legend=department] dd").text()
        .contains("sales@example.co.jp"));
  }
}
