package dev.shirabe.detect.names;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The name dictionaries parsed at build time into the arrays the scanner reads them as
 * ({@link NameReadings}, {@link KatakanaWords}): scanner-core's pom runs {@link #main} at
 * {@code process-classes}, as it compiles the Japanese name model's weights. Parsing the
 * dictionaries' text took over a second of every start; reading the compiled form back is one
 * read of the resource and a few bulk copies.
 *
 * <p>Each compiled file starts with its kind's magic number and the CRC-32 of the dictionary
 * it was made from, and is used only for that dictionary: a build that skipped the step (an
 * IDE's) or a changed dictionary parses the text as before, to the same tables.
 */
final class CompiledTables {

  private CompiledTables() {}

  /** What {@link #write} writes after the header. */
  interface Body {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * The compiled resource's body, positioned after its header; null when it is missing or was
   * made from a source of another CRC-32 (then the caller parses the source itself).
   */
  static ByteBuffer open(String compiled, int magic, long sourceCrc) {
    try (InputStream in = CompiledTables.class.getResourceAsStream(compiled)) {
      if (in == null) {
        return null;
      }
      ByteBuffer body = ByteBuffer.wrap(in.readAllBytes());
      if (body.remaining() < 12 || body.getInt() != magic || body.getLong() != sourceCrc) {
        return null;
      }
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + compiled, e);
    }
  }

  /**
   * The CRC-32 of a resource's bytes, which must be on the class path. From a jar (as the
   * scanner runs) it is the one the jar's directory holds for the entry, the same number,
   * without reading the dictionary: reading ENAMDICT's 2.5 MB only to check them cost some 30 ms
   * of each start. From a folder (tests, an IDE) the bytes are read.
   */
  static long crcOf(String name) {
    URL url = CompiledTables.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing from the class path: " + name);
    }
    return crcOf(url);
  }

  static long crcOf(URL url) {
    try {
      URLConnection connection = url.openConnection();
      if (connection instanceof JarURLConnection jar) {
        jar.setUseCaches(false); // a JarFile of our own, closed here
        try (JarFile file = jar.getJarFile()) {
          ZipEntry entry = file.getEntry(jar.getEntryName());
          if (entry != null && entry.getCrc() != -1) {
            return entry.getCrc();
          }
        }
      }
      try (InputStream in = url.openStream()) {
        return crc(in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
  }

  /** Writes a compiled file: the header naming {@code source}, then the body. */
  static void write(Path file, int magic, byte[] source, Body body) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(magic);
      out.writeLong(crc(source));
      body.write(out);
    }
  }

  /** A resource's bytes; the resource must be on the class path. */
  static byte[] resource(String name) {
    try (InputStream in = CompiledTables.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the class path: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  static void writeInts(DataOutputStream out, int[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES);
    b.asIntBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static int[] readInts(ByteBuffer in) throws IOException {
    int[] values = new int[length(in, Integer.BYTES)];
    in.asIntBuffer().get(values);
    in.position(in.position() + values.length * Integer.BYTES);
    return values;
  }

  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * Long.BYTES);
    b.asLongBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static long[] readLongs(ByteBuffer in) throws IOException {
    long[] values = new long[length(in, Long.BYTES)];
    in.asLongBuffer().get(values);
    in.position(in.position() + values.length * Long.BYTES);
    return values;
  }

  static void writeChars(DataOutputStream out, char[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * Character.BYTES);
    b.asCharBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static char[] readChars(ByteBuffer in) throws IOException {
    char[] values = new char[length(in, Character.BYTES)];
    in.asCharBuffer().get(values);
    in.position(in.position() + values.length * Character.BYTES);
    return values;
  }

  static void writeFloats(DataOutputStream out, float[] values) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES);
    b.asFloatBuffer().put(values);
    out.writeInt(values.length);
    out.write(b.array());
  }

  static float[] readFloats(ByteBuffer in) throws IOException {
    float[] values = new float[length(in, Float.BYTES)];
    in.asFloatBuffer().get(values);
    in.position(in.position() + values.length * Float.BYTES);
    return values;
  }

  static void writeBytes(DataOutputStream out, byte[] values) throws IOException {
    out.writeInt(values.length);
    out.write(values);
  }

  static byte[] readBytes(ByteBuffer in) throws IOException {
    byte[] values = new byte[length(in, 1)];
    in.get(values);
    return values;
  }

  /** An array's length, checked against what is left of the file. */
  private static int length(ByteBuffer in, int width) throws IOException {
    if (in.remaining() < Integer.BYTES) {
      throw new IOException("damaged compiled table: it ends early");
    }
    int n = in.getInt();
    if (n < 0 || (long) n * width > in.remaining()) {
      throw new IOException("damaged compiled table: an array of " + n + " past its end");
    }
    return n;
  }

  /**
   * Writes the compiled dictionaries into the class output folder {@code args[0]} (the build's
   * step: {@code java … CompiledTables DIR}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompiledTables CLASSES_DIR");
    }
    Path classes = Path.of(args[0]);
    NameReadings.compile(classes.resolve(NameReadings.COMPILED.substring(1)));
    KatakanaWords.compile(classes.resolve(KatakanaWords.COMPILED.substring(1)));
  }
}
