package dev.shirabe.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PDF;
import org.apache.tika.metadata.TIFF;

/**
 * What a document read without OCR holds that only OCR could read: a raster image that gave
 * no text, PDF pages without text that draw an image. Said as a reason, so that a scanned
 * résumé is "could not read", never "nothing found". Stateless.
 */
final class ImageOnly {

  /**
   * An embedded image smaller than this on either side is taken for a logo or an icon, not
   * a page: a business card scanned at 150 dpi is about 540 × 330 pixels.
   */
  static final int MIN_PAGE_PIXELS = 300;

  private ImageOnly() {}

  /**
   * Why the document's text is missing in part or whole, or null.
   *
   * @param holdsText whether the document gave text
   * @param embedded whether the document is inside another (then small images are let go)
   * @param file the document as a local file, to look into its PDF pages; null if it is not
   */
  static String reason(Metadata metadata, boolean holdsText, boolean embedded, Path file) {
    String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
    if (type.startsWith("image/") && !type.startsWith("image/svg")) {
      return holdsText || (embedded && small(metadata)) ? null : Ocr.IMAGE_ONLY;
    }
    if (!type.startsWith("application/pdf")) {
      return null;
    }
    String[] chars = metadata.getValues(PDF.CHARACTERS_PER_PAGE);
    List<Integer> empty = new ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i].strip().equals("0")) {
        empty.add(i + 1);
      }
    }
    if (file != null && !empty.isEmpty()) {
      empty = drawing(file, empty);
    }
    if (empty.isEmpty()) {
      return null;
    }
    if (empty.size() == chars.length) {
      return Ocr.IMAGE_ONLY;
    }
    return (empty.size() == 1 ? "page " : "pages ")
        + empty.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + " of " + chars.length + ": " + Ocr.IMAGE_ONLY;
  }

  private static boolean small(Metadata metadata) {
    try {
      int width = Integer.parseInt(metadata.get(TIFF.IMAGE_WIDTH));
      int height = Integer.parseInt(metadata.get(TIFF.IMAGE_LENGTH));
      return width < MIN_PAGE_PIXELS || height < MIN_PAGE_PIXELS;
    } catch (NumberFormatException | NullPointerException e) {
      return false; // no size given: it may be a page
    }
  }

  /**
   * The pages among {@code pages} (from 1) that draw an image or a form, not blank ones: a
   * scanner puts each page's image there. Unreadable here (encrypted, damaged): all of them.
   */
  private static List<Integer> drawing(Path pdf, List<Integer> pages) {
    List<Integer> drawn = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (int page : pages) {
        if (page > doc.getNumberOfPages()) {
          drawn.add(page);
          continue;
        }
        PDResources resources = doc.getPage(page - 1).getResources();
        if (resources != null && resources.getXObjectNames().iterator().hasNext()) {
          drawn.add(page);
        }
      }
      return drawn;
    } catch (IOException | RuntimeException e) {
      return pages;
    }
  }
}
