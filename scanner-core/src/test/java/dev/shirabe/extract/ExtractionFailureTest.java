package dev.shirabe.extract;

import static dev.shirabe.extract.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken, locked and hostile files: each gives a reason a user can read, as an
 * {@link ExtractionException} for the whole file or a problem for the part, and never a crash.
 */
class ExtractionFailureTest {

  private static final String SEP = Part.SEPARATOR;

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  /** One line, no stack trace, no Java noise beyond the exception's simple name. */
  private static void assertReadable(String reason) {
    assertFalse(reason.isBlank());
    assertFalse(reason.contains("\n"), reason);
    assertFalse(reason.contains("\tat "), reason);
    assertTrue(reason.length() <= 300, reason);
  }

  private static byte[] truncated(byte[] bytes) {
    return Arrays.copyOf(bytes, bytes.length / 2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"broken.docx", "broken.xlsx", "broken.zip", "broken.pdf"})
  void truncatedFileGivesAReadableReason(String name) throws Exception {
    byte[] whole =
        switch (name) {
          case "broken.docx" -> Fixtures.docx("山田太郎様の契約書です。", "電話 03-1234-5678");
          case "broken.xlsx" ->
              Fixtures.xlsx("顧客", List.<String[]>of(new String[] {"山田太郎", "090-1234-5678"}));
          case "broken.zip" -> Fixtures.zip(Map.of("a.txt", utf8("山田太郎 ".repeat(2000))));
          default -> Fixtures.pdf("Contract of Taro Yamada", "Phone 03-1234-5678");
        };
    Path file = write(name, truncated(whole));
    Extraction result = new Extraction();
    try {
      new TikaExtractor(ExtractionLimits.DEFAULTS).extract(file, result);
      // Read in part: then what is missing is said.
      result.problems.forEach(p -> assertReadable(p.reason()));
    } catch (ExtractionException e) {
      assertReadable(e.getMessage());
    }
  }

