package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's plain-text parser, except that a short text of nothing but NUL bytes is read as the
 * empty document it is, without Tika's charset detection and CSV sniffing. Files named as text
 * but zero-filled (preallocated logs, a zip bomb's leaves) hold no text either way, and each one
 * cost Tika 2–3 ms of CPU: the nested zip bomb of the hostile corpus (16,384 such leaves before
 * its inflation limit stops it) took 43 s of CPU, three quarters of it there.
 *
 * <p>Only a stream that ends within {@link #LIMIT} is skipped: a longer file whose head is zeros
 * may go on with text (a log truncated in place while its writer kept its offset), so it is
 * parsed as before.
 */
final class ZeroFilledText extends ParserDecorator {

  private static final long serialVersionUID = 1L;

  /** The longest stream checked; 64 KB are read ahead at most, and only while all are zero. */
  static final int LIMIT = 64 * 1024;

  private static final int CHUNK = 4 * 1024;

  ZeroFilledText(Parser text) {
    super(text);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    if (stream.markSupported() && zeroFilled(stream)) {
      EmptyParser.INSTANCE.parse(stream, handler, metadata, context);
    } else {
      super.parse(stream, handler, metadata, context);
    }
  }

  /** Whether the stream ends within {@link #LIMIT} bytes, all of them zero; leaves it unread. */
  static boolean zeroFilled(InputStream stream) throws IOException {
    stream.mark(LIMIT + 1);
    try {
      byte[] chunk = new byte[CHUNK];
      int total = 0;
      // One byte past the limit at most, so that the mark holds and a longer stream shows.
      while (total <= LIMIT) {
        int want = Math.min(CHUNK, LIMIT + 1 - total);
        int n = stream.readNBytes(chunk, 0, want);
        for (int i = 0; i < n; i++) {
          if (chunk[i] != 0) {
            return false;
          }
        }
        total += n;
        if (n < want) {
          return total > 0;
        }
      }
      return false;
    } finally {
      stream.reset();
    }
  }
}
