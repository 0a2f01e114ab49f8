package dev.shirabe.source;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * A file's identity in the inventory: a string that tells apart every two paths the file
 * system tells apart. A Unix file name is bytes, and Java shows each byte that is not UTF-8
 * as U+FFFD, so {@code a\xff.txt} and {@code a\xfe.txt} have one {@link Path#toString()}.
 *
 * <p>The identity is the absolute path's {@code toString()} whenever that is exact (every name
 * that is valid UTF-8: inventories written before keep their entries). Otherwise it is the
 * path's bytes decoded as UTF-8 where they are valid, and each other byte written as NUL and
 * two hex digits. No path holds a NUL, so no identity of one form equals one of the other, and
 * the bytes can be rebuilt ({@link #toPath}); a folder's identity stays a prefix of its files'.
 *
 * <p>The bytes come from {@link Path#toUri()}, which the JDK builds from the path's own bytes
 * (percent-encoded): public API, so it works in every JVM without opening {@code sun.nio.fs}
 * to reflection, and the two directions ({@code toUri}, {@link Path#of(URI)}) are exact.
 */
public final class PathIdentity {

  /** Starts an escaped byte; never part of a path. */
  private static final char ESCAPE = '\0';

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private PathIdentity() {}

  /** The identity of {@code path}, made absolute and normalised. */
  public static String of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    String shown = absolute.toString();
    if (shown.indexOf('\uFFFD') < 0 || !isUnixDefault(absolute)) {
      return shown; // exact: nothing was replaced
    }
    byte[] bytes = bytes(absolute);
    return bytes == null ? shown : fromBytes(bytes);
  }

  /**
   * How a scan's output names a path: as given, unless a byte of its name is not UTF-8; then as
   * {@link #display} shows its identity, so that two such names stay two in the output.
   */
  public static String shown(Path path) {
    String s = path.toString();
    return s.indexOf('\uFFFD') < 0 ? s : display(of(path));
  }

  /** The identity as shown to people: each escaped byte as {@code \xFF}. */
  public static String display(String identity) {
    if (identity.indexOf(ESCAPE) < 0) {
      return identity;
    }
    StringBuilder out = new StringBuilder(identity.length() + 8);
    for (int i = 0; i < identity.length(); i++) {
      char c = identity.charAt(i);
      if (c == ESCAPE && i + 2 < identity.length()) {
        out.append("\\x").append(identity, i + 1, i + 3);
        i += 2;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The path an identity names, with its bytes as they were. */
  public static Path toPath(String identity) {
    if (identity.indexOf(ESCAPE) < 0) {
      try {
        return Path.of(identity);
      } catch (InvalidPathException e) {
        // not representable in the file system's encoding: rebuilt from its bytes below
      }
    }
    StringBuilder uri = new StringBuilder("file://");
    for (byte b : toBytes(identity)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "/._-~".indexOf(c) >= 0)) {
        uri.append((char) c);
      } else {
        uri.append('%').append(HEX.toHexDigits((byte) c));
      }
    }
    try {
      return Path.of(new URI(uri.toString()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new InvalidPathException(display(identity), "not a path of this file system");
    }
  }

  /** The identity of a path given as bytes. */
  public static String fromBytes(byte[] bytes) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    while (true) {
      CoderResult result = utf8.decode(in, chars, true);
      out.append(chars.flip());
      chars.clear();
      if (result.isUnderflow()) {
        break;
      }
      for (int i = 0; i < result.length(); i++) { // malformed: escape these bytes, go on
        out.append(ESCAPE).append(HEX.toHexDigits(in.get()));
      }
    }
    return out.toString();
  }

  /** The bytes an identity stands for: its text as UTF-8, each escape as its byte. */
  static byte[] toBytes(String identity) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(identity.length() + 8);
    int from = 0;
    for (int i = identity.indexOf(ESCAPE); i >= 0; i = identity.indexOf(ESCAPE, from)) {
      out.writeBytes(identity.substring(from, i).getBytes(StandardCharsets.UTF_8));
      out.write(HexFormat.fromHexDigits(identity, i + 1, i + 3));
      from = i + 3;
    }
    out.writeBytes(identity.substring(from).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static boolean isUnixDefault(Path path) {
    return path.getFileSystem() == FileSystems.getDefault() && File.separatorChar == '/';
  }

  /** The absolute path's bytes, from its file URI; null when the URI cannot be had. */
  private static byte[] bytes(Path absolute) {
    String raw;
    try {
      raw = absolute.toUri().getRawPath();
    } catch (java.io.IOError | RuntimeException e) {
      return null;
    }
    if (raw == null) {
      return null;
    }
    // The URI of a folder ends with a slash that the path has not.
    int end = raw.length() > 1 && raw.endsWith("/") ? raw.length() - 1 : raw.length();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(end);
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < end) {
        out.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 2;
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }
}
