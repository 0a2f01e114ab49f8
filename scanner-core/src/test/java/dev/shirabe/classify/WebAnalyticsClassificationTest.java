package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web access logs and cookie logs are kept for analysing access to the company's websites (the
 * seed's section 4), not as records of entry to its buildings: before the web_analytics
 * category, an IP address in {@code access.log} was classified facility_access (its file name
 * reads "access log", a facility signal).
 */
class WebAnalyticsClassificationTest {

  private static final String COMBINED =
      "203.0.113.45 - - [10/Oct/2026:13:55:36 +0900] \"GET /products/index.html HTTP/1.1\" 200"
          + " 2326 \"https://www.example.co.jp/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
          + " AppleWebKit/537.36 Chrome/120.0.0.0 Safari/537.36\"\n"
          + "198.51.100.7 - - [10/Oct/2026:13:56:01 +0900] \"POST /contact HTTP/1.1\" 302 0 \"-\""
          + " \"Mozilla/5.0\"\n";

  private static PolicyClassifier classifier;

  @BeforeAll
  static void open() {
    classifier = new PolicyClassifier(Policy.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    classifier.close();
  }

  private static Classification one(String path, String text, FindingType type, String value) {
    Part part = new Part("", text, Map.of());
    int at = text.indexOf(value);
    assertTrue(at >= 0, value);
    Finding finding = new Finding(type, null, at, at + value.length(), value, value, 0.9, "test");
    return classifier.classify(Path.of(path), part, List.of(finding)).get(0);
  }

  @Test
  void anIpAddressInAnAccessLogIsKeptForSiteAnalysisNotFacilityEntry() {
    for (String path : List.of("var/log/httpd/access.log", "logs/nginx/access_log.1",
        "share/web/ssl_access.log")) {
      Classification c = one(path, COMBINED, FindingType.IP_ADDRESS, "198.51.100.7");
      assertEquals("web_analytics", c.category(), path + " " + c.signals());
      assertEquals(List.of("site_analysis"), c.purposes());
    }
  }

  @Test
  void combinedLogLinesSpeakForSiteAnalysisWhateverTheFileIsCalled() {
    Classification c = one("logs/frontend-2026-10-10.log", COMBINED, FindingType.IP_ADDRESS,
        "203.0.113.45");
    assertEquals("web_analytics", c.category(), c.signals()::toString);
  }

  @Test
  void aCookieHeaderLogIsSiteAnalysis() {
    String text = "2026-10-10T13:55:36+09:00 req=8f2c\n"
        + "Cookie: _ga=GA1.2.123456789.1234567890; _gid=GA1.2.987654321.1234567890;"
        + " JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4\n";
    Classification c = one("debug/headers-20261010.txt", text, FindingType.COOKIE_ID,
        "JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4");
    assertEquals("web_analytics", c.category(), c.signals()::toString);
  }

  @Test
  void cookieIdentifiersInAPartMakeItAWebLogUnlessSomethingElseSpeaks() {
    String headers = "2026-10-10T13:55:36+09:00 client=203.0.113.45\n"
        + "Cookie: _ga=GA1.2.123456789.1234567890\n";
    Part part = new Part("", headers, Map.of());
    int ip = headers.indexOf("203.0.113.45");
    int ga = headers.indexOf("_ga=");
    List<Finding> findings = List.of(
        new Finding(FindingType.IP_ADDRESS, null, ip, ip + 12, "203.0.113.45", "203.0.113.45",
            0.8, "test"),
        new Finding(FindingType.COOKIE_ID, "analytics", ga, headers.indexOf('\n', ga),
            "_ga=GA1.2.123456789.1234567890", "_ga=GA1.2.123456789.1234567890", 0.85, "test"));
    Classification c = classifier.classify(Path.of("debug/h-20261010.txt"), part, findings).get(0);
    assertEquals("web_analytics", c.category());
    assertEquals(List.of("finding:COOKIE_ID"), c.signals());
    // Half a signal: a file name of another category decides.
    Classification customer =
        classifier.classify(Path.of("share/顧客一覧.txt"), part, findings).get(0);
    assertEquals("customer", customer.category(), customer.signals()::toString);
    // Without the cookie, nothing says what the address is kept for.
    assertEquals(null, classifier.classify(Path.of("debug/h-20261010.txt"), part,
        findings.subList(0, 1)).get(0).category());
  }

  @Test
  void aFindingKeyNamesKindsOfDataAsRecordsDo() throws Exception {
    String minimal = "[category web]\nlabel: ウェブ | Web\npurpose: a | 解析 | Analysis\n";
    Policy policy = PolicyReader.parse("p.policy", minimal + "finding: COOKIE_ID, IP_ADDRESS\n");
    assertEquals(java.util.Set.of(FindingType.COOKIE_ID, FindingType.IP_ADDRESS),
        policy.section("web").orElseThrow().findings());
    PolicyFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        PolicyFormatException.class,
        () -> PolicyReader.parse("p.policy", minimal + "finding: cookie\n"));
    assertTrue(e.getMessage().startsWith("p.policy:4: finding must name kinds of data"),
        e.getMessage());
  }

  @Test
  void theSecurityGatesEntryLogStaysFacilityAccess() {
    String text = "日時,氏名,所属,入退室,ゲート\n2024/02/01 08:55,山田 太郎,営業部,入室,正面\n";
    Classification c = one("総務/入退室記録_2024年2月.csv", text, FindingType.PERSON, "山田 太郎");
    assertEquals("facility_access", c.category(), c.signals()::toString);
    Classification door = one("security/door-access-2024-02.csv",
        "time,name,door\n2024-02-01 08:55,Taro Yamada,Gate A\n", FindingType.PERSON,
        "Taro Yamada");
    assertEquals("facility_access", door.category(), door.signals()::toString);
  }
}
