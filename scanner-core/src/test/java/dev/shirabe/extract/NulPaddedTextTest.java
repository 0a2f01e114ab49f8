package dev.shirabe.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NulPaddedTextTest {

  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  /** Fixed-width records: each field padded with NULs to its width. */
  private static byte[] records(Charset charset, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < rows; i++) {
      for (String field : List.of("山田太郎", "090-1234-" + String.format("%04d", i), "東京都千代田区")) {
        byte[] bytes = field.getBytes(charset);
        out.write(bytes);
        out.write(new byte[24 - bytes.length]);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsRecordsPaddedWithNulsWhateverTheFileIsCalled(@TempDir Path dir) throws Exception {
    for (Charset charset : List.of(WINDOWS_31J, StandardCharsets.UTF_8,
        Charset.forName("EUC-JP"))) {
      for (String name : List.of("customers.dat", "CUSTOMERS")) {
        Path file = Files.write(dir.resolve(charset + "-" + name), records(charset, 50));
        Extraction read = Extraction.of(file);
        assertEquals(List.of(), read.problems);
        String text = read.text();
        assertTrue(text.contains("090-1234-0049"), charset + " " + name + ": " + read.parts);
        // A run of NULs ends a field: the name and the phone never join into one value.
        assertTrue(text.contains("山田太郎\n090-1234-0000\n"), charset + " " + name);
      }
    }
  }

  @Test
  void binaryDataWithNulsIsNotText() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[1 + random.nextInt(4096)];
      random.nextBytes(bytes);
      for (int k = 0; k < bytes.length; k += 1 + random.nextInt(8)) {
        bytes[k] = 0; // as numbers and offsets in binary records leave them
      }
      assertNull(charset(bytes), "random bytes " + i);
    }
    // Little-endian integers among ASCII labels: control bytes everywhere.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 300; i++) {
      out.write(("field" + i).getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[] {(byte) i, 1, 0, 0, 2, 0, 0, 0});
    }
    assertNull(charset(out.toByteArray()));
    assertNull(charset("no NUL at all: Tika's own text detection reads this"
        .getBytes(StandardCharsets.US_ASCII)));
    assertNull(charset(new byte[5000]), "zeros only");
  }

  @Test
  void findsTheCharsetOfTheTextBetweenTheNuls() throws IOException {
    assertEquals(WINDOWS_31J, charset(records(WINDOWS_31J, 3)));
    assertEquals(StandardCharsets.UTF_8, charset(records(StandardCharsets.UTF_8, 3)));
    byte[] ascii = "Taro Yamada\0\0\0\0taro@example.com\0\0\0".getBytes(StandardCharsets.US_ASCII);
    assertEquals(StandardCharsets.US_ASCII, charset(ascii));
  }

  private static Charset charset(byte[] bytes) throws IOException {
    return NulPaddedText.charset(TikaInputStream.get(new ByteArrayInputStream(bytes)));
  }
}
