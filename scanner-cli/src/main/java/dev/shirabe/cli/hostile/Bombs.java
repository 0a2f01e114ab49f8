package dev.shirabe.cli.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipOutputStream;

/**
 * Files built to exhaust a scanner: decompression bombs, nesting deeper than any limit, entity
 * expansion, external entities, huge streams, deep markup. Sizes are parameters so that CI can
 * run tiny ones and the benchmark the real thing; everything is streamed, so a 5 GiB bomb takes
 * a few megabytes of disk and no more heap than a small one.
 */
final class Bombs {

  /** A line of fake personal data, so that a file read to its end has something to find. */
  static final String PERSON = "担当: 山田 太郎 taro.yamada@example.com 03-1234-5678";

  private static final int CHUNK = 1 << 20;

  private Bombs() {}

  /** A zip whose one entry, {@code name}, inflates to {@code bytes} zeros (ZIP64 above 4 GiB). */
  static void zipOfZeros(OutputStream out, String name, long bytes) throws IOException {
    ZipOutputStream zip = Zips.open(out, StandardCharsets.UTF_8);
    java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(name);
    entry.setTime(Zips.FIXED_TIME);
    zip.putNextEntry(entry);
    writeZeros(zip, bytes);
    zip.closeEntry();
    zip.finish();
  }

  private static void writeZeros(OutputStream out, long bytes) throws IOException {
    byte[] zeros = new byte[CHUNK];
    for (long left = bytes; left > 0; left -= CHUNK) {
      out.write(zeros, 0, (int) Math.min(CHUNK, left));
    }
  }

  /**
   * A 42.zip-like bomb: {@code layers} levels of zips, each holding {@code fanout} copies of the
   * level below; the leaves hold zeros so that the whole inflates to about {@code totalBytes}.
   */
  static byte[] nestedZipBomb(int layers, int fanout, long totalBytes) throws IOException {
    long leaves = (long) Math.pow(fanout, layers);
    long leafBytes = Math.max(1, totalBytes / leaves);
    ByteArrayOutputStream leaf = new ByteArrayOutputStream();
    zipOfZeros(leaf, "0.txt", leafBytes);
    byte[] level = leaf.toByteArray();
    // Each layer multiplies the leaves: layers zips over the leaf's own zip give fanout^layers.
    for (int depth = 1; depth <= layers; depth++) {
      Map<String, byte[]> copies = new LinkedHashMap<>();
      for (int i = 0; i < fanout; i++) {
        copies.put(String.format(Locale.ROOT, "%d-%02d.zip", depth, i), level);
      }
      level = Zips.zip(copies);
    }
    return level;
  }

  /** A zip in a zip … {@code depth} levels, the innermost holding a text with personal data. */
  static byte[] deepZip(int depth) throws IOException {
    byte[] inner = Zips.zip(Map.of("innermost.txt", Zips.utf8(PERSON + "\n")));
    for (int level = depth - 1; level >= 1; level--) {
      inner = Zips.zip(Map.of("level-" + level + ".zip", inner));
    }
    return inner;
  }

  /** A Word document embedding a Word document … {@code depth} levels. */
  static byte[] deepDocx(int depth) throws IOException {
    byte[] inner = null;
    for (int level = depth; level >= 1; level--) {
      String text = level == depth ? PERSON : "level " + level;
      inner = Zips.docx(Zips.documentXml("", text), inner);
    }
    return inner;
  }

