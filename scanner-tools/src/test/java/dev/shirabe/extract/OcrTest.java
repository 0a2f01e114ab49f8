package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.evaluation.ScannedPaper;
import dev.shirabe.vocabulary.Finding;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanned paper: read by Tesseract when it is installed, reported as image only when it is
 * not (never a file with no parts and no problem).
 */
// In scanner-tools because its scanned résumés come from the generator there (ScannedPaper),
// which bench ocr also uses; it tests the core's extract package from the same package name.
class OcrTest {

  /** Settings whose Tesseract does not exist: OCR is off, as on a machine without it. */
  private static final ExtractionLimits NO_TESSERACT = ExtractionLimits.DEFAULTS.withOcr(
      OcrSettings.DEFAULTS.withTesseract("/nonexistent/bin/tesseract"));

  @TempDir Path dir;

  @Test
  void scannedResumeAsPngAt150DpiGivesNameAddressPhoneAndEmail() throws Exception {
    assertFound(scannedResume("png"));
  }

  @Test
  void scannedResumeAsImageOnlyPdfAt150DpiGivesNameAddressPhoneAndEmail() throws Exception {
    assertFound(scannedResume("pdf"));
  }

  @Test
  void withoutTesseractAnImageIsReportedNotSilentlyEmpty() throws Exception {
    Path png = dir.resolve("scan.png");
    ImageIO.write(page(), "png", png.toFile());
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> Extraction.of(png, NO_TESSERACT));
    assertEquals(Ocr.IMAGE_ONLY, e.getMessage());
    assertEquals("image only: install tesseract-ocr-jpn to read it", e.getMessage());
  }

  @Test
  void withoutTesseractAnImageOnlyPdfIsReported() throws Exception {
    Path pdf = pdf("scan.pdf", false, true);
    ExtractionException e = assertThrows(ExtractionException.class,
        () -> Extraction.of(pdf, NO_TESSERACT));
    assertEquals(Ocr.IMAGE_ONLY, e.getMessage());
  }

  @Test
  void withoutTesseractTheImageOnlyPageOfAPdfWithTextIsReportedAndItsTextKept()
      throws Exception {
    Extraction x = Extraction.of(pdf("mixed.pdf", true, true), NO_TESSERACT);
    assertEquals(1, x.parts.size());
    assertTrue(x.parts.get(0).text().contains("Cover letter"), x.parts.get(0).text());
    assertEquals(List.of(new Extraction.Problem("", "page 2 of 2: " + Ocr.IMAGE_ONLY)),
        x.problems);
  }

  @Test
  void aBlankPageIsNotImageOnly() throws Exception {
    Extraction x = Extraction.of(pdf("blank.pdf", true, false), NO_TESSERACT);
    assertEquals(List.of(), x.problems);
  }

  @Test
  void aMissingProgramOrLanguageTurnsOcrOffAndSaysWhy() {
    Ocr missing = Ocr.of(NO_TESSERACT.ocr());
    assertFalse(missing.available());
    assertEquals("off", missing.describe());
    assertTrue(missing.missing().contains("/nonexistent/bin/tesseract not found"),
        missing.missing());
    Ocr here = Ocr.of(OcrSettings.DEFAULTS);
    assumeTrue(here.available(), "tesseract not installed: " + here.missing());
    Ocr noLanguage = Ocr.of(new OcrSettings("tesseract", "jpn+zzz", Duration.ofSeconds(5)));
    assertFalse(noLanguage.available());
    assertTrue(noLanguage.missing().endsWith("has no language data for zzz"),
        noLanguage.missing());
  }

  @Test
  void aPageOverItsTimeLimitIsReportedWithTheLimit() throws Exception {
    Ocr ocr = Ocr.of(OcrSettings.DEFAULTS);
    assumeTrue(ocr.available(), "tesseract not installed: " + ocr.missing());
    Path png = dir.resolve("big.png");
    ScannedPaper.form(png, 300, "png", 1);
    ExtractionException e = assertThrows(ExtractionException.class, () -> Extraction.of(png,
        ExtractionLimits.DEFAULTS.withOcr(OcrSettings.DEFAULTS.withPageTime(
            Duration.ofSeconds(1)))));
    assertEquals("OCR of a page took longer than the limit of 1 s; the rest was not read",
        e.getMessage());
  }

  @Test
  void ocrTextKeepsMailAddressesWhole() {
    assertEquals("メール t.yamada@example.co.jp. Next",
        Ocr.clean("メール t.  yamada@example. co. jp. Next"));
    assertEquals("メールアドレス k.morimoto@example.ne.jp",
        Ocr.clean("メールアドレス k.mor imoto@examp le.ne.jp"));
    assertEquals("mail to@example.com and more", Ocr.clean("mail to@example.com and more"));
  }

  private record Scan(Path file, List<Map<String, String>> labels) {}

  private Scan scannedResume(String format) throws IOException {
    Ocr ocr = Ocr.of(OcrSettings.DEFAULTS);
    assumeTrue(ocr.available(), "tesseract not installed: " + ocr.missing());
    assumeTrue(!ScannedPaper.installedFonts().isEmpty(), "no Japanese font (fonts-ipafont-*)");
    Path file = dir.resolve("履歴書." + format);
    return new Scan(file, ScannedPaper.form(file, 150, format, 7));
  }

  /** Each labelled value found, as a finding of its type whose text is the value's. */
  private static void assertFound(Scan scan) throws Exception {
    Extraction x = Extraction.of(scan.file);
    assertEquals(List.of(), x.problems);
    assertEquals(1, x.parts.size());
    String text = x.parts.get(0).text();
    List<Finding> findings = DetectorSet.standard().detect(text);
    assertEquals(5, scan.labels.size());
    for (Map<String, String> label : scan.labels) {
      String want = fold(label.get("text"));
      boolean found = findings.stream().anyMatch(f -> f.type().name().equals(label.get("type"))
          && (fold(f.text()).contains(want) || want.contains(fold(f.text())))
          && fold(f.text()).length() * 2 > want.length());
      assertTrue(found, label.get("type") + " not found in the OCR text (" + findings.size()
          + " findings)");
    }
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** A grey page with a dark block, as a scan of something. */
  private static BufferedImage page() {
    BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.DARK_GRAY);
    g.fillRect(150, 150, 600, 40);
    g.dispose();
    return image;
  }

  /** A PDF of a text page (if asked) and a page that is an image, or blank. */
  private Path pdf(String name, boolean textPage, boolean imagePage) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      if (textPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          c.beginText();
          c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          c.newLineAtOffset(72, 720);
          c.showText("Cover letter");
          c.endText();
        }
      }
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      if (imagePage) {
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          c.drawImage(LosslessFactory.createFromImage(doc, page()), 0, 0,
              PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }
}
