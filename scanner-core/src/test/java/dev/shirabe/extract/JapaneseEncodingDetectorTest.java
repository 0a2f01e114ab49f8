package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseEncodingDetectorTest {

  @TempDir Path dir;

  private static Charset detect(String text, String charset) {
    return JapaneseEncodingDetector.detect(text.getBytes(Charset.forName(charset)), true);
  }

  @Test
  void sevenBitTextIsLeftToTikaUnlessItHasIso2022Escapes() {
    assertNull(detect("Dear Mr Yamada, see you at 10:00.", "US-ASCII"));
    assertEquals("x-windows-iso2022jp", detect("山田様", "ISO-2022-JP").name());
  }

  @Test
  void validUtf8IsUtf8() {
    // Read as Shift_JIS these bytes are valid too: 鬘ｧ螳｢蜷咲ｰｿ.
    assertEquals(StandardCharsets.UTF_8, detect("顧客名簿", "UTF-8"));
  }

  /**
   * EUC-JP bytes of kanji are also valid Shift_JIS, as half-width katakana; and the reverse.
   * The character frequencies decide.
   */
  @Test
  void ambiguousBytesGoToTheCharsetThatReadsAsJapanese() {
    assertEquals("x-eucJP-Open", detect("Name: Yamada Taro 山田", "EUC-JP").name());
    assertEquals("windows-31j", detect("Name: Yamada Taro 山田", "windows-31j").name());
    assertEquals("x-eucJP-Open", detect("ﾔﾏﾀﾞ ﾀﾛｳ ｶﾌﾞｼｷｶﾞｲｼｬ", "EUC-JP").name());
    assertEquals("windows-31j", detect("ﾔﾏﾀﾞ ﾀﾛｳ ｶﾌﾞｼｷｶﾞｲｼｬ", "windows-31j").name());
  }

  @Test
  void japaneseCharsetsAreReadWithTheirVendorSupersets() {
    assertEquals(
        "windows-31j", JapaneseEncodingDetector.superset(Charset.forName("Shift_JIS")).name());
    assertEquals(
        "x-eucJP-Open", JapaneseEncodingDetector.superset(Charset.forName("EUC-JP")).name());
    assertEquals(
        "x-windows-iso2022jp",
        JapaneseEncodingDetector.superset(Charset.forName("ISO-2022-JP")).name());
    assertEquals(StandardCharsets.UTF_8, JapaneseEncodingDetector.superset(StandardCharsets.UTF_8));
  }

  static Stream<Arguments> otherLanguages() {
    return Stream.of(
        Arguments.of(
            "ISO-8859-1",
            "Le café est très bon à Paris. Élève, garçon, où êtes-vous? Ça va très bien."),
        Arguments.of(
            "windows-1252",
            "Grüße aus München! Die Straße ist schön. Über Äpfel und Öl – „Zitat“."),
        Arguments.of(
            "windows-1251", "Привет, как дела? Это тестовый текст на русском языке для проверки."),
        Arguments.of(
            "KOI8-R", "Привет, как дела? Это тестовый текст на русском языке для проверки."),
        Arguments.of("EUC-KR", "안녕하세요. 오늘 회의는 서울에서 열립니다. 자료를 준비해 주세요."),
        Arguments.of("GBK", "我们今天去北京开会，请准备好相关的资料和文件。谢谢大家的支持。"),
        Arguments.of("Big5", "我們今天去台北開會，請準備好相關的資料和文件。謝謝大家的支持。"));
  }

  /** Other languages' legacy charsets are not taken for Japanese, and Tika reads them right. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("otherLanguages")
  void otherLanguagesAreLeftToTika(String charset, String text) throws Exception {
    assertNull(detect(text, charset));
    Path file = dir.resolve("other.txt");
    Files.write(file, (text + "\n").getBytes(Charset.forName(charset)));
    assertEquals(text, Extraction.of(file).part("").text().strip());
  }

  /** A charset the document declares is taken, read with the vendor superset. */
  @Test
  void declaredHtmlCharsetWins() throws Exception {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
            + "<title>請求書</title></head><body><p>㈱シラベ 第①営業部 御中</p></body></html>";
    Path file = dir.resolve("invoice.html");
    Files.write(file, html.getBytes(Charset.forName("windows-31j")));
    Part part = Extraction.of(file).part("");
    assertTrue(part.text().contains("㈱シラベ 第①営業部 御中"), part.text());
    assertEquals("請求書", part.meta(Part.TITLE));
  }

  @Test
  void unicodeWithoutAByteOrderMarkIsToldByItsNulBytes() {
    String text = "担当: 山田太郎 TEL 03-1234-5678\n";
    for (String name : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
      Charset charset = Charset.forName(name);
      assertEquals(charset, JapaneseEncodingDetector.detect(text.getBytes(charset), true), name);
      assertEquals(charset, JapaneseEncodingDetector.detect(
          (text + text).getBytes(charset), false), name + ", a sample cut anywhere");
    }
  }

  /** Binary data with NUL bytes in alternating positions decodes to control characters. */
  @Test
  void binaryDataIsNotTakenForUnicodeText() {
    java.nio.ByteBuffer shorts = java.nio.ByteBuffer.allocate(2000);
    java.nio.ByteBuffer ints = java.nio.ByteBuffer.allocate(4000);
    for (int i = 0; i < 1000; i++) {
      if (i < 1000 / 2) {
        shorts.putShort((short) i);
        shorts.putShort((short) (i * 7));
      }
      ints.putInt(i * 3);
    }
    for (byte[] binary : List.of(shorts.array(), ints.array())) {
      assertNull(UnicodeTextDetector.charset(binary, true));
    }
  }

  @Test
  void legacyTextBehindAUtf8ByteOrderMarkIsReadInItsOwnCharset() {
    String text = "担当: 山田太郎 TEL 03-1234-5678\n";
    for (String name : List.of("windows-31j", "EUC-JP")) {
      byte[] legacy = text.getBytes(Charset.forName(name));
      byte[] marked = new byte[legacy.length + 3];
      marked[0] = (byte) 0xEF;
      marked[1] = (byte) 0xBB;
      marked[2] = (byte) 0xBF;
      System.arraycopy(legacy, 0, marked, 3, legacy.length);
      Charset detected = JapaneseEncodingDetector.detect(marked, true);
      assertTrue(detected instanceof AfterUtf8Mark, name + ": " + detected);
      assertEquals(text, new String(marked, detected), name);
    }
  }

  @Test
  void scoreFavoursOrdinaryJapanese() {
    int japanese = JapaneseEncodingDetector.score("お見積りをお送りします。");
    int misread = JapaneseEncodingDetector.score("車煮実酌 実杓宍 叱捨酌湿執叱酌軸湿汐");
    assertTrue(japanese > 0 && misread < 0, japanese + " " + misread);
  }
}
