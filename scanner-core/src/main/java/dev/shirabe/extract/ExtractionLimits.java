package dev.shirabe.extract;

import java.time.Duration;

/**
 * Limits per file, so that one huge or hostile file cannot exhaust memory or time.
 *
 * @param maxFileBytes files larger than this are not opened
 * @param maxPartChars the text of one part is cut here (the cut is reported)
 * @param maxFileChars all parts of one file together stop here (the rest is reported)
 * @param maxDepth how deep embedded documents are followed (a mail in a ZIP in a mail …)
 * @param maxTime how long one file may take to extract
 */
public record ExtractionLimits(
    long maxFileBytes, int maxPartChars, long maxFileChars, int maxDepth, Duration maxTime) {

  /**
   * Generous enough for real PST archives (several GB, hundreds of millions of characters),
   * small enough that a zip bomb or a runaway parser stops.
   */
  public static final ExtractionLimits DEFAULTS =
      new ExtractionLimits(
          8L * 1024 * 1024 * 1024, 20_000_000, 2_000_000_000L, 10, Duration.ofMinutes(30));

  public ExtractionLimits {
    if (maxFileBytes <= 0 || maxPartChars <= 0 || maxFileChars <= 0 || maxDepth < 0) {
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
    return new ExtractionLimits(bytes, maxPartChars, maxFileChars, maxDepth, maxTime);
  }

  public ExtractionLimits withMaxPartChars(int chars) {
    return new ExtractionLimits(maxFileBytes, chars, maxFileChars, maxDepth, maxTime);
  }

  public ExtractionLimits withMaxFileChars(long chars) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, chars, maxDepth, maxTime);
  }

  public ExtractionLimits withMaxDepth(int depth) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, depth, maxTime);
  }

  public ExtractionLimits withMaxTime(Duration time) {
    return new ExtractionLimits(maxFileBytes, maxPartChars, maxFileChars, maxDepth, time);
  }
}
