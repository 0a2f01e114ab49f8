package dev.shirabe.extract;

import java.io.IOException;
import java.io.Writer;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;

/**
 * Collects the plain text of one document (Tika's XHTML body, with its line and cell breaks)
 * and enforces the limits: the part's own length (cut, and the cut remembered), and the file's
 * {@link Budget} (parsing stops).
 */
final class TextCollector extends BodyContentHandler {

  private final LimitedWriter writer;

  TextCollector(int maxChars, Budget budget) {
    this(new LimitedWriter(maxChars, budget));
  }

  private TextCollector(LimitedWriter writer) {
    super(new ToTextContentHandler(writer));
    this.writer = writer;
  }

  String text() {
    return writer.text.toString();
  }

  /** True when the part's text was cut at its limit. */
  boolean truncated() {
    return writer.truncated;
  }

  private static final class LimitedWriter extends Writer {
    final StringBuilder text = new StringBuilder();
    final int maxChars;
    final Budget budget;
    boolean truncated;

    LimitedWriter(int maxChars, Budget budget) {
      this.maxChars = maxChars;
      this.budget = budget;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      // Text past the part's cut still counts against the file: a bomb of one endless part
      // stops at the file's limit, not at the end of its data.
      budget.take(length);
      int room = maxChars - text.length();
      if (length > room) {
        truncated = true;
        length = Math.max(room, 0);
      }
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
