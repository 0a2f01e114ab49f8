package dev.shirabe.testcorpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Byte-level helpers of the generator: strict encoding, repeatable ZIP containers, files. */
final class Corpus {

  private Corpus() {}

  /** 2024-01-31 09:00 JST: the date every generated file and archive member carries. */
  static final Date FIXED_DATE = new Date(1706659200000L);

  /** Encodes, failing on any character the charset cannot hold (no silent '?'). */
  static byte[] encode(String text, Charset charset) {
    try {
      ByteBuffer bytes =
          charset
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      return Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
    } catch (CharacterCodingException e) {
      int bad = firstUnmappable(text, charset);
      throw new IllegalArgumentException(
          charset + " cannot encode U+" + Integer.toHexString(text.charAt(bad)).toUpperCase()
              + " in: …" + text.substring(Math.max(0, bad - 20), Math.min(text.length(), bad + 5)),
          e);
    }
  }

  private static int firstUnmappable(String text, Charset charset) {
    for (int i = 0; i < text.length(); i++) {
      if (!charset.newEncoder().canEncode(text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  static void write(Path root, String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same ZIP container (an .xlsx, a .docx) with every entry dated {@link #FIXED_DATE}, so
   * that regenerating the corpus gives the same bytes.
   */
  static byte[] fixedDates(byte[] zip) {
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
        ZipArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
          copy.setTime(FIXED_DATE.getTime());
          out.putArchiveEntry(copy);
          in.transferTo(out);
          out.closeArchiveEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