  @Test
  void truncatedZipSaysWhy() throws Exception {
    Path file =
        write("broken.zip", truncated(Fixtures.zip(Map.of("a.txt", utf8("山田太郎 ".repeat(2000))))));
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(file));
    assertTrue(e.getMessage().startsWith("could not be parsed"), e.getMessage());
    assertReadable(e.getMessage());
  }

  @Test
  void garbageWithAnOfficeNameIsNotACrash() throws Exception {
    byte[] noise = new byte[4096];
    new java.util.Random(42).nextBytes(noise);
    Path file = write("report.docx", noise);
    try {
      Extraction.of(file);
    } catch (ExtractionException e) {
      assertReadable(e.getMessage());
    }
  }

  /** A broken attachment is a problem of its own; the rest of the container is read. */
  @Test
  void brokenMemberIsAProblemAndTheRestIsRead() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("契約書.docx", truncated(Fixtures.docx("山田太郎様の契約書です。")));
    members.put("名簿.txt", utf8("山田太郎 090-1234-5678\n"));
    Extraction result = Extraction.of(write("bundle.zip", Fixtures.zip(members)));
    assertTrue(result.part("名簿.txt").text().contains("山田太郎 090-1234-5678"));
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertEquals("契約書.docx", result.problems.get(0).locator());
    assertReadable(result.problems.get(0).reason());
  }

  @Test
  void passwordProtectedDocumentIsEncrypted() throws Exception {
    Path docx = write("給与明細.docx", Fixtures.encryptedDocx("secret", "山田太郎 基本給 300,000円"));
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(docx));
    assertTrue(e.getMessage().startsWith("encrypted"), e.getMessage());

    Path pdf = write("statement.pdf", Fixtures.encryptedPdf("secret", "Salary of Taro Yamada"));
    ExtractionException p = assertThrows(ExtractionException.class, () -> Extraction.of(pdf));
    assertTrue(p.getMessage().startsWith("encrypted"), p.getMessage());
  }

  @Test
  void encryptedZipMemberIsReportedAndTheMailIsRead() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("顧客名簿.csv", utf8("山田太郎,090-1234-5678\n"));
    byte[] zip = Fixtures.zipMarkedEncrypted(members);
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("locked.zip", zip);
    outer.put("readme.txt", utf8("パスワードは別途お送りします。\n"));
    Extraction result = Extraction.of(write("delivery.zip", Fixtures.zip(outer)));
    assertTrue(result.part("readme.txt").text().contains("パスワードは別途お送りします。"));
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertTrue(
        result.problems.get(0).locator().startsWith("locked.zip"), result.problems.toString());
    assertTrue(result.problems.get(0).reason().startsWith("encrypted"), result.problems.toString());
  }

  @Test
  void encryptedEmbeddedDocumentIsAProblem() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    members.put("給与明細.docx", Fixtures.encryptedDocx("secret", "山田太郎 基本給 300,000円"));
    members.put("連絡.txt", utf8("明細を添付します。\n"));
    Extraction result = Extraction.of(write("payroll.zip", Fixtures.zip(members)));
    assertEquals(
        List.of(
            new Extraction.Problem("給与明細.docx", "encrypted: cannot be read without its password")),
        result.problems);
    assertTrue(result.part("連絡.txt").text().contains("明細を添付します。"));
  }

  @Test
  void longPartIsCutAndTheCutReported() throws Exception {
    Path file = write("long.txt", utf8("山田太郎 090-1234-5678\n".repeat(1000)));
    Extraction result = Extraction.of(file, ExtractionLimits.DEFAULTS.withMaxPartChars(1000));
    assertEquals(1000, result.part("").text().length());
    assertEquals(
        List.of(new Extraction.Problem("", "text cut at the limit of 1000 characters")),
        result.problems);
  }

  @Test
  void fileCharacterLimitStopsTheFileOnce() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    for (int i = 1; i <= 20; i++) {
      members.put("member" + i + ".txt", utf8("山田太郎 ".repeat(100)));
    }
    Extraction result =
        Extraction.of(
            write("many.zip", Fixtures.zip(members)),
            ExtractionLimits.DEFAULTS.withMaxFileChars(1200));
    assertTrue(result.parts.size() < 20, result.locators().toString());
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertEquals("", result.problems.get(0).locator());
    assertTrue(result.problems.get(0).reason().startsWith("more text than the limit per file"));
  }

  @Test
  void fileLargerThanTheLimitIsNotOpened() throws Exception {
    Path file = write("big.txt", utf8("x".repeat(2000)));
    ExtractionException e =
        assertThrows(
            ExtractionException.class,
            () -> Extraction.of(file, ExtractionLimits.DEFAULTS.withMaxFileBytes(1000)));
    assertTrue(e.getMessage().startsWith("larger than the limit of 1000 bytes"), e.getMessage());
  }

  /** Out of time before any text: the file as a whole failed, once, with the reason. */
  @Test
  void timeLimitStopsTheFile() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    for (int i = 1; i <= 50; i++) {
      members.put("mail" + i + ".txt", utf8("山田太郎様\n"));
    }
    Path file = write("archive.zip", Fixtures.zip(members));
    Extraction result = new Extraction();
    TikaExtractor extractor =
        new TikaExtractor(ExtractionLimits.DEFAULTS.withMaxTime(Duration.ofNanos(1)));
    ExtractionException e =
        assertThrows(ExtractionException.class, () -> extractor.extract(file, result));
    assertTrue(
        e.getMessage().startsWith("took longer than the time limit of 0.000000001s"),
        e.getMessage());
    assertEquals(List.of(), result.problems, "one reason, not one per member");
  }

  /**
   * Out of time in the middle of an archive (a slow consumer here): what was read is kept, the
   * rest is not opened, and the file says why, once.
   */
  @Test
  void timeLimitStopsAnArchiveMidway() throws Exception {
    Map<String, byte[]> members = new LinkedHashMap<>();
    for (int i = 1; i <= 20; i++) {
      members.put("mail" + i + ".txt", utf8("山田太郎様 " + i + "\n"));
    }
    Path file = write("archive.zip", Fixtures.zip(members));
    TikaExtractor extractor =
        new TikaExtractor(ExtractionLimits.DEFAULTS.withMaxTime(Duration.ofMillis(1500)));
    extractor.extract(write("warm-up.txt", utf8("warm up\n")), new Extraction());
    Extraction result =
        new Extraction() {
          @Override
          public void part(Part part) {
            super.part(part);
            try {
              Thread.sleep(250);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        };
    extractor.extract(file, result);
    assertTrue(result.parts.size() > 0 && result.parts.size() < 20, result.locators().toString());
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertEquals("", result.problems.get(0).locator());
    assertTrue(
        result.problems.get(0).reason().startsWith("took longer than the time limit of 1.5s"),
        result.problems.toString());
  }

  /**
   * ZIP inside ZIP, thirty deep, like a nesting zip bomb: reading stops at the depth limit,
   * which is reported with the locator of the first document not read.
   */
  @Test
  void nestingIsStoppedAtTheDepthLimit() throws Exception {
    byte[] inner = Fixtures.zip(Map.of("secret.txt", utf8("山田太郎 090-1234-5678\n")));
    for (int level = 30; level >= 1; level--) {
      inner = Fixtures.zip(Map.of("level" + level + ".zip", inner));
    }
    Path file = write("bomb.zip", inner);

    Extraction limited = Extraction.of(file, ExtractionLimits.DEFAULTS.withMaxDepth(3));
    String tooDeep = String.join(SEP, "level1.zip", "level2.zip", "level3.zip", "level4.zip");
    assertEquals(
        List.of(new Extraction.Problem(tooDeep, "nested deeper than the limit of 3; not read")),
        limited.problems);
    assertFalse(limited.text().contains("山田太郎"));

    Extraction defaults = Extraction.of(file);
    assertEquals(1, defaults.problems.size(), defaults.problems.toString());
    assertEquals(11, defaults.problems.get(0).locator().split(SEP).length);

    String path =
        String.join(
            SEP,
            java.util.stream.IntStream.rangeClosed(1, 3)
                .mapToObj(i -> "level" + i + ".zip")
                .toList());
    Path shallow =
        write(
            "shallow.zip",
            Fixtures.zip(
                Map.of(
                    "level1.zip",
                    Fixtures.zip(
                        Map.of(
                            "level2.zip",
                            Fixtures.zip(
                                Map.of(
                                    "level3.zip",
                                    Fixtures.zip(Map.of("secret.txt", utf8("山田太郎\n"))))))))));
    Extraction within = Extraction.of(shallow, ExtractionLimits.DEFAULTS.withMaxDepth(4));
    assertEquals(List.of(), within.problems);
    assertTrue(within.part(path + SEP + "secret.txt").text().contains("山田太郎"));
  }

  @Test
  void emptyFileHasNoPartsAndNoProblem() throws Exception {
    Extraction result = Extraction.of(write("empty.txt", new byte[0]));
    assertEquals(List.of(), result.parts);
    assertEquals(List.of(), result.problems);
  }

  @Test
  void directoryIsNotAFile() {
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(dir));
    assertEquals("not a regular file", e.getMessage());
  }

  /** Tika's RTF parser gives no text from groups nested 100,000 deep: said, not silent. */
  @Test
  void markupThatGivesNoTextAtAllIsReported() throws Exception {
    int depth = 100_000;
    String rtf = "{\\rtf1\\ansi " + "{".repeat(depth) + "Taro Yamada 03-1234-5678"
        + "}".repeat(depth) + "}";
    Path file = write("deep.rtf", utf8(rtf));
    Extraction result = Extraction.of(file);
    assertEquals(List.of(), result.parts);
    assertEquals(1, result.problems.size(), result.problems.toString());
    assertTrue(result.problems.get(0).reason().startsWith("no text could be extracted from this"
        + " RTF file"), result.problems.toString());
    // A plain RTF is read as before.
    Extraction plain = Extraction.of(write("plain.rtf", utf8("{\\rtf1\\ansi Taro Yamada}")));
    assertEquals(List.of(), plain.problems);
  }
}
