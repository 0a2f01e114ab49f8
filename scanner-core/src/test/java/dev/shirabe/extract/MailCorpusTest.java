package dev.shirabe.extract;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.shirabe.vocabulary.Part;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parts of the real mail files in the shared corpus ({@code mail/tika}, {@code mail/ja}).
 * Expected values come from the files themselves, read independently of Tika: envelope lines
 * counted, headers unfolded, bodies decoded with their declared charsets.
 */
class MailCorpusTest {

  private static final String SEP = Part.SEPARATOR;
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

  /** A mail of an mbox: "#3" or "#3 Subject", not something inside it. */
  private static final Pattern MBOX_MAIL = Pattern.compile("#(\\d+)( .*)?");

  private static List<Path> files(String... folders) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> list = Files.list(Extraction.shared(folder))) {
        list.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /**
   * Every file reads without an {@link ExtractionException} and gives text; the only problem
   * reported anywhere is the encrypted ZIP attached to testRFC822_encrypted_zip. No file of
   * the corpus is unreadable.
   */
  @TestFactory
  Stream<DynamicTest> everyMailFileExtracts() throws IOException {
    return files("mail/tika", "mail/ja", "office-ja").stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Extraction result = Extraction.of(file);
                      assertFalse(result.parts.isEmpty(), "no part");
                      assertFalse(result.text().isBlank(), "no text");
                      if (file.getFileName().toString().equals("testRFC822_encrypted_zip")) {
                        assertEquals(
                            List.of(
                                new Extraction.Problem(
                                    "test.zip", "encrypted: cannot be read without its password")),
                            result.problems);
                      } else {
                        assertEquals(List.of(), result.problems);
                      }
                    }));
  }

  /** One part per "From " envelope line, numbered in order, subject in the locator. */
  @TestFactory
  Stream<DynamicTest> mboxYieldsOneMailPerEnvelopeLine() throws IOException {
    Map<String, Integer> expected =
        Map.of(
            "complex.mbox", 3,
            "simple.mbox", 2,
            "headers.mbox", 1,
            "multiline.mbox", 1,
            "multiline2.mbox", 1,
            "quoted.mbox", 1,
            // Tika's own detection takes this one for HTML: a comment comes before its headers.
            "single_mail.mbox", 1,
            "testMBOX_complex.mbox", 1,
            "testMBOX_lengthy_x-headers.mbox", 1,
            // An mbox of one mail, despite its name.
            "testEmailWithPNGAtt.eml", 1);
    Path folder = Extraction.shared("mail/tika");
    return expected.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            entry ->
                dynamicTest(
                    entry.getKey(),
                    () -> {
                      Path file = folder.resolve(entry.getKey());
                      List<String> envelopes = envelopeLines(file);
                      assertEquals(
                          entry.getValue(), envelopes.size(), "envelope lines in the file");
                      Extraction result = Extraction.of(file);
                      List<String> mails =
                          result.locators().stream()
                              .filter(l -> MBOX_MAIL.matcher(l).matches())
                              .collect(Collectors.toList());
                      assertEquals(envelopes.size(), mails.size(), "mails in " + result.locators());
                      for (int i = 0; i < mails.size(); i++) {
                        Matcher m = MBOX_MAIL.matcher(mails.get(i));
                        assertTrue(m.matches());
                        assertEquals(i + 1, Integer.parseInt(m.group(1)));
                      }
                    }));
  }

  @Test
  void mboxLocatorsCarryTheSubject() throws Exception {
    Extraction complex = Extraction.of(Extraction.shared("mail/tika").resolve("complex.mbox"));
    assertEquals(
        List.of(
            "#1 Re: question about when shuffle/sort start working",
            "#2 Re: question about when shuffle/sort start working",
            "#3 Re: question about when shuffle/sort start working"),
        complex.locators());
    assertTrue(
        complex
            .part("#2 Re: question about when shuffle/sort start working")
            .text()
            .contains("jianmin_woo@yahoo.com"));
    Extraction simple = Extraction.of(Extraction.shared("mail/tika").resolve("simple.mbox"));
    assertEquals(List.of("#1", "#2"), simple.locators());
    assertTrue(simple.part("#2").text().contains("Test content 2"));
  }

  /**
   * One part per mail, located by its folder path and subject, as java-libpst lists them (the
   * folder tree and subjects were read with com.pff.PSTFile); attachments inside, and a last
   * part for the archive's own text (its folder names).
   */
  @Test
  void pstYieldsOnePartPerMailWithFolderAndSubject() throws Exception {
    String inbox = "Début du fichier de données Outlook/";
    Extraction pst = Extraction.of(Extraction.shared("mail/tika").resolve("testPST.pst"));
    assertEquals(
        List.of(
            inbox + "Re: Feature Generators",
            inbox + "Re: init tokenizer fails: \"Bad type in putfield/putstatic\"",
            inbox + "Feature Generators",
            inbox + "[jira] [Resolved] (TIKA-1249) Vcard files detection",
            inbox + "[jira] [Commented] (TIKA-1250) Process loops infintely processing a CHM file",
            inbox + "[WEBINAR] - \"Introducing Couchbase Server 2.5\"",
            inbox + "FW: First email" + SEP + "First email.msg" + SEP + "attachment.docx",
            inbox + "FW: First email" + SEP + "First email.msg",
            inbox + "FW: First email",
            ""),
        pst.locators());
    assertTrue(pst.part(inbox + "Feature Generators").text().contains("kenigma1122@gmail.com"));
    assertTrue(
        pst.part(inbox + "FW: First email" + SEP + "First email.msg" + SEP + "attachment.docx")
            .text()
            .contains("This is a docx attachment."));

    // Its mails are in Top of Outlook data file/Inbox/tmp: three share a subject.
    String tmp = "Top of Outlook data file/Inbox/tmp/";
    Extraction various =
        Extraction.of(Extraction.shared("mail/tika").resolve("testPST_variousBodyTypes.pst"));
    assertEquals(
        List.of(
            tmp + "original email",
            tmp + "FW: original email",
            tmp + "FW: original email (2)",
            tmp + "FW: original email (3)",
            ""),
        various.locators());
    for (Part mail : various.parts.subList(0, 4)) {
      assertTrue(mail.text().startsWith("From: Allison, Timothy B."), mail.text());
      assertTrue(mail.text().contains("Subject: " + mail.meta(Part.SUBJECT)), mail.text());
    }
  }

  /** Attachments are parts of their own, before the mail that holds them. */
  @Test
  void attachmentsAreSeparateParts() throws Exception {
    Path tika = Extraction.shared("mail/tika");
    Extraction doc = Extraction.of(tika.resolve("testMSG_att_doc.msg"));
    assertEquals(List.of("test-unicode.doc", "pj1.txt", ""), doc.locators());
    assertTrue(doc.part("test-unicode.doc").text().contains("euro : € (20AC)"));
    assertTrue(doc.part("pj1.txt").text().contains("école (00E9)"));
    assertTrue(doc.part("").text().contains("nicolas1.23456@free.fr"));
    assertTrue(doc.part("").text().contains("contenu"));

    Extraction msg = Extraction.of(tika.resolve("testMSG_att_msg.msg"));
    assertEquals(List.of("Test Attachment.msg", "smbprn.00009008.KdcPjl.pdf", ""), msg.locators());
    assertTrue(msg.part("Test Attachment.msg").text().contains("nick.booth@pof.com.au"));

    Extraction eml = Extraction.of(tika.resolve("testRFC822_multipart_attachments.eml"));
    assertEquals(List.of("Test TxtA.txt", "Test TxtB.txt", ""), eml.locators());
    assertTrue(eml.part("Test TxtA.txt").text().contains("This is Test TXTA File for parser"));
    assertTrue(eml.part("Test TxtB.txt").text().contains("This is Test TXTB File for parser"));
    assertTrue(eml.part("").text().contains("This is the html body of the main msg."));

    Extraction zip = Extraction.of(tika.resolve("testRFC822_normal_zip"));
    assertEquals(List.of("test.zip" + SEP + "text.txt", ""), zip.locators());
    assertTrue(
        zip.part("test.zip" + SEP + "text.txt")
            .text()
            .contains("This is text inside an unencrypted zip file."));

    Extraction forwarded = Extraction.of(tika.resolve("testGroupWiseEml.eml"));
    assertEquals(List.of("test.eml", "Neues Textdokument.txt", ""), forwarded.locators());
  }

  @Test
  void japaneseAttachmentNamesAndTextDecode() throws Exception {
    Path file = Extraction.shared("mail/ja").resolve("japanese_attachment.eml");
    String raw = Files.readString(file, ISO_8859_1);
    // The name is an encoded word, the content base64, both UTF-8.
    String name = decodeBase64Word(raw, "filename=\"=?UTF-8?B?");
    assertEquals("てすと.txt", name);
    String content =
        new String(
            Base64.getMimeDecoder()
                .decode(raw.substring(raw.indexOf("dGhp"), raw.lastIndexOf("--0003")).strip()),
            UTF_8);
    Extraction result = Extraction.of(file);
    assertEquals(List.of(name, ""), result.locators());
    assertEquals(content.strip(), result.part(name).text().strip());
    assertTrue(content.contains("これわてすと"));

    // RFC 2231: the name is percent-encoded UTF-8, split over two parameters.
    Path longName = Extraction.shared("mail/ja").resolve("japanese_attachment_long_name.eml");
    String rawLong = Files.readString(longName, ISO_8859_1);
    Matcher pieces =
        Pattern.compile("filename\\*\\d\\*=(?:utf-8'')?([^;\\r\\n]+)").matcher(rawLong);
    StringBuilder encoded = new StringBuilder();
    while (pieces.find()) {
      encoded.append(pieces.group(1));
    }
    String expected = java.net.URLDecoder.decode(encoded.toString(), UTF_8);
    assertEquals("かきくけこ".repeat(5) + ".txt", expected);
    Extraction longResult = Extraction.of(longName);
    assertEquals(List.of(expected, ""), longResult.locators());
    assertTrue(longResult.part(expected).text().contains("this is the data"));
  }

  /** The body, declared ISO-2022-JP, 7-bit; the subject and a name are UTF-8 encoded words. */
  @Test
  void iso2022jpMailDecodes() throws Exception {
    Path file = Extraction.shared("mail/ja").resolve("japanese_iso_2022.eml");
    String body = body(file, Charset.forName("ISO-2022-JP")).strip();
    String subject = decodeBase64Word(Files.readString(file, ISO_8859_1), "Subject: =?UTF-8?B?");
    assertEquals("すみません。", body);
    assertEquals("まみむめも", subject);
    Part mail = Extraction.of(file).part("");
    assertTrue(mail.text().contains(body), mail.text());
    assertTrue(mail.text().contains("Subject: " + subject), mail.text());
    assertTrue(mail.text().contains("To: みける <raasdnil@gmail.com>"), mail.text());
    assertEquals(subject, mail.meta(Part.SUBJECT));
  }

  /** The body, declared Shift_JIS, 8-bit. */
  @Test
  void shiftJisMailDecodes() throws Exception {
    Path file = Extraction.shared("mail/ja").resolve("japanese_shift_jis.eml");
    List<String> lines =
        body(file, Charset.forName("Shift_JIS"))
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    assertEquals(List.of("あいうえお", "このメールはテスト用のメールです。", "今後ともよろしくお願い申し上げます！"), lines);
    Part mail = Extraction.of(file).part("");
    for (String line : lines) {
      assertTrue(mail.text().contains(line), mail.text());
    }
    assertTrue(mail.text().contains("xxxxxxx@docomo.ne.jp"));
  }

  /** The body, declared UTF-8, base64. */
  @Test
  void utf8MailDecodes() throws Exception {
    Path file = Extraction.shared("mail/ja").resolve("japanese.eml");
    String raw = Files.readString(file, ISO_8859_1);
    String body =
        new String(
            Base64.getMimeDecoder().decode(raw.substring(raw.indexOf("\r\n\r\n")).strip()), UTF_8);
    String firstLine = body.lines().findFirst().orElseThrow();
    assertEquals("かきくえこ", firstLine);
    Part mail = Extraction.of(file).part("");
    assertTrue(mail.text().contains(firstLine), mail.text());
    assertTrue(mail.text().contains("Subject: まみむめも"), mail.text());
  }

  /**
   * Every address in the From, To, Cc, Bcc and Reply-To headers of each EML/RFC822 file is in
   * its mail's text, where the detectors can find it (Tika keeps headers in metadata only).
   */
  @TestFactory
  Stream<DynamicTest> headerAddressesAreInTheText() throws IOException {
    return files("mail/tika", "mail/ja").stream()
        .filter(MailCorpusTest::isSingleRfc822)
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Set<String> addresses = headerAddresses(file);
                      String text = Extraction.of(file).part("").text().toLowerCase(Locale.ROOT);
                      for (String address : addresses) {
                        assertTrue(text.contains(address), address + " missing from:\n" + text);
                      }
                    }));
  }

  @Test
  void ccAndBccAddressesAreInTheText() throws Exception {
    Path file = Extraction.shared("mail/tika").resolve("testRFC822-CC-BCC");
    String text = Extraction.of(file).part("").text();
    assertTrue(text.contains("From: beth.apollo@enron.com"), text);
    assertTrue(
        text.lines()
            .anyMatch(
                l ->
                    l.startsWith("To: ") && l.contains("jennifer.stevenson@us.arthurandersen.com")),
        text);
    assertTrue(
        text.lines().anyMatch(l -> l.startsWith("Cc: ") && l.contains("brent.price@enron.com")),
        text);
    assertTrue(
        text.lines()
            .anyMatch(l -> l.startsWith("Bcc: ") && l.contains("georgeanne.hodges@enron.com")),
        text);
    String replyTo =
        Extraction.of(Extraction.shared("mail/tika").resolve("testRFC822-ARC")).part("").text();
    assertTrue(replyTo.contains("Reply-To: FOOOOOO Baaaaaar <fooooooo.baaaaar@fooo.ba>"), replyTo);
  }

  @Test
  void msgHeaderAddressesAreInTheText() throws Exception {
    String text =
        Extraction.of(Extraction.shared("mail/tika").resolve("testMSG.msg")).part("").text();
    assertTrue(
        text.startsWith(
            "From: Jukka Zitting <jukka.zitting@gmail.com>\nTo: tika-dev@lucene.apache.org\n"),
        text);
  }

  /** The names are Shift_JIS bytes in the ZIP; java.util.zip reads them when told the charset. */
  @Test
  void shiftJisZipEntryNamesDecode() throws Exception {
    Path file = Extraction.shared("office-ja").resolve("testZipEntryNameCharsetShiftSJIS.zip");
    List<String> names = new ArrayList<>();
    try (java.util.zip.ZipFile zip =
        new java.util.zip.ZipFile(file.toFile(), Charset.forName("Shift_JIS"))) {
      zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
    }
    assertEquals(List.of("文章1.txt", "文章2.txt"), names);
    Extraction result = Extraction.of(file);
    assertTrue(result.locators().containsAll(names), result.locators().toString());
    assertTrue(result.part("文章1.txt").text().contains("あいうえお"));
    assertTrue(result.part("文章2.txt").text().contains("たちつてと"));
  }

  /**
   * The RTF holds its Japanese as \'hh escapes of Shift_JIS (\fcharset128): each run of them
   * that decodes to a phrase is in the text.
   */
  @Test
  void japaneseRtfDecodes() throws Exception {
    Path file = Extraction.shared("office-ja").resolve("testRTFJapanese.rtf");
    Set<String> phrases = new LinkedHashSet<>();
    Matcher runs =
        Pattern.compile("(?:\\\\'[0-9a-f]{2})+").matcher(Files.readString(file, ISO_8859_1));
    while (runs.find()) {
      String hex = runs.group().replace("\\'", "");
      byte[] bytes = new byte[hex.length() / 2];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
      }
      String phrase = new String(bytes, Charset.forName("windows-31j"));
      if (phrase.codePoints().filter(Character::isIdeographic).count() >= 2
          && !phrase.contains("\uFFFD")) {
        phrases.add(phrase);
      }
    }
    assertTrue(phrases.size() >= 10, "phrases found in the RTF: " + phrases);
    assertTrue(phrases.contains("ゾルゲの処刑記録、"), phrases.toString());
    Part document = Extraction.of(file).part("");
    for (String phrase : phrases) {
      assertTrue(document.text().contains(phrase), phrase);
    }
  }

  // ---- reading the files without Tika ----

  private static List<String> envelopeLines(Path file) throws IOException {
    return Files.readString(file, ISO_8859_1).lines().filter(l -> l.startsWith("From ")).toList();
  }

  /** An EML or RFC822 file of one mail: it starts with a header, not an envelope line. */
  private static boolean isSingleRfc822(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".msg")
        || name.endsWith(".pst")
        || name.endsWith(".mbox")
        || name.endsWith(".emlx")
        || name.startsWith("LICENSE")) {
      return false;
    }
    try {
      String head = Files.readString(file, ISO_8859_1);
      return !head.startsWith("From ") && head.matches("(?s)^[A-Za-z-]+:.*");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The addresses of the address headers, lower-cased. */
  private static Set<String> headerAddresses(Path file) throws IOException {
    String raw = Files.readString(file, ISO_8859_1);
    String head = raw.split("\\r?\\n\\r?\\n", 2)[0].replaceAll("\\r?\\n[ \\t]+", " ");
    Set<String> addresses = new LinkedHashSet<>();
    for (String header : head.split("\\r?\\n")) {
      if (header.matches("(?i)^(From|To|Cc|Bcc|Reply-To):.*")) {
        Matcher m = EMAIL.matcher(header.substring(header.indexOf(':') + 1));
        while (m.find()) {
          addresses.add(m.group().toLowerCase(Locale.ROOT));
        }
      }
    }
    return addresses;
  }

  /** The body of a single-part mail, after the header, decoded with {@code charset}. */
  private static String body(Path file, Charset charset) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String latin = new String(bytes, ISO_8859_1);
    int start = latin.indexOf("\r\n\r\n") + 4;
    return new String(bytes, start, bytes.length - start, charset);
  }

  /** The text of the base64 encoded word that follows {@code prefix}. */
  private static String decodeBase64Word(String raw, String prefix) {
    int start = raw.indexOf(prefix) + prefix.length();
    String base64 = raw.substring(start, raw.indexOf("?=", start));
    return new String(Base64.getDecoder().decode(base64), UTF_8);
  }
}
