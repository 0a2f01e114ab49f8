package dev.shirabe.extract.forked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireTest {

  private static byte[] written(String s) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Wire.writeString(out, s);
    }
    return bytes.toByteArray();
  }

  private static String read(byte[] bytes) throws IOException {
    return Wire.readString(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyStringCrossesUnchanged() throws IOException {
    String ascii = "Taro Yamada <taro@example.com> 03-1234-5678\n".repeat(500); // > one chunk
    List<String> strings = List.of("", "a", ascii, "Café naïve ÿ\u0000\u00A0",
        "山田太郎 090-1234-5678", ascii + "山", "山" + ascii,
        "broken \uD800 surrogate", "\uDC00", "𠮷野家");
    for (String s : strings) {
      assertEquals(s, read(written(s)), () -> s.length() + " chars");
    }
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      char[] chars = new char[random.nextInt(40)];
      for (int k = 0; k < chars.length; k++) {
        // Mostly below 256, sometimes any code unit, surrogates included.
        chars[k] = (char) (random.nextInt(8) == 0 ? random.nextInt(0x10000) : random.nextInt(0x100));
      }
      String s = new String(chars);
      assertEquals(s, read(written(s)));
    }
  }

  @Test
  void textBelow256IsOneByteAChar() throws IOException {
    String ascii = "Dear Mr. Bennett, ".repeat(1_000);
    assertEquals(4 + ascii.length(), written(ascii).length);
    String japanese = "山田様".repeat(1_000);
    assertEquals(4 + 2 * japanese.length(), written(japanese).length);
  }

  @Test
  void aLengthBeyondTheLimitIsACorruptStream() throws IOException {
    for (int length : new int[] {Wire.MAX_CHARS + 1, ~(Wire.MAX_CHARS + 1), Integer.MIN_VALUE}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new DataOutputStream(bytes).writeInt(length);
      assertThrows(IOException.class, () -> read(bytes.toByteArray()), String.valueOf(length));
    }
  }
}
