package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.web.ServeFixture;
import dev.shirabe.web.WebServer;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page's lookup answers as {@code shirabe subject} does: for a name in each of its
 * scripts and orders, an email, a phone in two spellings and an address, the same places, how
 * each was linked, and the same correlation; and each place links to its file's findings.
 */
class ServeLookupTest {

  @TempDir static Path dir;

  private static Path index;
  private static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    index = ServeFixture.scan(dir);
    server = WebServer.start(InetAddress.getLoopbackAddress(), 0,
        ServeFixture.settings(dir, false));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyKindOfCriterionFindsWhatSubjectFindsWithTheSameLinks() throws Exception {
    List<String> yamada = null;
    String[][] criteria = {
      {"name", "山田太郎"}, {"name", "山田　太郎"}, {"name", "やまだ たろう"}, {"name", "ヤマダ タロウ"},
      {"name", "Taro Yamada"}, {"name", "YAMADA, Taro"}, {"email", "taro.yamada@example.jp"},
      {"phone", "03-5555-0101"}, {"phone", "0355550101"}, {"address", "東京都千代田区丸の内1-1-1"},
      {"name", "伊藤 四郎"},
    };
    for (int i = 0; i < criteria.length; i++) {
      String kind = criteria[i][0];
      String value = criteria[i][1];
      String where = kind + " " + value;
      Document served = Jsoup.parse(lookup(kind, value));
      Path html = dir.resolve("subject-" + i + ".html");
      StringWriter err = new StringWriter();
      assertEquals(1, Cli.run(err, "subject", "--" + kind, value, "--index", index.toString(),
          "--key-file", dir.resolve("inventory.key").toString(), "--policy",
          dir.resolve("fixture.policy").toString(), "--format", "html", "-o", html.toString()),
          where + ": " + err);
      Document written = Jsoup.parse(html.toFile(), "UTF-8");
      List<String> places = texts(written, "#places tr.place");
      assertFalse(places.isEmpty(), where + ": subject finds the person");
      assertEquals(places, texts(served, "#places tr.place"), where);
      assertEquals(texts(written, "#correlation li"), texts(served, "#correlation li"), where);
      for (Element place : served.select("#places tr.place")) {
        assertTrue(place.selectFirst("a[href^=/file?path=]") != null,
            where + ": a place links to its file: " + place);
      }
      if (kind.equals("name") && !value.equals("伊藤 四郎")) {
        // Every spelling of the one name: the same files and parts.
        List<String> files = served.select("#places tr.place td:eq(1)").eachText();
        if (yamada == null) {
          yamada = files;
        }
        assertEquals(yamada, files, where);
      }
    }
  }

  private static List<String> texts(Document page, String css) {
    return page.select(css).eachText();
  }

  private static String lookup(String kind, String value) throws Exception {
    String q = server.url().getQuery();
    String token = q.substring(q.indexOf('=') + 1);
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.base().resolve("/lookup"))
            .header("Cookie", "shirabe-" + server.port() + "=" + token)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(
                kind + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }
}
