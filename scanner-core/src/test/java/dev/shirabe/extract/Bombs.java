package dev.shirabe.extract;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files that cost a parser a lot: written streaming, so a test makes them in a moment. */
public final class Bombs {

  private Bombs() {}

  /** A zip with one member of {@code bytes} zeros (a few KB per MB on disk). */
  public static Path zipOfZeros(Path file, String member, long bytes) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.setLevel(Deflater.BEST_SPEED); // zeros shrink a thousandfold at any level
      zip.putNextEntry(new ZipEntry(member));
      byte[] zeros = new byte[1 << 20];
      for (long left = bytes; left > 0; left -= zeros.length) {
        zip.write(zeros, 0, (int) Math.min(left, zeros.length));
      }
      zip.closeEntry();
    }
    return file;
  }

  /**
   * A one-page PDF whose single FlateDecode content stream inflates to about {@code bytes} of
   * text operators: small on disk, and PDFBox parses every operator before the page's text
   * comes out, so no text arrives while it works.
   */
  public static Path pdfWithHugeStream(Path file, long bytes) throws IOException {
    byte[] op = "BT /F1 12 Tf 72 712 Td (Taro Yamada 03-1234-5678) Tj ET\n"
        .getBytes(StandardCharsets.US_ASCII);
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED))) {
      for (long n = 0; n < bytes; n += op.length) {
        z.write(op);
      }
    }
    byte[] stream = compressed.toByteArray();
    List<byte[]> objects = new ArrayList<>();
    objects.add(ascii("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        + " /Resources << /Font << /F1 5 0 R >> >> >>"));
    java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
    content.write(ascii("<< /Length " + stream.length + " /Filter /FlateDecode >>\nstream\n"));
    content.write(stream);
    content.write(ascii("\nendstream"));
    objects.add(content.toByteArray());
    objects.add(ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"));
    try (OutputStream out = Files.newOutputStream(file)) {
      long offset = 0;
      List<Long> offsets = new ArrayList<>();
      offset += write(out, ascii("%PDF-1.4\n"));
      for (int i = 0; i < objects.size(); i++) {
        offsets.add(offset);
        offset += write(out, ascii((i + 1) + " 0 obj\n"));
        offset += write(out, objects.get(i));
        offset += write(out, ascii("\nendobj\n"));
      }
      StringBuilder xref = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n");
      xref.append("0000000000 65535 f \n");
      for (long o : offsets) {
        xref.append(String.format("%010d 00000 n \n", o));
      }
      xref.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
          .append("startxref\n").append(offset).append("\n%%EOF\n");
      write(out, ascii(xref.toString()));
    }
    return file;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static long write(OutputStream out, byte[] bytes) throws IOException {
    out.write(bytes);
    return bytes.length;
  }
}
