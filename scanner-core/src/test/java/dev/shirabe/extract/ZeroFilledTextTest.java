package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZeroFilledTextTest {

  @Test
  void onlyAStreamOfZerosThatEndsWithinTheLimitIsZeroFilled() throws IOException {
    assertTrue(zeroFilled(new byte[1]));
    assertTrue(zeroFilled(new byte[16 * 1024]));
    assertTrue(zeroFilled(new byte[ZeroFilledText.LIMIT]));
    assertFalse(zeroFilled(new byte[0]), "an empty file is Tika's to read");
    assertFalse(zeroFilled(new byte[ZeroFilledText.LIMIT + 1]), "may go on with text");
    byte[] late = new byte[ZeroFilledText.LIMIT];
    late[late.length - 1] = 'a';
    assertFalse(zeroFilled(late));
    byte[] early = new byte[100];
    early[0] = 'a';
    assertFalse(zeroFilled(early));
  }

  @Test
  void leavesTheStreamWhereItWas() throws IOException {
    byte[] bytes = new byte[20_000];
    bytes[19_999] = 'x';
    TikaInputStream stream = TikaInputStream.get(new ByteArrayInputStream(bytes));
    assertFalse(ZeroFilledText.zeroFilled(stream));
    assertArrayEquals(bytes, stream.readAllBytes());
  }

  /**
   * What a scan reads: nothing from zero-filled text files, alone or in a zip (a zip bomb's
   * leaves); and the text after a long run of zeros (a log truncated in place), which Tika's
   * charset detectors, seeing only zeros, read as UTF-32 nonsense.
   */
  @Test
  void aScanReadsNoTextFromZerosAndTheTextAfterALongRunOfThem(@TempDir Path dir)
      throws Exception {
    String line = "山田太郎 090-1234-5678\n";
    Path zeros = Files.write(dir.resolve("zeros.txt"), new byte[16 * 1024]);
    Path zip = dir.resolve("leaves.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("0.txt"));
      out.write(new byte[16 * 1024]);
      out.putNextEntry(new ZipEntry("1.txt"));
      out.write(line.getBytes(StandardCharsets.UTF_8));
    }

    Extraction empty = Extraction.of(zeros);
    assertEquals(List.of(), empty.parts);
    assertEquals(List.of(), empty.problems);
    Extraction leaves = Extraction.of(zip);
    assertEquals(List.of(), leaves.problems);
    assertTrue(leaves.text().contains("090-1234-5678"), leaves.locators().toString());
    assertFalse(leaves.locators().stream().anyMatch(l -> l.contains("0.txt")),
        leaves.locators().toString());

    for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"),
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      for (int zeroBytes : List.of(20_000, 70_000, 1_000_000)) {
        byte[] text = line.getBytes(charset);
        byte[] log = new byte[zeroBytes + text.length];
        System.arraycopy(text, 0, log, zeroBytes, text.length);
        Path file = Files.write(dir.resolve("app-" + charset + "-" + zeroBytes + ".log"), log);
        Extraction read = Extraction.of(file);
        assertTrue(read.text().contains("山田太郎 090-1234-5678"),
            charset + " after " + zeroBytes + " zeros: " + read.parts.size() + " parts");
      }
    }
  }

  private static boolean zeroFilled(byte[] bytes) throws IOException {
    return ZeroFilledText.zeroFilled(TikaInputStream.get(new ByteArrayInputStream(bytes)));
  }
}
