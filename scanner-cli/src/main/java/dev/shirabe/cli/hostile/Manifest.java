package dev.shirabe.cli.hostile;

import dev.shirabe.source.PathIdentity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the generator made, one line per file: {@code path TAB kind TAB expect TAB origin}.
 *
 * <p>Paths are relative to the corpus folder and stored as their exact bytes, escaped so that a
 * line stays one printable line: {@code \\} for a backslash, {@code \xNN} for a byte that is not
 * UTF-8, {@code \\uXXXX} for a control or bidirectional character, tab or newline. The
 * file {@code MANIFEST.tsv} sits beside the {@code corpus} folder, never inside it.
 */
public final class Manifest {

  public static final String FILE_NAME = "MANIFEST.tsv";
  static final String HEADER = "# path\tkind\texpect\torigin";

  /** What kind of thing sits at the path (only {@link #FILE} is a regular file). */
  public enum Kind {
    FILE, FIFO, SOCKET, SYMLINK;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * What a correct scan does with the file.
   *
   * <ul>
   *   <li>{@code found}: a finding (the file holds plain personal data);
   *   <li>{@code problem}: a problem record, failed or partial (a bomb, a depth limit);
   *   <li>{@code found-or-problem}: never silently zero (mislabelled encodings);
   *   <li>{@code any}: read, failed or partial, but accounted for (mutations);
   *   <li>{@code skipped}: not read, reported as skipped (FIFOs, sockets, links).
   * </ul>
   */
  public enum Expect {
    FOUND, PROBLEM, FOUND_OR_PROBLEM, ANY, SKIPPED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Expect of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** One made thing; {@code path} holds the exact bytes of its path under the corpus folder. */
  public record Entry(byte[] path, Kind kind, Expect expect, String origin) {

    public boolean regular() {
      return kind == Kind.FILE;
    }

    /**
     * The path as the scan's output names it: UTF-8, each byte that is not as {@code \xFF}
     * ({@link PathIdentity#shown}), so that two names differing only there stay two.
     */
    public String shown() {
      return PathIdentity.display(PathIdentity.fromBytes(path));
    }

    public String escaped() {
      return escape(path);
    }
  }

  private final List<Entry> entries;

  public Manifest(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public long regularFiles() {
    return entries.stream().filter(Entry::regular).count();
  }

  public void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  void write(Writer w) throws IOException {
    w.write(HEADER);
    w.write('\n');
    for (Entry e : entries) {
      w.write(e.escaped() + '\t' + e.kind().label() + '\t' + e.expect().label() + '\t'
          + escape(e.origin().getBytes(StandardCharsets.UTF_8)) + '\n');
    }
  }

  public static Manifest read(Path file) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IOException("not a manifest line: " + escape(line.getBytes(StandardCharsets.UTF_8)));
      }
      entries.add(new Entry(unescape(f[0]), Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
          Expect.of(f[2]), new String(unescape(f[3]), StandardCharsets.UTF_8)));
    }
    return new Manifest(entries);
  }

  /** Escapes bytes into one printable line (see the class comment); {@link #unescape} reverses it. */
  public static String escape(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < bytes.length) {
      int len = sequenceLength(bytes[i]);
      String ch = null;
      if (len > 0 && i + len <= bytes.length) {
        try {
          CharBuffer decoded = utf8.reset().decode(ByteBuffer.wrap(bytes, i, len));
          ch = decoded.toString();
        } catch (CharacterCodingException e) {
          ch = null;
        }
      }
      if (ch == null) {
        out.append(String.format("\\x%02x", bytes[i] & 0xff));
        i++;
        continue;
      }
      int cp = ch.codePointAt(0);
      if (cp == '\\') {
        out.append("\\\\");
      } else if (unsafe(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(ch);
      }
      i += len;
    }
    return out.toString();
  }

  public static byte[] unescape(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char k = s.charAt(i + 1);
        if (k == '\\') {
          out.write('\\');
          i += 2;
          continue;
        } else if (k == 'x' && i + 4 <= s.length()) {
          out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
          i += 4;
          continue;
        } else if (k == 'u' && i + 6 <= s.length()) {
          byte[] b = new String(Character.toChars(Integer.parseInt(s.substring(i + 2, i + 6), 16)))
              .getBytes(StandardCharsets.UTF_8);
          out.write(b, 0, b.length);
          i += 6;
          continue;
        }
      }
      int cp = s.codePointAt(i);
      byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
      out.write(b, 0, b.length);
      i += Character.charCount(cp);
    }
    return out.toByteArray();
  }

  /** Characters that would move the cursor, change the terminal or split a line or field. */
  static boolean unsafe(int cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029
        || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e)
        || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
  }

  private static int sequenceLength(byte b) {
    int v = b & 0xff;
    if (v < 0x80) {
      return 1;
    } else if (v >= 0xc2 && v <= 0xdf) {
      return 2;
    } else if (v >= 0xe0 && v <= 0xef) {
      return 3;
    } else if (v >= 0xf0 && v <= 0xf4) {
      return 4;
    }
    return 0;
  }

  static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
