package dev.shirabe.extract.forked;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The protocol between a scan and its extraction processes, over the child's standard input
 * and output. Each message is a tag byte and its fields; a string is its length in chars and
 * its UTF-16 code units, so that any Java string crosses unchanged (a lone surrogate from a
 * broken file included, which UTF-8 would replace). A string whose every char is below 256
 * (most text of English mail, every path and locator in Latin script) is its length's
 * complement ({@code ~n}, negative) and one byte a char: half the bytes through the pipe, which
 * a large part filled, and a copy on each side instead of a loop over its chars.
 *
 * <pre>
 * parent → child  LIMITS n (string)×n                   once, first: the extraction limits
 *                                                       (sent when the scan knows them: the
 *                                                       process may start before, and loads
 *                                                       Tika's parsers meanwhile)
 * child → parent  READY                                 once, when the extractor is built
 * parent → child  FILE slot path                        read this file in this slot
 * child → parent  PART slot locator text n (key value)×n a part, as soon as it is complete
 *                 PROBLEM slot locator reason            a part could not be read
 *                 DONE slot | FAILED slot reason         the file is finished
 * </pre>
 *
 * <p>A slot (an int from 0) is one parsing thread of the process: a process reads as many
 * files at once as the parent gives it slots, each message whole, and the parent sends a slot
 * its next file only when the last one's DONE or FAILED came.
 */
final class Wire {

  static final byte LIMITS = 'L';
  static final byte READY = 'R';
  static final byte FILE = 'F';
  static final byte PART = 'P';
  static final byte PROBLEM = 'X';
  static final byte DONE = 'D';
  static final byte FAILED = 'E';

  /** Longer strings are refused: a corrupt stream must not make the parent allocate gigabytes. */
  static final int MAX_CHARS = Integer.MAX_VALUE / 4;

  /** Chars copied at a time. */
  private static final int CHUNK = 8192;

  private Wire() {}

  static void writeString(DataOutputStream out, String s) throws IOException {
    int n = s.length();
    if (isLatin1(s)) {
      out.writeInt(~n);
      // In pieces: a part of tens of megabytes is not copied whole in a process of small heap.
      for (int from = 0; from < n; from += CHUNK) {
        out.write(s.substring(from, Math.min(n, from + CHUNK)).getBytes(StandardCharsets.ISO_8859_1));
      }
      return;
    }
    out.writeInt(n);
    byte[] buffer = new byte[Math.min(n, CHUNK) * 2];
    int filled = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      buffer[filled++] = (byte) (c >>> 8);
      buffer[filled++] = (byte) c;
      if (filled == buffer.length) {
        out.write(buffer, 0, filled);
        filled = 0;
      }
    }
    out.write(buffer, 0, filled);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    boolean latin1 = n < 0;
    if (latin1) {
      n = ~n;
    }
    if (n > MAX_CHARS) {
      throw new IOException("a string of " + n + " chars: the stream is corrupt");
    }
    if (latin1) {
      byte[] bytes = new byte[n];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[n];
    byte[] buffer = new byte[Math.min(n, CHUNK) * 2];
    int done = 0;
    while (done < n) {
      int want = Math.min(n - done, buffer.length / 2) * 2;
      in.readFully(buffer, 0, want);
      for (int i = 0; i < want; i += 2) {
        chars[done++] = (char) (((buffer[i] & 0xFF) << 8) | (buffer[i + 1] & 0xFF));
      }
    }
    return new String(chars);
  }

  private static boolean isLatin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
