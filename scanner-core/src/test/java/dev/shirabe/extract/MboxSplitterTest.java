package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mbox archives are split byte for byte, whatever the charset of their 8-bit mails. */
class MboxSplitterTest {

  @TempDir Path dir;

  private static byte[] mail(String from, String subject, String charset, String body) {
    String head =
        "From "
            + from
            + " Mon Jan  6 10:00:00 2020\n"
            + "From: "
            + from
            + "\n"
            + "To: soumu@example.co.jp\n"
            + "Subject: "
            + subject
            + "\n"
            + "MIME-Version: 1.0\n"
            + "Content-Type: text/plain; charset="
            + charset
            + "\n"
            + "Content-Transfer-Encoding: 8bit\n\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    // Mailers that label their mail Shift_JIS write Windows-31J: ① is in it.
    String encoding = charset.equals("Shift_JIS") ? "windows-31j" : charset;
    out.writeBytes(body.getBytes(Charset.forName(encoding)));
    out.writeBytes("\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /**
   * Tika's MboxParser loses the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D, which these bodies are
   * full of: 佐 is E4 BD 90 in UTF-8, 、 is 81 41 in Shift_JIS.
   */
  @Test
  void eightBitJapaneseMailsSurvive() throws Exception {
    String utf8Body = "佐藤様\n\nお見積りをお送りします。電話 03-1234-5678\n";
    String sjisBody = "山田様、ありがとうございます。①②の件、承知しました。\n";
    ByteArrayOutputStream mbox = new ByteArrayOutputStream();
    mbox.writeBytes(mail("yamada@example.co.jp", "Estimate", "UTF-8", utf8Body));
    mbox.writeBytes(mail("sato@example.co.jp", "Re: Estimate", "Shift_JIS", sjisBody));
    Path file = dir.resolve("inbox.mbox");
    Files.write(file, mbox.toByteArray());

    Extraction result = Extraction.of(file);
    assertEquals(List.of("#1 Estimate", "#2 Re: Estimate"), result.locators());
    assertTrue(
        result.part("#1 Estimate").text().contains(utf8Body.strip()),
        result.part("#1 Estimate").text());
    assertTrue(
        result.part("#2 Re: Estimate").text().contains(sjisBody.strip()),
        result.part("#2 Re: Estimate").text());
    assertTrue(
        result
            .part("#2 Re: Estimate")
            .text()
            .startsWith("From: sato@example.co.jp\nTo: soumu@example.co.jp\n"));
  }

  /** Lines before the first envelope are no mail; CRLF line ends split as LF ones do. */
  @Test
  void preambleAndCrlf() throws Exception {
    String mbox =
        "this archive was exported by hand\r\n\r\n"
            + "From a@example.com Mon Jan  6 10:00:00 2020\r\n"
            + "Subject: one\r\n\r\n"
            + "first body\r\n\r\n"
            + "From b@example.com Mon Jan  6 11:00:00 2020\r\n"
            + "Subject: two\r\n\r\n"
            + ">From the quoted line\r\n";
    Path file = dir.resolve("archive.mbox");
    Files.writeString(file, mbox, StandardCharsets.US_ASCII);
    Extraction result = Extraction.of(file);
    assertEquals(List.of("#1 one", "#2 two"), result.locators());
    assertTrue(result.part("#1 one").text().contains("first body"));
    assertTrue(result.part("#2 two").text().contains(">From the quoted line"));
  }

  /** An attachment of an archived mail is located under the mail. */
  @Test
  void attachmentOfAnArchivedMail() throws Exception {
    String mbox =
        """
        From a@example.com Mon Jan  6 10:00:00 2020
        From: a@example.com
        Subject: =?UTF-8?B?5bGl5q205pu4?=
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"

        --b
        Content-Type: text/plain; charset=UTF-8

        添付します。
        --b
        Content-Type: text/plain; charset=UTF-8; name="resume.txt"
        Content-Disposition: attachment; filename="resume.txt"

        氏名 山田太郎
        --b--
        """;
    Path file = dir.resolve("hr.mbox");
    Files.writeString(file, mbox, StandardCharsets.UTF_8);
    Extraction result = Extraction.of(file);
    assertEquals(List.of("#1 履歴書" + Part.SEPARATOR + "resume.txt", "#1 履歴書"), result.locators());
    assertTrue(result.part("#1 履歴書" + Part.SEPARATOR + "resume.txt").text().contains("氏名 山田太郎"));
  }
}
