package dev.shirabe.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Recognises UTF-16 and UTF-32 text written without a byte-order mark (Windows "Unicode"
 * exports, some database dumps). Tika takes such a file for binary (its NUL bytes) unless its
 * name says text, and then its statistical charset detectors misread it; both lose every
 * finding in it. The evidence is strong: the ASCII characters that nearly every text holds
 * (digits, spaces, line ends) leave NUL bytes in alternating positions, and the whole decodes
 * strictly into printable text, which binary data read that way almost never does.
 */
final class UnicodeTextDetector implements Detector {

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** Enough to see the pattern; a text format's own detection reads more. */
  private static final int SAMPLE_BYTES = 8 * 1024;

  @Override
  public MediaType detect(InputStream input, Metadata metadata) throws IOException {
    if (input == null) {
      return MediaType.OCTET_STREAM;
    }
    input.mark(SAMPLE_BYTES);
    byte[] sample;
    try {
      sample = input.readNBytes(SAMPLE_BYTES);
    } finally {
      input.reset();
    }
    return charset(sample, sample.length < SAMPLE_BYTES) == null
        ? MediaType.OCTET_STREAM
        : MediaType.TEXT_PLAIN;
  }

  /**
   * UTF-32BE/LE or UTF-16BE/LE when {@code bytes} are text in it without a byte-order mark
   * (with one they read the same: the mark decodes to U+FEFF, which readers drop), else null.
   *
   * @param complete whether {@code bytes} is the whole text, not a sample cut anywhere
   */
  static Charset charset(byte[] bytes, boolean complete) {
    if (bytes.length < 4) {
      return null;
    }
    int[] zeros = new int[4];
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        zeros[i % 4]++;
      }
    }
    int units = bytes.length / 4;
    // UTF-32: one byte of every four is always zero (no code point reaches 0x1000000).
    if (zeros[0] >= units && printable(UTF_32BE, bytes, complete)) {
      return UTF_32BE;
    }
    if (zeros[3] >= units && printable(UTF_32LE, bytes, complete)) {
      return UTF_32LE;
    }
    int even = zeros[0] + zeros[2];
    int odd = zeros[1] + zeros[3];
    // Japanese characters leave zeros at the other parity too (U+3000, U+4E00), but far fewer.
    int enough = Math.max(2, bytes.length / 64);
    if (even >= enough && odd * 2 <= even && printable(StandardCharsets.UTF_16BE, bytes, complete)) {
      return StandardCharsets.UTF_16BE;
    }
    if (odd >= enough && even * 2 <= odd && printable(StandardCharsets.UTF_16LE, bytes, complete)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** Whether the bytes decode strictly into text: no NUL, no control but layout, no gaps. */
  private static boolean printable(Charset charset, byte[] bytes, boolean complete) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    if (decoder.decode(in, out, complete).isError()
        || (complete && (in.hasRemaining() || decoder.flush(out).isError()))) {
      return false;
    }
    out.flip();
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c < ' ' ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : unprintable(c)) {
        return false;
      }
    }
    return true;
  }

  /** A char no text prints: a control, unassigned, or private use. */
  static boolean unprintable(char c) {
    int type = Character.getType(c);
    return type == Character.UNASSIGNED || type == Character.PRIVATE_USE
        || type == Character.CONTROL;
  }
}
