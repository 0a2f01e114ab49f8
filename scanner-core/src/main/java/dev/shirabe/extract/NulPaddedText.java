package dev.shirabe.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads as text a file of no known format whose bytes are text apart from NUL bytes: fixed-width
 * records padded with NULs (exports of legacy business systems, often named {@code .dat} or
 * nothing at all), text written into a preallocated file. Tika takes the NULs for binary, finds
 * no parser and reads nothing, so such a file of Shift_JIS customer records was scanned with
 * nothing found and no word said.
 *
 * <p>It is asked for every document Tika calls {@code application/octet-stream} (and any other
 * type no parser has), and reads it only when the first 64 KB with their NULs left out decode
 * strictly in one charset ({@link JapaneseEncodingDetector#detect}: UTF-8, Shift_JIS, EUC-JP,
 * ISO-2022-JP, or ASCII) into text with hardly a control character and some letters or digits.
 * Binary data does neither: its bytes are not valid in these charsets, and read as ASCII they
 * are full of control characters. A run of NULs is read as a line break, so that two padded
 * fields never join into one value. Anything else gives no text, as before; and since this is
 * the parser of last resort, a document of a known format that reaches it is noted as unread
 * ({@link UnreadContent#noParser}).
 */
final class NulPaddedText implements Parser {

  private static final long serialVersionUID = 1L;

  private static final int SAMPLE_BYTES = 64 * 1024;

  /** Enough letters and digits that the sample is text, not a few bytes that happen to decode. */
  private static final int MIN_ALPHANUMERIC = 8;

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(MediaType.OCTET_STREAM);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    Charset charset = stream.markSupported() ? charset(stream) : null;
    if (charset != null) {
      metadata.set(Metadata.CONTENT_ENCODING, charset.name());
      xhtml.startElement("p");
      Reader reader = new InputStreamReader(new NulRunsAsLineBreaks(stream), charset);
      char[] chars = new char[8192];
      for (int n; (n = reader.read(chars)) >= 0; ) {
        xhtml.characters(chars, 0, n);
      }
      xhtml.endElement("p");
    } else {
      UnreadContent.noParser(metadata);
    }
    xhtml.endDocument();
  }

  /** The charset the stream's head is text in once its NULs are left out, or null. */
  static Charset charset(InputStream stream) throws IOException {
    byte[] head;
    stream.mark(SAMPLE_BYTES);
    try {
      head = stream.readNBytes(SAMPLE_BYTES);
    } finally {
      stream.reset();
    }
    int length = 0;
    for (byte b : head) {
      if (b != 0) {
        head[length++] = b;
      }
    }
    if (length == head.length) {
      return null; // no NUL: not the case this reads (Tika's text detection had its say)
    }
    byte[] text = Arrays.copyOf(head, length);
    boolean complete = head.length < SAMPLE_BYTES;
    Charset charset = JapaneseEncodingDetector.detect(text, complete);
    if (charset == null) {
      charset = StandardCharsets.US_ASCII;
    }
    if (!JapaneseEncodingDetector.valid(charset, text, complete)) {
      return null;
    }
    return reads(new String(text, charset)) ? charset : null;
  }

  /** Hardly a control character (one in a hundred), and some letters or digits. */
  private static boolean reads(String text) {
    int odd = 0;
    int alphanumeric = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        alphanumeric++;
      } else if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' && c != '\f'
          : c == '\uFFFD' || UnicodeTextDetector.unprintable(c)) {
        odd++;
      }
    }
    return alphanumeric >= MIN_ALPHANUMERIC && odd * 100 <= text.length();
  }

  /**
   * The bytes with each run of NULs as one line feed: in the charsets read here a NUL byte is
   * never part of another character.
   */
  private static final class NulRunsAsLineBreaks extends FilterInputStream {
    private boolean inRun;

    NulRunsAsLineBreaks(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (true) {
        int n = in.read(bytes, offset, length);
        if (n < 0) {
          return -1;
        }
        int out = offset;
        for (int i = offset; i < offset + n; i++) {
          if (bytes[i] == 0) {
            if (!inRun) {
              bytes[out++] = '\n';
              inRun = true;
            }
          } else {
            bytes[out++] = bytes[i];
            inRun = false;
          }
        }
        if (out > offset) {
          return out - offset;
        }
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
