package dev.shirabe.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes an embedded document's stream yields and fails once they pass the limit.
 * The stream of an archive member or a compressed file inflates as it is read, and parsers
 * spool it to a temporary file to detect its type: counting as it is read stops a zip bomb
 * before it fills the disk, where a check of the size after spooling would come too late.
 */
final class InflationLimit extends FilterInputStream {

  /**
   * How many times its own size a file's embedded documents may inflate to, all together: a
   * nested zip bomb (42.zip) keeps each member under the per-entry limit and multiplies them.
   */
  static final long RATIO = 100;

  /**
   * What all embedded documents of one file have inflated to so far, against a limit of
   * {@link #RATIO} times the file's size, and at least what one entry may inflate to (a small
   * archive may hold one large, very compressible member). Office files' own XML parts are read
   * by their parsers, not as embedded documents, and do not count.
   */
  static final class Total {
    private final long limit;
    private final Budget budget;
    private long read;

    private Total(long limit, Budget budget) {
      this.limit = limit;
      this.budget = budget;
    }

    /** Past the limit the file's budget is spent: every container stops, the file says why once. */
    void add(long n) throws LimitExceededException {
      read += n;
      if (read > limit) {
        budget.stop("its embedded documents inflated past " + ExtractionLimits.size(limit)
            + " in all (" + RATIO + " times the file's size, at least --max-entry-size): a"
            + " decompression bomb; the rest of the file was not read");
      }
    }
  }

  static Total forFile(long fileBytes, long maxEntryBytes, Budget budget) {
    long byRatio = fileBytes > Long.MAX_VALUE / RATIO ? Long.MAX_VALUE : fileBytes * RATIO;
    return new Total(Math.max(byRatio, maxEntryBytes), budget);
  }

  private final long limit;
  private final Total total;
  private long read;

  InflationLimit(InputStream in, long limit, Total total) {
    super(in);
    this.limit = limit;
    this.total = total;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      count(skipped);
    }
    return skipped;
  }

  // No mark/reset: a reset would make the count wrong, and TikaInputStream buffers anyway.
  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws LimitExceededException {
    total.add(n);
    read += n;
    if (read > limit) {
      throw new LimitExceededException(
          "an embedded document inflated past the limit of " + ExtractionLimits.size(limit)
              + " (--max-entry-size); not read");
    }
  }
}
