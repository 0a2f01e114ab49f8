package dev.shirabe.extract;

import java.time.Duration;

/**
 * Limits per file, so that one huge or hostile file cannot exhaust memory, disk or time.
 *
 * @param maxFileBytes files larger than this are not opened
 * @param maxPartChars the text of one part is cut here (the cut is reported)
 * @param maxFileChars all parts of one file together stop here (the rest is reported)
 * @param maxDepth how deep embedded documents are followed (a mail in a ZIP in a mail …)
 * @param maxTime how long one file may take to extract
 * @param maxEntryBytes how many bytes one embedded document (an archive member, an attachment)
 *     may inflate to; checked as it inflates, so a zip bomb stops here and not on a full disk
 * @param maxTempBytes how much temporary space the reading of one file may take (parsers spool
 *     embedded documents to disk); enforced by the isolated extractor, which reads one file per
 *     process
 * @param ocr how images and image-only PDF pages are read, with its time limit per page
 */
public record ExtractionLimits(
    long maxFileBytes,
    int maxPartChars,
    long maxFileChars,
    int maxDepth,
    Duration maxTime,
    long maxEntryBytes,
    long maxTempBytes,
    OcrSettings ocr) {

  private static final long MB = 1024L * 1024;

  /** The default cut of one part's text, in chars (a constant, so that help texts can say it). */
  public static final int DEFAULT_PART_CHARS = 20_000_000;

  /** The default cut of all of one file's text, in chars. */
  public static final long DEFAULT_FILE_CHARS = 2_000_000_000L;

  /**
   * Generous enough for real PST archives (several GB, hundreds of millions of characters) and
   * the attachments of real mail, small enough that a zip bomb or a runaway parser stops: with
   * the default two threads, temporary space stays under 1 GB.
   */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(
          8L * 1024 * MB, DEFAULT_PART_CHARS, DEFAULT_FILE_CHARS, 10, Duration.ofMinutes(30),
          256 * MB, 512 * MB, OcrSettings.DEFAULTS);

  /** The limits with the default OCR settings. */
  public ExtractionLimits(long maxFileBytes, int maxPartChars, long maxFileChars, int maxDepth,
      Duration maxTime, long maxEntryBytes, long maxTempBytes) {
    this(maxFileBytes, maxPartChars, maxFileChars, maxDepth, maxTime, maxEntryBytes,
        maxTempBytes, OcrSettings.DEFAULTS);
  }

  public ExtractionLimits {
    if (ocr == null) {
      throw new IllegalArgumentException("OCR settings are required");
    }
    if (maxFileBytes <= 0 || maxPartChars <= 0 || maxFileChars <= 0 || maxDepth < 0
        || maxEntryBytes <= 0 || maxTempBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    // Past about 292 years a deadline in nanoseconds overflows.
    if (maxTime == null
        || maxTime.isNegative()
        || maxTime.isZero()
        || maxTime.toDays() > 365L * 100) {
      throw new IllegalArgumentException("the time limit must be positive and below a century");
    }
  }

  public ExtractionLimits withMaxFileBytes(long bytes) {
    return new ExtractionLimits(bytes, maxPartChars, maxFileChars, maxDepth, maxTime,
        maxEntryBytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxPartChars(int chars) {
    return new ExtractionLimits(maxFileBytes, chars, maxFileChars, maxDepth, maxTime,
        maxEntryBytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxFileChars(long chars) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, chars, maxDepth, maxTime,
        maxEntryBytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxDepth(int depth) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, depth, maxTime,
        maxEntryBytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxTime(Duration time) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, maxDepth, time,
        maxEntryBytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxEntryBytes(long bytes) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, maxDepth, maxTime,
        bytes, maxTempBytes, ocr);
  }

  public ExtractionLimits withMaxTempBytes(long bytes) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, maxDepth, maxTime,
        maxEntryBytes, bytes, ocr);
  }

  public ExtractionLimits withOcr(OcrSettings settings) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, maxDepth, maxTime,
        maxEntryBytes, maxTempBytes, settings);
  }

  /** "256 MB", "1.5 GB": a size as the options take it, for reasons and help. */
  public static String size(long bytes) {
    String[] units = {"bytes", "KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1 && v % 1 == 0) {
      v /= 1024;
      u++;
    }
    return (v % 1 == 0 ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v)) + " " + units[u];
  }

  /** "30 s", "30 min": a time limit for a reason. */
  public static String duration(Duration d) {
    long s = d.toSeconds();
    if (s >= 60 && s % 60 == 0) {
      return (s / 60) + " min";
    }
    return s >= 1 ? s + " s" : d.toMillis() + " ms";
  }
}
