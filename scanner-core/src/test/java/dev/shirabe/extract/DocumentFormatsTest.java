package dev.shirabe.extract;

import static dev.shirabe.extract.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office and web formats of a file share give their text, a document a part. */
class DocumentFormatsTest {

  @TempDir Path dir;

  private Part extract(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Extraction result = Extraction.of(file);
    assertEquals(List.of(), result.problems);
    assertEquals(List.of(""), result.locators());
    return result.part("");
  }

  @Test
  void html() throws Exception {
    String html =
        """
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>社員名簿</title>
        <style>td { color: red }</style><script>var secret = "not text";</script></head>
        <body><h1>営業部</h1>
        <table><tr><td>山田太郎</td><td>yamada@example.co.jp</td></tr>
        <tr><td>佐藤花子</td><td>03-1234-5678</td></tr></table></body></html>
        """;
    Part part = extract("members.html", utf8(html));
    assertEquals("社員名簿", part.meta(Part.TITLE));
    for (String expected : List.of("営業部", "山田太郎", "yamada@example.co.jp", "佐藤花子", "03-1234-5678")) {
      assertTrue(part.text().contains(expected), expected + " in " + part.text());
    }
    assertTrue(!part.text().contains("not text") && !part.text().contains("color"), part.text());
  }

  @Test
  void csv() throws Exception {
    String csv = "氏名,電話番号,住所\n山田太郎,090-1234-5678,東京都千代田区丸の内1-1-1\n";
    Part part = extract("customers.csv", utf8(csv));
    assertTrue(part.text().contains("山田太郎,090-1234-5678,東京都千代田区丸の内1-1-1"), part.text());
  }

  @Test
  void xlsx() throws Exception {
    byte[] book =
        Fixtures.xlsx(
            "顧客一覧",
            List.of(
                new String[] {"氏名", "電話番号", "メール"},
                new String[] {"山田太郎", "090-1234-5678", "yamada@example.co.jp"}));
    Part part = extract("customers.xlsx", book);
    assertTrue(part.text().contains("顧客一覧"), part.text());
    // Cells of a row stay on one line, so a name and its number stay close.
    assertTrue(
        part.text()
            .lines()
            .anyMatch(
                l ->
                    l.contains("山田太郎")
                        && l.contains("090-1234-5678")
                        && l.contains("yamada@example.co.jp")),
        part.text());
  }

  @Test
  void docx() throws Exception {
    Part part =
        extract("契約書.docx", Fixtures.docx("雇用契約書", "氏名: 山田太郎", "住所: 〒100-0005 東京都千代田区丸の内1-1-1"));
    for (String expected : List.of("雇用契約書", "氏名: 山田太郎", "住所: 〒100-0005 東京都千代田区丸の内1-1-1")) {
      assertTrue(part.text().contains(expected), expected + " in " + part.text());
    }
  }

  @Test
  void pdf() throws Exception {
    Part part =
        extract(
            "contract.pdf",
            Fixtures.pdf("Employment contract", "Name: Taro Yamada", "Phone: +81 3-1234-5678"));
    for (String expected :
        List.of("Employment contract", "Name: Taro Yamada", "Phone: +81 3-1234-5678")) {
      assertTrue(part.text().contains(expected), expected + " in " + part.text());
    }
  }

  /** Office documents inside a ZIP are parts of their own, under the ZIP member's name. */
  @Test
  void documentsInAZipArePartsOfTheirOwn() throws Exception {
    Path file = dir.resolve("hr.zip");
    Files.write(
        file,
        Fixtures.zip(
            Map.of(
                "履歴書.docx", Fixtures.docx("氏名: 山田太郎"),
                "名簿.xlsx",
                    Fixtures.xlsx(
                        "名簿", List.<String[]>of(new String[] {"佐藤花子", "080-2345-6789"})))));
    Extraction result = Extraction.of(file);
    assertTrue(result.part("履歴書.docx").text().contains("氏名: 山田太郎"));
    assertTrue(result.part("名簿.xlsx").text().contains("080-2345-6789"));
  }
}
