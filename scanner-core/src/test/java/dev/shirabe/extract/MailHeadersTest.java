package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mail headers reach the text as the mail wrote them, in the charsets Japanese mailers use. */
class MailHeadersTest {

  @TempDir Path dir;

  private static String encodedWord(String text, String label, String charset) {
    byte[] bytes = text.getBytes(Charset.forName(charset));
    return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
  }

  private Path eml(String name, byte[] header, String body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header);
    out.writeBytes(
        ("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body)
            .getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  /**
   * Outlook labels its mail ISO-2022-JP and writes ①, ㈱ and 髙 in it; the strict table, which
   * Tika decodes encoded words with, has none of them.
   */
  @Test
  void iso2022jpEncodedWordsWithVendorCharacters() throws Exception {
    String header =
        "From: "
            + encodedWord("髙橋 一郎", "ISO-2022-JP", "x-windows-iso2022jp")
            + " <takahashi@example.co.jp>\r\n"
            + "To: "
            + encodedWord("㈱シラベ 総務部", "ISO-2022-JP", "x-windows-iso2022jp")
            + " <soumu@example.co.jp>\r\n"
            + "Subject: "
            + encodedWord("①会議の件", "ISO-2022-JP", "x-windows-iso2022jp")
            + "\r\n";
    Part mail =
        Extraction.of(eml("meeting.eml", header.getBytes(StandardCharsets.US_ASCII), "本文\r\n"))
            .part("");
    assertTrue(
        mail.text()
            .startsWith(
                "From: 髙橋 一郎 <takahashi@example.co.jp>\n"
                    + "To: ㈱シラベ 総務部 <soumu@example.co.jp>\n"
                    + "Subject: ①会議の件\n\n"),
        mail.text());
    assertEquals("①会議の件", mail.meta(Part.SUBJECT));
    assertEquals("①会議の件", mail.meta(Part.TITLE));
  }

  /** Against RFC 5322, but common from Japanese mobile and in-house mailers. */
  @Test
  void rawShiftJisHeaders() throws Exception {
    String header =
        "From: 山田太郎 <yamada@example.co.jp>\r\nTo: soumu@example.co.jp\r\nSubject: 見積書の送付\r\n";
    Part mail =
        Extraction.of(eml("raw.eml", header.getBytes(Charset.forName("windows-31j")), "本文\r\n"))
            .part("");
    assertTrue(
        mail.text()
            .startsWith(
                "From: 山田太郎 <yamada@example.co.jp>\nTo: soumu@example.co.jp\nSubject: 見積書の送付\n"),
        mail.text());
  }

  /** Folded headers are unfolded; repeated ones joined; an mbox envelope line is skipped. */
  @Test
  void peekUnfoldsAndSkipsTheEnvelope() throws Exception {
    String mail =
        "From someone@example.com Mon Jan  6 10:00:00 2020\n"
            + "From: a@example.com\n"
            + "To: b@example.com,\n\tc@example.com\n"
            + "Cc: d@example.com\n"
            + "Cc: e@example.com\n"
            + "Subject: =?UTF-8?B?5bGl5q205pu4?=\n\n"
            + "To: not-a-header@example.com\n";
    Map<String, String> headers =
        MailHeaders.peek(
            new java.io.BufferedInputStream(
                new java.io.ByteArrayInputStream(mail.getBytes(StandardCharsets.US_ASCII))));
    assertEquals(
        Map.of(
            "From", "a@example.com",
            "To", "b@example.com, c@example.com",
            "Cc", "d@example.com, e@example.com",
            "Subject", "履歴書"),
        headers);
    assertEquals(List.of("From", "To", "Cc", "Subject"), List.copyOf(headers.keySet()));
  }
}
