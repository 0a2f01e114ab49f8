package dev.shirabe.extract;

import java.io.IOException;
import java.io.Writer;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;

/**
 * Collects the plain text of one document (Tika's XHTML body, with its line and cell breaks)
 * and enforces the limits: the part's own length (cut, and the cut remembered), and the file's
 * total characters and deadline (parsing stops).
 */
final class TextCollector extends BodyContentHandler {

  private final LimitedWriter writer;

  TextCollector(int maxChars, long[] fileCharsLeft, long deadlineNanos) {
    this(new LimitedWriter(maxChars, fileCharsLeft, deadlineNanos));
  }

  private TextCollector(LimitedWriter writer) {
    super(new ToTextContentHandler(writer));
    this.writer = writer;
  }

  String text() {
    return writer.text.toString();
  }

  int length() {
    return writer.text.length();
  }

  /** True when the part's text was cut at its limit. */
  boolean truncated() {
    return writer.truncated;
  }

  /** Why parsing was stopped by a limit, or null. */
  String limitReason() {
    return writer.stopped;
  }

  private static final class LimitedWriter extends Writer {
    final StringBuilder text = new StringBuilder();
    final int maxChars;
    final long[] fileCharsLeft;
    final long deadline;
    boolean truncated;
    String stopped;

    LimitedWriter(int maxChars, long[] fileCharsLeft, long deadline) {
      this.maxChars = maxChars;
      this.fileCharsLeft = fileCharsLeft;
      this.deadline = deadline;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (stopped != null) {
        throw new IOException(stopped);
      }
      if (System.nanoTime() - deadline > 0) {
        stop("took longer than the time limit; the rest of the file was not read");
      }
      if (fileCharsLeft[0] < length) {
        stop("more text than the limit per file; the rest of the file was not read");
      }
      fileCharsLeft[0] -= length;
      int room = maxChars - text.length();
      if (length > room) {
        truncated = true;
        length = Math.max(room, 0);
      }
      text.append(chars, offset, length);
    }

    private void stop(String reason) throws IOException {
      stopped = reason;
      throw new IOException(reason);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
