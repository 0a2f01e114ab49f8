package dev.shirabe.extract;

import java.time.Duration;

/**
 * How scanned paper (images, image-only PDF pages) is read: with Tesseract, when it and its
 * language data are installed ({@link Ocr} finds out).
 *
 * @param tesseract the program: a bare name is looked up on PATH, a path is used as it is
 * @param languages Tesseract's language codes joined by {@code +}, Japanese first
 * @param pageTime how long one page (one image, one PDF page) may take; Tesseract is stopped
 *     after that and the page reported, so one huge scan cannot hold a thread for the whole
 *     file's time limit
 */
public record OcrSettings(String tesseract, String languages, Duration pageTime) {

  /** The default time limit per page: a 300-dpi A4 page takes 2 to 10 s on one core. */
  public static final Duration DEFAULT_PAGE_TIME = Duration.ofSeconds(60);

  public static final OcrSettings DEFAULTS =
      new OcrSettings("tesseract", "jpn+eng", DEFAULT_PAGE_TIME);

  public OcrSettings {
    if (tesseract == null || tesseract.isBlank()) {
      throw new IllegalArgumentException("the tesseract program must be named");
    }
    if (languages == null || !languages.matches("[a-z_]+(\\+[a-z_]+)*")) {
      throw new IllegalArgumentException("languages must be Tesseract codes such as jpn+eng");
    }
    // Tesseract's time limit is whole seconds, at most a day.
    if (pageTime == null || pageTime.toSeconds() < 1 || pageTime.toSeconds() > 86_400) {
      throw new IllegalArgumentException("the time limit per page must be 1 s to a day");
    }
  }

  public OcrSettings withTesseract(String program) {
    return new OcrSettings(program, languages, pageTime);
  }

  public OcrSettings withPageTime(Duration time) {
    return new OcrSettings(tesseract, languages, time);
  }
}
