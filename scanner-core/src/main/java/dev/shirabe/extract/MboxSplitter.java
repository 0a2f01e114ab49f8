package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Splits an mbox archive into its messages, byte for byte, and hands each to the embedded
 * document extractor as {@code message/rfc822}; a message is streamed, never held whole.
 *
 * <p>It replaces Tika's MboxParser, which reads the archive as windows-1252 text and writes
 * each message back: the bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D do not survive that round trip,
 * and they are everywhere in UTF-8 and Shift_JIS Japanese (8-bit bodies, raw headers). It also
 * merged folded header lines into the wrong header.
 *
 * <p>A message starts after each line that begins with "From " (the mbox envelope line);
 * writers quote such lines inside messages as "&gt;From ".
 */
final class MboxSplitter implements Parser {

  static final MediaType MBOX = MediaType.application("mbox");

  private static final byte[] ENVELOPE = "From ".getBytes(StandardCharsets.US_ASCII);
  private static final String MESSAGE = "message/rfc822";

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(MBOX);
  }

  @Override
  public void parse(
      InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
      throws IOException, SAXException, TikaException {
    EmbeddedDocumentExtractor extractor =
        EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    Lines lines = new Lines(stream);
    while (!lines.atEnvelope() && lines.skipLine()) {
      // text before the first envelope line belongs to no message
    }
    byte[] rest = new byte[8192];
    while (lines.atEnvelope() && lines.skipLine()) {
      Metadata message = new Metadata();
      message.set(Metadata.CONTENT_TYPE, MESSAGE);
      message.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, MESSAGE);
      InputStream body = lines.message();
      if (extractor.shouldParseEmbedded(message)) {
        extractor.parseEmbedded(body, xhtml, message, true);
      }
      while (body.read(rest) >= 0) {
        // skip what the message's parser left unread
      }
    }
    xhtml.endDocument();
  }

  /** The archive's bytes, read a line at a time, with a look at the start of the next line. */
  private static final class Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean atLineStart = true;

    Lines(InputStream in) {
      this.in = in;
    }

    boolean atEnvelope() throws IOException {
      return atLineStart
          && fill(ENVELOPE.length)
          && Arrays.equals(
              buffer, position, position + ENVELOPE.length, ENVELOPE, 0, ENVELOPE.length);
    }

    /** Consumes the rest of the current line; false at the end of the archive. */
    boolean skipLine() throws IOException {
      while (fill(1)) {
        if (buffer[position++] == '\n') {
          atLineStart = true;
          return true;
        }
      }
      return false;
    }

    /** The bytes up to the next envelope line or the end. */
    InputStream message() {
      return new InputStream() {
        @Override
        public int read() throws IOException {
          byte[] one = new byte[1];
          return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] out, int offset, int length) throws IOException {
          if (length == 0) {
            return 0;
          }
          if (atEnvelope() || !fill(1)) {
            return -1;
          }
          // Stop after a line break, so that the next call can look for an envelope line.
          int end = Math.min(limit, position + length);
          int i = position;
          while (i < end && buffer[i++] != '\n') {
            // scan to the end of the line or of the room
          }
          int n = i - position;
          System.arraycopy(buffer, position, out, offset, n);
          position = i;
          atLineStart = buffer[i - 1] == '\n';
          return n;
        }
      };
    }

    /** Buffers at least {@code n} bytes unless the archive ends first. */
    private boolean fill(int n) throws IOException {
      if (limit - position >= n) {
        return true;
      }
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
      while (limit < n) {
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
          return false;
        }
        limit += read;
      }
      return true;
    }
  }
}
