package dev.shirabe.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text in a legacy charset behind a UTF-8 byte-order mark: what an editor writes when it
 * prepends the mark to a Shift_JIS or EUC-JP file it never converted. Read as UTF-8 the text
 * is all replacement characters; read as its real charset the three bytes of the mark would
 * shift every character after them. This charset drops the mark, then decodes with the real
 * one. Decoding only: the extractor never writes text.
 */
final class AfterUtf8Mark extends Charset {

  private static final int MARK_LENGTH = 3;

  private final Charset text;

  AfterUtf8Mark(Charset text) {
    super("x-shirabe-utf8-mark-then-" + text.name(), new String[0]);
    this.text = text;
  }

  /** The charset of the text behind the mark. */
  Charset text() {
    return text;
  }

  /** Whether {@code bytes} start with the UTF-8 byte-order mark. */
  static boolean marks(byte[] bytes) {
    return bytes.length >= MARK_LENGTH
        && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  @Override
  public boolean contains(Charset cs) {
    return text.contains(cs);
  }

  @Override
  public boolean canEncode() {
    return false;
  }

  @Override
  public CharsetEncoder newEncoder() {
    throw new UnsupportedOperationException("decoding only");
  }

  @Override
  public CharsetDecoder newDecoder() {
    CharsetDecoder inner = text.newDecoder();
    return new CharsetDecoder(this, inner.averageCharsPerByte(), inner.maxCharsPerByte()) {
      private int markLeft = MARK_LENGTH;

      @Override
      protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
        while (markLeft > 0) {
          if (!in.hasRemaining()) {
            return CoderResult.UNDERFLOW;
          }
          in.get();
          markLeft--;
        }
        // Whatever is left at the end of input is reported as malformed by decode() itself.
        return inner.decode(in, out, false);
      }

      @Override
      protected CoderResult implFlush(CharBuffer out) {
        CoderResult result = inner.decode(ByteBuffer.allocate(0), out, true);
        return result.isError() || result.isOverflow() ? result : inner.flush(out);
      }

      @Override
      protected void implReset() {
        inner.reset();
        markLeft = MARK_LENGTH;
      }

      @Override
      protected void implOnMalformedInput(CodingErrorAction action) {
        inner.onMalformedInput(action);
      }

      @Override
      protected void implOnUnmappableCharacter(CodingErrorAction action) {
        inner.onUnmappableCharacter(action);
      }

      @Override
      protected void implReplaceWith(String replacement) {
        inner.replaceWith(replacement);
      }
    };
  }
}
