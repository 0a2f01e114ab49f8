package dev.shirabe.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.InventorySink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web page's handlers, over HTTP on the loopback address, on a scanned inventory. */
class WebServerTest {

  @TempDir static Path dir;

  private static WebServer server;
  private static WebServer revealing;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() throws Exception {
    ServeFixture.scan(dir);
    server = WebServer.start(InetAddress.getLoopbackAddress(), 0,
        ServeFixture.settings(dir, false));
    revealing = WebServer.start(InetAddress.getLoopbackAddress(), 0,
        ServeFixture.settings(dir, true));
  }

  @AfterAll
  static void stop() {
    server.close();
    revealing.close();
  }

  private static String token(WebServer s) {
    String q = s.url().getQuery();
    return q.substring(q.indexOf('=') + 1);
  }

  private static HttpResponse<String> get(WebServer s, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder r = HttpRequest.newBuilder(s.base().resolve(path));
    if (headers.length > 0) {
      r.headers(headers);
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** With the token in the cookie, as a browser sends it after the first visit. */
  private static HttpResponse<String> page(WebServer s, String path)
      throws IOException, InterruptedException {
    return get(s, path, "Cookie", "other=1; shirabe-" + s.port() + "=" + token(s));
  }

  private static HttpResponse<String> lookup(WebServer s, String form)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(s.base().resolve("/lookup"))
        .header("Cookie", "shirabe-" + s.port() + "=" + token(s))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String form(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void aRequestWithoutTheTokenIsRefusedWith401AndAWrongOneWith403() throws Exception {
    for (String path : List.of("/", "/ledger", "/file?path=%2Fetc%2Fpasswd", "/nothing")) {
      HttpResponse<String> none = get(server, path);
      assertEquals(401, none.statusCode(), path);
      assertFalse(none.body().contains("<"), "no page, only a message: " + none.body());
    }
    assertEquals(403, get(server, "/?token=" + "A".repeat(43)).statusCode());
    assertEquals(403, get(server, "/?token=x").statusCode(), "a token of another length");
    assertEquals(403, get(server, "/", "Cookie", "shirabe-" + server.port() + "=wrong").statusCode());
    assertEquals(403, get(server, "/", "Authorization", "Bearer wrong").statusCode());
    // The other server's token does not open this one.
    assertEquals(403, get(server, "/?token=" + token(revealing)).statusCode());
    assertEquals(401, HTTP.send(HttpRequest.newBuilder(server.base().resolve("/lookup"))
        .POST(HttpRequest.BodyPublishers.ofString(form("name", "山田太郎"))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode(), "a lookup posted from elsewhere");
  }

  @Test
  void theTokenInTheUrlBecomesAStrictHttpOnlyCookieAndLeavesTheAddress() throws Exception {
    HttpResponse<String> first = get(server, "/findings?type=EMAIL&token=" + token(server));
    assertEquals(303, first.statusCode());
    assertEquals("/findings?type=EMAIL", first.headers().firstValue("Location").orElseThrow());
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("shirabe-" + server.port() + "=" + token(server) + ";"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals(200, page(server, "/findings?type=EMAIL").statusCode());
    assertEquals(200, get(server, "/", "Authorization", "Bearer " + token(server)).statusCode());
    assertTrue(token(server).length() >= 43, "256 bits, base64: " + token(server));
  }

  @Test
  void everyResponseCarriesTheSecurityHeadersAndTheStyleHasTheNonceOfThePolicy()
      throws Exception {
    for (HttpResponse<String> r : List.of(get(server, "/"), get(server, "/?token=bad"),
        page(server, "/"), page(server, "/ledger"), page(server, "/nothing"),
        lookup(server, form("name", "山田太郎")))) {
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      String where = r.uri() + " " + r.statusCode();
      assertTrue(csp.startsWith("default-src 'none';"), where + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"),
          where + ": " + csp);
      assertFalse(csp.contains("unsafe") || csp.contains("script-src"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where);
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), where);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), where);
      if (r.statusCode() == 200) {
        Document page = Jsoup.parse(r.body());
        String nonce = page.selectFirst("style").attr("nonce");
        assertFalse(nonce.isEmpty(), where);
        assertTrue(csp.contains("style-src 'nonce-" + nonce + "'"), where + ": " + csp);
        assertEquals(1, page.select("style").size(), where);
        assertTrue(page.select("script, link, img, iframe, [style]").isEmpty(), where);
      }
    }
    assertFalse(page(server, "/").headers().firstValue("Content-Security-Policy")
        .equals(page(server, "/").headers().firstValue("Content-Security-Policy")),
        "a new nonce for each response");
  }

  @Test
  void aLookupFindsWhatSubjectFindsAndSendsNoRawValueWithoutReveal() throws Exception {
    String form = form("name", "ヤマダ タロウ") + "&" + form("email", "")
        + "&" + form("phone", "03-5555-0101");
    HttpResponse<String> r = lookup(server, form);
    assertEquals(200, r.statusCode(), r.body());
    Document page = Jsoup.parse(r.body());
    assertEquals(2, page.select("tr.place").size(), r.body());
    assertTrue(page.select("tr.place a[href^=/file?path=]").size() == 2, "places link to files");
    for (String raw : ServeFixture.RAW) {
      assertFalse(r.body().contains(raw), raw);
    }
    assertFalse(r.body().contains("ヤマダ タロウ"), "the request, masked");
    HttpResponse<String> shown = lookup(revealing, form);
    assertTrue(shown.body().contains("ヤマダ タロウ"), "with --reveal the request as typed");
    assertEquals(400, lookup(server, form("name", " ")).statusCode());
    HttpResponse<String> bad = lookup(server, form("phone", "abc-555-not"));
    assertEquals(400, bad.statusCode());
    assertFalse(bad.body().contains("abc-555-not"), "an unreadable criterion is not echoed");
  }

  @Test
  void browsingPagesShowMaskedValuesOnly() throws Exception {
    for (String path : List.of("/", "/findings?type=EMAIL", "/findings?type=PERSON",
        "/findings?type=PHONE", "/findings?category=-", "/folders", "/ledger", "/unpurposed",
        "/retention", "/unread", "/findings?under=" + URLEncoder.encode(dir.resolve("share").toString(),
            StandardCharsets.UTF_8))) {
      HttpResponse<String> r = page(server, path);
      assertEquals(200, r.statusCode(), path);
      for (String raw : ServeFixture.RAW) {
        assertFalse(r.body().contains(raw), path + " holds " + raw);
      }
    }
    Document emails = Jsoup.parse(page(server, "/findings?type=EMAIL").body());
    // Four in the share (a fifth when the test that scans more ran first).
    assertTrue(emails.select("tr.finding").size() >= 4, emails.html());
    assertEquals(emails.selectFirst("#count").text().replaceAll("\\D", ""),
        Integer.toString(emails.select("tr.finding").size()));
    assertTrue(emails.select("td.value").text().contains("@example.jp"), "masked, domain kept");
    Document all = Jsoup.parse(page(server, "/findings").body());
    assertNotNull(all.selectFirst("#by-type a[href=/findings?type=EMAIL]"), all.html());
  }

  @Test
  void theRetentionReportListsTheRetireesKeptPastTheirPeriod() throws Exception {
    HttpResponse<String> r = page(server, "/retention");
    assertEquals(200, r.statusCode());
    Document page = Jsoup.parse(r.body());
    assertTrue(page.selectFirst("h1").text().contains("保管期間を過ぎた個人情報"), r.body());
    assertEquals(1, page.select("tr.entry").size(), r.body());
    String row = page.selectFirst("tr.entry").text();
    assertTrue(row.contains("退職者") && row.contains("P5Y") && row.contains("2017-03-31"), row);
    assertNotNull(page.selectFirst("nav.site a[href=/retention]"), "in the navigation");
    assertNotNull(Jsoup.parse(page(server, "/").body()).selectFirst("a[href=/retention]"),
        "linked from the start page");
  }

  @Test
  void findingsAreBrowsedByFlagAndFoldersByTheirSubfolders() throws Exception {
    Document start = Jsoup.parse(page(server, "/").body());
    assertNotNull(start.selectFirst("#by-flag a[href=/findings?flag=retention_exceeded]"),
        start.html());
    Document flagged = Jsoup.parse(page(server, "/findings?flag=retention_exceeded").body());
    List<String> rows = flagged.select("tr.finding").eachText();
    assertEquals(2, rows.size(), flagged.html()); // the retiree's name and phone
    for (String row : rows) {
      assertTrue(row.contains("退職者一覧.csv") && row.contains("retention_exceeded"), row);
    }
    Document share = Jsoup.parse(page(server, "/folders?path="
        + URLEncoder.encode(dir.resolve("share").toString(), StandardCharsets.UTF_8)).body());
    assertEquals(List.of("人事/", "共有/", "営業/"), share.select("tr.folder td.path").eachText());
    Document hr = Jsoup.parse(page(server, "/folders?path="
        + URLEncoder.encode(dir.resolve("share/人事/退職者").toString(), StandardCharsets.UTF_8)).body());
    assertEquals(List.of("退職者一覧.csv"), hr.select("tr.file td.path").eachText());
  }

  @Test
  void aHostileFileNameIsShownAsTextOnEveryPage() throws Exception {
    String file = dir.resolve("share/共有").resolve(ServeFixture.HOSTILE_NAME).toString();
    for (String path : List.of("/findings?type=EMAIL",
        "/folders?path=" + URLEncoder.encode(dir.resolve("share/共有").toString(), StandardCharsets.UTF_8),
        "/file?path=" + URLEncoder.encode(file, StandardCharsets.UTF_8), "/ledger", "/unpurposed",
        "/retention")) {
      HttpResponse<String> r = page(server, path);
      assertEquals(200, r.statusCode(), path);
      assertFalse(r.body().contains("<script") || r.body().contains("<img"), path);
      Document page = Jsoup.parse(r.body());
      assertTrue(page.select("script").isEmpty(), path);
      // The ledger lists folders, not files; the retention report only the retirees.
      if (!path.equals("/ledger") && !path.equals("/retention")) {
        assertTrue(page.text().contains(ServeFixture.HOSTILE_NAME), path + ": " + page.text());
      }
    }
  }

  @Test
  void aFilesPageListsItsFindingsAndAnUnknownFileIs404() throws Exception {
    String file = dir.resolve("share/営業/顧客名簿.csv").toString();
    Document page = Jsoup.parse(page(server, "/file?path="
        + URLEncoder.encode(file, StandardCharsets.UTF_8)).body());
    assertEquals(file, page.selectFirst("#file").text());
    assertTrue(page.select("tr.finding").size() >= 6, page.html());
    assertEquals(404, page(server, "/file?path=%2Fno%2Fsuch").statusCode());
  }

  @Test
  void onlyTheLookupTakesAPostAndUnknownPagesAre404() throws Exception {
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.base().resolve("/ledger"))
        .header("Cookie", "shirabe-" + server.port() + "=" + token(server))
        .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals(404, page(server, "/etc/passwd").statusCode());
    assertEquals(413, lookup(server, form("name", "x".repeat(Parameters.MAX_FORM_BYTES + 1)))
        .statusCode());
  }

  @Test
  void pagesAreServedWhileAScanHoldsTheInventoryAndShowItsCommits() throws Exception {
    long before = count(page(server, "/"));
    // A writer holds the inventory's lock, as a running scan does: readers are not refused.
    try (InventorySink writing = InventorySink.open(dir.resolve("inventory"),
        ServeFixture.hasher(dir), InventorySink.Settings.DEFAULTS)) {
      assertNotNull(writing);
      assertEquals(200, page(server, "/").statusCode());
      assertEquals(200, page(server, "/ledger").statusCode());
      assertEquals(200, lookup(server, form("name", "山田太郎")).statusCode());
    }
    Path more = dir.resolve("more");
    ServeFixture.write(more.resolve("追加.txt"), "担当 佐藤 次郎 jiro.sato@example.jp\n");
    ServeFixture.scan(more, dir.resolve("inventory"), ServeFixture.hasher(dir),
        ServeFixture.policy(dir));
    assertEquals(before + 1, count(page(server, "/")), "the next request sees the new commit");
  }

  private static long count(HttpResponse<String> home) {
    return Long.parseLong(Jsoup.parse(home.body()).select("#summary dd").first().text());
  }
}
