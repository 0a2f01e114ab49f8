package dev.shirabe.detect.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieIdDetectorTest {

  private static final CookieIdDetector DETECTOR = new CookieIdDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.COOKIE_ID);

  private static List<String> texts(String text) {
    return PROBE.detect(text).stream().map(Finding::text).toList();
  }

  @Test
  void aKnownCookiesNameBeforeItsValueIsAnIdentifier() {
    Finding ga = PROBE.only("_ga=GA1.2.123456789.1234567890");
    assertEquals("_ga=GA1.2.123456789.1234567890", ga.normalized());
    assertEquals(CookieIdDetector.ANALYTICS, ga.subtype());
    Finding session = PROBE.only("JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4 を確認");
    assertEquals("JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4", session.text());
    assertEquals(CookieIdDetector.SESSION, session.subtype());
    assertEquals(CookieIdDetector.SESSION,
        PROBE.only("ASP.NET_SessionId=xk2vq5ldk3mz1n0b4yq1mrt0").subtype());
    assertEquals(CookieIdDetector.ANALYTICS,
        PROBE.only("_ga_X7Q2LMN8PK=GS1.1.1696912345.3.1.1696912400.0.0.0").subtype());
  }

  @Test
  void findsEveryCookieOfACookieHeaderAndAnAccessLogsCookieField() {
    assertEquals(List.of("_ga=GA1.2.123456789.1234567890", "_gid=GA1.2.987654321.1234567890",
        "PHPSESSID=8b1c2d3e4f5a6b7c8d9e0f1a2b"),
        texts("Cookie: _ga=GA1.2.123456789.1234567890; _gid=GA1.2.987654321.1234567890;"
            + " PHPSESSID=8b1c2d3e4f5a6b7c8d9e0f1a2b; lang=ja"));
    // An unknown name counts inside a Cookie header when its value looks generated.
    assertEquals(List.of("SESSION=YzA1ZjE2NmEtZjk3Mi00ZTg1"),
        texts("Set-Cookie: SESSION=YzA1ZjE2NmEtZjk3Mi00ZTg1; Path=/; Secure; HttpOnly;"
            + " Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=31536000000000"));
    String log = "203.0.113.45 - - [10/Oct/2026:13:55:36 +0900] \"GET /cart;jsessionid="
        + "9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4?item=3 HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0\""
        + " cookie=\"_ga=GA1.2.1111111111.1696912345; visitor=a1b2c3d4e5f6a7b8c9d0\"";
    assertEquals(List.of("jsessionid=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4",
        "_ga=GA1.2.1111111111.1696912345", "visitor=a1b2c3d4e5f6a7b8c9d0"), texts(log));
  }

  @Test
  void neverABareRandomStringNorAnUnknownNameOutsideACookieField() {
    PROBE.none("9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4");
    PROBE.none("GA1.2.123456789.1234567890");
    PROBE.none("token=a1b2c3d4e5f6a7b8c9d0e1f2 in the build log");
    PROBE.none("https://example.jp/search?q=a1b2c3d4e5f6a7b8c9d0e1f2&page=2");
    PROBE.none("sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }

  @Test
  void aKnownNameNeedsAnIdentifiersValue() {
    PROBE.none("Set-Cookie: JSESSIONID=deleted; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    PROBE.none("sessionid=null");
    PROBE.none("_ga=1");
    PROBE.none("Cookie: lang=ja; theme=dark; consent=true");
    PROBE.none("my_ga=GA1.2.123456789.1234567890"); // another cookie, not _ga
  }

  @Test
  void theMaskKeepsTheCookiesNameAndStarsItsValue() {
    Finding f = PROBE.only("JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4");
    String masked = Masking.mask(f.type(), f.text());
    assertEquals("JSESSIONID=" + "*".repeat(32), masked);
    assertEquals("_ga=**************************",
        Masking.mask(FindingType.COOKIE_ID, "_ga=GA1.2.123456789.1234567890"));
  }

  @Test
  void aScanReportsThemOverTheDigitsInsideTheirValues() {
    List<Finding> all = DetectorSet.standard()
        .detect("Cookie: _ga=GA1.2.123456789.1234567890; JSESSIONID=0312345678ABCDEF0312345678");
    assertTrue(all.stream().allMatch(f -> f.type() == FindingType.COOKIE_ID), all::toString);
    assertEquals(2, all.size(), all::toString);
  }
}
