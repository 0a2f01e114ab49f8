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

  private final long limit;
  private long read;

  InflationLimit(InputStream in, long limit) {
    super(in);
    this.limit = limit;
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
    read += n;
    if (read > limit) {
      throw new LimitExceededException(
          "an embedded document inflated past the limit of " + ExtractionLimits.size(limit)
              + " (--max-entry-size); not read");
    }
  }
}
