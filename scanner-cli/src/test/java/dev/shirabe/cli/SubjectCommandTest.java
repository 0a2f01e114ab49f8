package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code shirabe subject} over an inventory a real {@code scan} wrote. */
class SubjectCommandTest {

  /**
   * Raw values in the share and the requests: none may appear in any output without --reveal.
   * (A masked name keeps its family name, 山田 **, as the scan's do: DESIGN.md.)
   */
  private static final List<String> RAW = List.of("山田太郎", "山田 太郎", "ヤマダ タロウ", "タロウ", "太郎",
      "Taro", "taro.yamada", "Taro.Yamada", "1985年4月1日", "090-1234-5678", "09012345678",
      "１２３４", "丸の内1-2-3", "千代田区");

  @TempDir static Path dir;

  private static StringWriter err = new StringWriter();

  private static int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  private static Path index() {
    return dir.resolve("inventory");
  }

  private static Path key() {
    return dir.resolve("inventory.key");
  }

  @BeforeAll
  static void scan() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("mail.txt"), "From: 山田太郎 <taro.yamada@example.jp>\n"
        + "To: 佐藤一郎 <ichiro.sato@example.jp>\nSubject: 見積\n\nお世話になっております。\n",
        StandardCharsets.UTF_8);
    Files.writeString(share.resolve("customers.csv"), "氏名,メール,生年月日\n"
        + "山田太郎,taro.yamada@example.jp,1985年4月1日\n高橋花子,hanako.t@example.jp,1990年5月2日\n",
        StandardCharsets.UTF_8);
    Files.writeString(share.resolve("login.log"), "2024-04-01 login user=taro.yamada@example.jp\n");
    Files.writeString(share.resolve("card.txt"), "フリガナ：ヤマダ タロウ 様\n携帯 090-1234-5678\n"
        + "住所：東京都千代田区丸の内1-2-3\n", StandardCharsets.UTF_8);
    // A file name HTML must escape.
    Files.writeString(share.resolve("見積 A&B <i>'\".txt"), "担当：山田太郎\n", StandardCharsets.UTF_8);
    assertEquals(1, run("scan", share.toString(), "--index", index().toString(),
        "--key-file", key().toString(), "--output", dir.resolve("scan.txt").toString()));
  }

  private static String[] subject(String... more) {
    List<String> args = new ArrayList<>(List.of("subject", "--index", index().toString(),
        "--key-file", key().toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static void assertNoRawValue(String output) {
    for (String raw : RAW) {
      assertFalse(output.contains(raw), () -> "raw value " + raw + " in\n" + output);
    }
  }

  @Test
  void tableListsEveryPlaceMasked() throws Exception {
    Path out = dir.resolve("table.txt");
    assertEquals(1, run(subject("--name", "YAMADA Taro", "--output", out.toString())));
    String table = Files.readString(out);
    for (String file : List.of("mail.txt", "customers.csv", "login.log", "card.txt")) {
      assertTrue(table.contains(file), file);
    }
    assertTrue(table.contains("found beside the name"), table);
    assertNoRawValue(table.replace(dir.toString(), ""));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertTrue(err.toString().contains("5 places in 5 files"), err::toString);
  }

  @Test
  void jsonLinesHoldOnePlacePerLine() throws Exception {
    Path out = dir.resolve("places.jsonl");
    assertEquals(1, run(subject("--phone", "０９０（１２３４）５６７８", "--format", "jsonl", "--output", out.toString())));
    List<String> lines = Files.readAllLines(out);
    assertNoRawValue(String.join("\n", lines).replace(dir.toString(), ""));
    ObjectMapper mapper = new ObjectMapper();
    List<String> files = new ArrayList<>();
    for (String line : lines) {
      JsonNode place = mapper.readTree(line);
      files.add(Path.of(place.get("file").asText()).getFileName().toString());
      assertTrue(place.get("links").size() > 0);
      assertTrue(place.get("findings").size() > 0);
    }
    // The phone finds the card; the name on the card finds the mail and the list; their
    // email, only one step on, is not followed from there.
    assertTrue(files.containsAll(List.of("card.txt", "mail.txt", "customers.csv")), files.toString());
    assertFalse(files.contains("login.log"), files.toString());
    JsonNode mail = mapper.readTree(lines.get(files.indexOf("mail.txt")));
    JsonNode link = mail.get("links").get(0);
    assertEquals("name", link.get("kind").asText());
    assertEquals("phone", link.get("via").asText());
    assertTrue(link.get("foundIn").asText().endsWith("card.txt"));
  }

  @Test
  void htmlReportIsOneSelfContainedEscapedPage() throws Exception {
    Path out = dir.resolve("report.html");
    assertEquals(1, run(subject("--name", "山田 太郎", "--email", "Taro.Yamada@example.jp",
        "--format", "html", "--output", out.toString())));
    String html = Files.readString(out);
    assertNoRawValue(html.replace(dir.toString(), ""));
    // Well-formed as XML too, by a strict parser: every element closed, every value escaped
    // (HTML's two void elements written as XML's).
    String xml = html.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>").replace("<br>", "<br/>");
    org.w3c.dom.Document strict = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("html", strict.getDocumentElement().getTagName());
    Document page = Jsoup.parse(html);
    assertTrue(page.select("script, link, img, iframe, [src], [href]").isEmpty(), "no external resources");
    assertEquals(1, page.select("style").size());
    assertEquals("ja", page.selectFirst("html").attr("lang"));
    assertFalse(page.select("time#generated").attr("datetime").isEmpty());
    Element request = page.selectFirst("section#request table");
    assertEquals(2, request.select("tr").size());
    assertTrue(request.text().contains("氏名 Name") && request.text().contains("メールアドレス Email"));
    assertTrue(request.text().contains("T**********@example.jp"), request.text());
    List<Element> rows = page.select("section#places tbody tr.place");
    assertEquals(5, rows.size());
    assertTrue(html.contains("見積 A&amp;B &lt;i&gt;&#39;&quot;.txt"));
    assertTrue(page.select("section#places").text().contains("見積 A&B <i>'\".txt"));
    for (Element row : rows) {
      assertEquals(6, row.select("> td").size());
      assertFalse(row.select("> td").get(4).select("li").isEmpty(), "each place says how it was linked");
    }
    assertTrue(page.select("section#places").text().contains("利用目的の定めなし"));
    assertTrue(page.select("section#summary").text().contains("生年月日 DATE_OF_BIRTH"));
  }

  @Test
  void revealShowsTheRequestAsTyped() throws Exception {
    Path out = dir.resolve("revealed.html");
    assertEquals(1, run(subject("--name", "山田太郎", "--format", "html", "--reveal", "--output", out.toString())));
    assertTrue(Jsoup.parse(Files.readString(out)).selectFirst("section#request").text().contains("山田太郎"));
  }

  @Test
  void theInventoryAndKeyDefaultAsForScan() throws Exception {
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(new StringWriter(), true));
    SubjectCommand subject = cli.getSubcommands().get("subject").getCommand();
    subject.inventory.environment = java.util.Map.of("SHIRABE_INVENTORY", index().toString(),
        "SHIRABE_KEY_FILE", key().toString());
    assertEquals(1, cli.execute("subject", "--email", "taro.yamada@example.jp",
        "--output", dir.resolve("defaults.txt").toString()));
  }

  @Test
  void nobodyHeldExitsZero() {
    assertEquals(0, run(subject("--name", "伊藤博文", "--output", dir.resolve("none.txt").toString())));
  }

  @Test
  void aWrongKeyIsAnErrorNamingTheKeyFileNotAnEmptyAnswer() throws Exception {
    Path other = dir.resolve("other.key");
    Files.write(other, new byte[32]); // a key, but not the inventory's
    Path out = dir.resolve("wrong-key.txt");
    assertEquals(2, run("subject", "--name", "山田太郎", "--index", index().toString(),
        "--key-file", other.toString(), "--output", out.toString()));
    assertTrue(err.toString().contains("the key file " + other + " does not match the inventory "
        + index()), err::toString);
    assertFalse(Files.exists(out), "no report of nothing held");
  }

  @Test
  void anInventoryThatCannotBeReadIsAnErrorSayingWhyNotAnEmptyAnswer() throws Exception {
    for (var broken : BrokenInventories.make(dir.resolve("broken"), index(), key()).entrySet()) {
      Path out = dir.resolve("broken.txt");
      assertEquals(2, run("subject", "--name", "山田太郎", "--index", broken.getKey().toString(),
          "--key-file", key().toString(), "--output", out.toString()), broken::toString);
      assertTrue(err.toString().contains(broken.getValue()), () -> broken + ": " + err);
      assertTrue(err.toString().contains(broken.getKey().toString()), err::toString);
      assertFalse(Files.exists(out), "no report of nothing held");
    }
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run(subject()));
    assertTrue(err.toString().contains("Nothing to look up"), err::toString);
    assertEquals(2, run(subject("--name", "山田太郎", "--format", "csv")));
    assertEquals(2, run(subject("--email", "not-an-email")));
    assertFalse(err.toString().contains("not-an-email"), err::toString);
    assertEquals(2, run(subject("--phone", "12")));
    assertEquals(2, run(subject("--address", "どこか")));
    assertEquals(2, run("subject", "--name", "山田太郎", "--index", dir.resolve("missing").toString(),
        "--key-file", key().toString()));
    assertTrue(err.toString().contains("No inventory"), err::toString);
    assertEquals(2, run("subject", "--name", "山田太郎", "--index", index().toString(),
        "--key-file", dir.resolve("missing.key").toString()));
    assertFalse(Files.exists(dir.resolve("missing.key")), "no new key is made by a lookup");
    assertEquals(2, run(subject("--name", "山田太郎", "--policy", dir.resolve("no.policy").toString())));
    assertTrue(err.toString().contains("--policy: no such file"), err::toString);
  }
}
