package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text whose bytes and label disagree, or that has no label: read right where the bytes
 * leave no doubt, and reported as a problem where they do; never silently empty.
 */
class MislabelledEncodingTest {

  /** A name and a phone number: what a scan must not miss. */
  static final String TEXT = "担当: 山田太郎 TEL 03-1234-5678\n顧客 佐藤花子様 090-2345-6789\n";

  @TempDir Path dir;

  static Stream<String> unicodeWithoutBom() {
    return Stream.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE");
  }

  /** A line too short for Tika's statistical detectors. */
  static final String LINE = "山田太郎 03-1234-5678\n";

  @ParameterizedTest(name = "{0} without a byte-order mark")
  @MethodSource("unicodeWithoutBom")
  void unicodeWithoutAByteOrderMarkIsRead(String charset) throws Exception {
    Path text = Files.write(dir.resolve("contacts.txt"), LINE.getBytes(Charset.forName(charset)));
    assertReadAs(LINE, Extraction.of(text));
    // Without a name that says text, its NUL bytes made it binary: no part at all.
    Path export = Files.write(dir.resolve("export"), TEXT.getBytes(Charset.forName(charset)));
    assertReadAs(TEXT, Extraction.of(export));
  }

  @Test
  void htmlInCp932LabelledUtf8IsReadAsCp932() throws Exception {
    String html = "<html><head><meta charset=\"UTF-8\"><title>顧客一覧</title></head><body>"
        + "<p>担当: 山田太郎 TEL 03-1234-5678</p><p>顧客 佐藤花子様 090-2345-6789</p>"
        + "</body></html>";
    Path file = Files.write(dir.resolve("customers.html"),
        html.getBytes(Charset.forName("windows-31j")));
    Extraction result = Extraction.of(file);
    String text = result.part("").text();
    assertTrue(text.contains("山田太郎 TEL 03-1234-5678"), text);
    assertTrue(text.contains("佐藤花子様"), text);
  }

  @Test
  void htmlInCp932LabelledUtf8InItsHttpEquivIsReadAsCp932() throws Exception {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        + "charset=utf-8\"></head><body><p>担当: 山田太郎 TEL 03-1234-5678</p></body></html>";
    Path file = Files.write(dir.resolve("contact.htm"),
        html.getBytes(Charset.forName("windows-31j")));
    String text = Extraction.of(file).part("").text();
    assertTrue(text.contains("山田太郎 TEL 03-1234-5678"), text);
  }

  @Test
  void aUtf8ByteOrderMarkBeforeShiftJisIsReadAsShiftJis() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(TEXT.getBytes(Charset.forName("windows-31j")));
    Path file = Files.write(dir.resolve("contacts.csv"), bytes.toByteArray());
    assertReadAs(TEXT, Extraction.of(file));
  }

  @Test
  void aUtf8ByteOrderMarkBeforeEucJpIsReadAsEucJp() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(TEXT.getBytes(Charset.forName("EUC-JP")));
    Path file = Files.write(dir.resolve("contacts.txt"), bytes.toByteArray());
    assertReadAs(TEXT, Extraction.of(file));
  }

  /** Bytes no Japanese charset reads: what was read is kept, and the file says so. */
  @Test
  void textValidInNoCandidateIsReportedAsAProblem() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write("担当 TEL 03-1234-5678 ".getBytes(StandardCharsets.UTF_8));
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0xFF, 0x20});
    bytes.write("山田太郎\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("broken.txt"), bytes.toByteArray());
    Extraction result = Extraction.of(file);
    assertTrue(result.part("").text().contains("03-1234-5678"), result.part("").text());
    assertEquals(1, result.problems.size(), result.problems::toString);
    assertTrue(result.problems.get(0).reason().startsWith(
        "text is not valid in its declared or detected encoding"), result.problems::toString);
  }

  private static void assertReadAs(String expected, Extraction result) {
    assertEquals(List.of(""), result.locators());
    assertEquals(expected.strip(), result.part("").text().strip());
    assertEquals(List.of(), result.problems);
  }
}
