package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Japanese plain text and CSV, written here in each charset Japanese files come in, read back
 * through the extractor. The texts avoid the few characters the JIS and vendor tables map
 * differently (〜 and ～, − and －), so that every charset must give back the same string.
 */
class PlainTextEncodingTest {

  /** About 30 characters: too short for Tika's statistical detectors alone. */
  static final String SHORT = "山田太郎様、いつもお世話になっております。佐藤です。\n";

  /** A line of a form: a name among ASCII. */
  static final String TINY = "担当: 山田太郎 TEL 03-1234-5678\n";

  static final String MAIL =
      """
      株式会社サンプル 営業部
      山田 太郎 様

      いつもお世話になっております。株式会社シラベの佐藤です。
      先日ご依頼いただきましたお見積りの件、添付の通りご送付いたします。
      ご不明な点がございましたら、03-1234-5678 までお電話ください。
      今後ともよろしくお願い申し上げます。
      """;

  static final String CUSTOMERS =
      """
      顧客番号,氏名,フリガナ,電話番号,メールアドレス,住所
      1001,山田太郎,ヤマダタロウ,090-1234-5678,yamada@example.co.jp,東京都千代田区丸の内1-1-1
      1002,佐藤花子,サトウハナコ,080-2345-6789,sato@example.co.jp,大阪府大阪市北区梅田2-2-2
      1003,鈴木一郎,スズキイチロウ,070-3456-7890,suzuki@example.co.jp,愛知県名古屋市中区栄3-3-3
      1004,高橋美咲,タカハシミサキ,03-4567-8901,takahashi@example.co.jp,福岡県福岡市博多区博多駅前4-4-4
      """;

  /** Half-width katakana, as bank transfer and ledger exports write names. */
  static final String HALF_WIDTH = "ﾔﾏﾀﾞ ﾀﾛｳ,ｻﾄｳ ﾊﾅｺ,ｽｽﾞｷ ｲﾁﾛｳ\n";

  /** Characters only the vendor tables have: NEC row 13 and an IBM extension kanji. */
  static final String VENDOR = "㈱シラベ 第①営業部 髙橋様へ、請求書Ⅱをお送りします。\n";

  @TempDir Path dir;

  static Stream<Arguments> standardCharsets() {
    List<String> charsets =
        List.of("Shift_JIS", "windows-31j", "EUC-JP", "ISO-2022-JP", "UTF-8", "UTF-8 with BOM");
    List<String[]> texts =
        List.of(
            new String[] {"tiny.txt", TINY},
            new String[] {"short.txt", SHORT},
            new String[] {"mail.txt", MAIL},
            new String[] {"customers.csv", CUSTOMERS});
    return charsets.stream().flatMap(c -> texts.stream().map(t -> Arguments.of(c, t[0], t[1])));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("standardCharsets")
  void decodes(String charset, String name, String text) throws Exception {
    assertRoundTrip(charset, name, text);
  }

  @ParameterizedTest(name = "half-width katakana in {0}")
  @MethodSource("halfWidthCharsets")
  void decodesHalfWidthKatakana(String charset) throws Exception {
    assertRoundTrip(charset, "zengin.csv", HALF_WIDTH);
  }

  static Stream<String> halfWidthCharsets() {
    return Stream.of("windows-31j", "EUC-JP", "UTF-8");
  }

  /** What Japanese Windows, Unix and mail clients write for ①, ㈱, 髙. */
  @ParameterizedTest(name = "vendor characters in {0}")
  @MethodSource("vendorCharsets")
  void decodesVendorCharacters(String charset) throws Exception {
    assertRoundTrip(charset, "vendor.txt", VENDOR);
  }

  static Stream<String> vendorCharsets() {
    return Stream.of("windows-31j", "x-eucJP-Open", "x-windows-iso2022jp", "UTF-8");
  }

  private void assertRoundTrip(String charset, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    byte[] bytes =
        charset.equals("UTF-8 with BOM")
            ? ("\uFEFF" + text).getBytes(Charset.forName("UTF-8"))
            : text.getBytes(Charset.forName(charset));
    Files.write(file, bytes);
    Extraction result = Extraction.of(file);
    assertEquals(List.of(""), result.locators());
    String extracted = result.part("").text();
    assertFalse(extracted.contains("\uFEFF"), "the byte order mark is not text");
    assertEquals(text.strip(), extracted.strip());
  }
}