  /** The classic entity-expansion DTD: {@code levels} levels of ten references each. */
  static String laughsDoctype(String root, int levels) {
    StringBuilder d = new StringBuilder("<!DOCTYPE " + root + " [\n<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < levels; i++) {
      d.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        d.append("&lol").append(i - 1).append(';');
      }
      d.append("\">\n");
    }
    return d.append("]>\n").toString();
  }

  static String laughsXml(int levels) {
    return "<?xml version=\"1.0\"?>\n" + laughsDoctype("lolz", levels)
        + "<lolz>&lol" + (levels - 1) + ";</lolz>\n";
  }

  static byte[] laughsDocx(int levels) throws IOException {
    return Zips.docx(Zips.documentXml(laughsDoctype("w:document", levels),
        "&lol" + (levels - 1) + ";"), null);
  }

  static byte[] laughsXlsx(int levels) throws IOException {
    return Zips.xlsx(Zips.XML_DECL + laughsDoctype("sst", levels)
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\""
        + " uniqueCount=\"1\"><si><t>&lol" + (levels - 1) + ";</t></si></sst>");
  }

  /** An XML document whose entity {@code x} is the file at {@code uri}. */
  static String xxeXml(String uri) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE note [\n<!ENTITY x SYSTEM \"" + uri + "\">\n]>\n"
        + "<note><body>&x;</body></note>\n";
  }

  /** The same through an external DTD: the DTD itself is the file to read. */
  static String xxeDtdXml(String uri) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE note SYSTEM \"" + uri + "\">\n<note>x</note>\n";
  }

  static byte[] xxeDocx(String uri) throws IOException {
    return Zips.docx(Zips.documentXml(
        "<!DOCTYPE w:document [\n<!ENTITY x SYSTEM \"" + uri + "\">\n]>\n", "&x;"), null);
  }

  /**
   * A one-page PDF whose single content stream (FlateDecode) inflates to at least
   * {@code textBytes} of text-showing operators; the stream is compressed in memory (deflate
   * shrinks this repetition about a thousandfold), then framed with a correct xref table.
   */
  static void pdf(OutputStream out, long textBytes) throws IOException {
    StringBuilder block = new StringBuilder();
    for (int y = 760; y > 40; y -= 12) {
      block.append("BT /F1 10 Tf 40 ").append(y)
          .append(" Td (Lorem ipsum dolor sit amet, consectetur adipiscing elit) Tj ET\n");
    }
    byte[] blockBytes = block.toString().getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate =
        new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
      for (long written = 0; written < textBytes; written += blockBytes.length) {
        deflate.write(blockBytes);
      }
    }
    PdfWriter pdf = new PdfWriter(out);
    pdf.object("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        + " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
    pdf.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    pdf.stream("<< /Length " + compressed.size() + " /Filter /FlateDecode >>",
        compressed.toByteArray());
    pdf.finish();
  }

  /** Writes numbered objects and remembers their offsets for the xref table. */
  private static final class PdfWriter {
    private final OutputStream out;
    private final java.util.List<Long> offsets = new java.util.ArrayList<>();
    private long at;

    PdfWriter(OutputStream out) throws IOException {
      this.out = out;
      ascii("%PDF-1.4\n");
    }

    void object(String body) throws IOException {
      offsets.add(at);
      ascii(offsets.size() + " 0 obj\n" + body + "\nendobj\n");
    }

    void stream(String dictionary, byte[] data) throws IOException {
      offsets.add(at);
      ascii(offsets.size() + " 0 obj\n" + dictionary + "\nstream\n");
      out.write(data);
      at += data.length;
      ascii("\nendstream\nendobj\n");
    }

    void finish() throws IOException {
      long xref = at;
      StringBuilder t = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n");
      t.append("0000000000 65535 f \n");
      for (long offset : offsets) {
        t.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
      }
      t.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\n")
          .append("startxref\n").append(xref).append("\n%%EOF\n");
      ascii(t.toString());
    }

    private void ascii(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.US_ASCII);
      out.write(b);
      at += b.length;
    }
  }

  /** {@code depth} nested divs around a line of personal data. */
  static void deepHtml(OutputStream out, int depth) throws IOException {
    out.write(Zips.utf8("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>deep</title>"
        + "</head><body>\n"));
    repeat(out, "<div>", depth);
    out.write(Zips.utf8(PERSON));
    repeat(out, "</div>", depth);
    out.write(Zips.utf8("\n</body></html>\n"));
  }

  /** {@code depth} nested RTF groups around a line of personal data (ASCII, so no code page). */
  static void deepRtf(OutputStream out, int depth) throws IOException {
    out.write(Zips.utf8("{\\rtf1\\ansi\\deff0 "));
    repeat(out, "{", depth);
    out.write(Zips.utf8("Contact: Taro Yamada, taro.yamada@example.com, 03-1234-5678"));
    repeat(out, "}", depth);
    out.write(Zips.utf8("}\n"));
  }

  private static void repeat(OutputStream out, String s, int times) throws IOException {
    byte[] b = Zips.utf8(s);
    for (int i = 0; i < times; i++) {
      out.write(b);
    }
  }

  private static final String[] FAMILY = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村"};
  private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔太", "愛"};

  /** {@code rows} rows of fake people: example.com addresses, 0120- and 03- numbers. */
  static void peopleCsv(OutputStream out, int rows, java.util.Random random) throws IOException {
    out.write(Zips.utf8("氏名,メールアドレス,電話番号\n"));
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      line.setLength(0);
      line.append(FAMILY[random.nextInt(FAMILY.length)]).append(' ')
          .append(GIVEN[random.nextInt(GIVEN.length)]).append(',')
          .append(String.format(Locale.ROOT, "user%06d@example.com,", i));
      if (i % 2 == 0) {
        line.append(String.format(Locale.ROOT, "0120-%03d-%03d", random.nextInt(1000),
            random.nextInt(1000)));
      } else {
        line.append(String.format(Locale.ROOT, "03-%04d-%04d", random.nextInt(10000),
            random.nextInt(10000)));
      }
      out.write(Zips.utf8(line.append('\n').toString()));
    }
  }
}
