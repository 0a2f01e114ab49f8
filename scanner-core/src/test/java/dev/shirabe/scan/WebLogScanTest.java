package dev.shirabe.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole scan of a web server's logs with the default policy: an Apache/nginx combined log
 * and a log of request headers. Before the web_analytics category and the COOKIE_ID type, the
 * access log's IP addresses were facility entry records and the cookies were not found.
 */
class WebLogScanTest {

  @TempDir Path dir;

  @Test
  void aWebServersLogsAreKeptForSiteAnalysisWithTheirCookiesFoundAndMasked() throws Exception {
    Path logs = Files.createDirectories(dir.resolve("share/web01/logs"));
    Files.writeString(logs.resolve("access.log"),
        "203.0.113.45 - - [10/Oct/2026:13:55:36 +0900] \"GET /products/ HTTP/1.1\" 200 2326"
            + " \"https://www.example.co.jp/\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n"
            + "198.51.100.7 - - [10/Oct/2026:13:56:01 +0900] \"POST /contact HTTP/1.1\" 302 0"
            + " \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(logs.resolve("headers-20261010.log"),
        "2026-10-10T13:55:36+09:00 client=203.0.113.45\n"
            + "Cookie: _ga=GA1.2.123456789.1234567890; JSESSIONID=9A3F61C0D2B84E7FA1C3D5E7F9B1A2C4\n",
        StandardCharsets.UTF_8);
    List<FindingRecord> records = Collections.synchronizedList(new ArrayList<>());
    try (Scanner scanner = Scanner.builder().policy(Policy.defaults()).build()) {
      scanner.scan(List.of(dir.resolve("share")), new ScanListener() {
        @Override
        public void part(SourceItem file, Part part, List<FindingRecord> found) {
          records.addAll(found);
        }
      });
    }
    List<FindingRecord> ips = records.stream()
        .filter(r -> r.finding().type() == FindingType.IP_ADDRESS).toList();
    List<FindingRecord> cookies = records.stream()
        .filter(r -> r.finding().type() == FindingType.COOKIE_ID).toList();
    assertEquals(3, ips.size(), records::toString);
    assertEquals(List.of("_ga=**************************", "JSESSIONID=" + "*".repeat(32)),
        cookies.stream().map(FindingRecord::masked).toList());
    for (FindingRecord r : records) {
      assertEquals("web_analytics", r.category(), r::toString);
      assertEquals(List.of("site_analysis"), r.purposes());
    }
    assertFalse(records.isEmpty());
    assertTrue(records.stream().noneMatch(r -> r.masked().contains("9A3F61C0")));
  }
}
