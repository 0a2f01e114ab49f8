package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** A hasher's MAC, kept by each thread, gives each value the HMAC a fresh MAC gives it. */
class KeyedHasherTest {

  @Test
  void rfc4231TestCase1() {
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);
    assertEquals("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        KeyedHasher.withKey(key).hash("Hi There"));
  }

  @Test
  void eachValueAsAFreshMacHashesItInEveryThread() throws Exception {
    byte[] key = "a key of thirty-two bytes, fixed".getBytes(StandardCharsets.US_ASCII);
    KeyedHasher hasher = KeyedHasher.withKey(key);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      values.add(i % 3 == 0 ? "" : "山田太郎 " + i + "x".repeat(i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        runs.add(threads.submit(() -> values.stream().map(hasher::hash).toList()));
      }
      List<String> expected = new ArrayList<>();
      for (String value : values) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        expected.add(HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
      assertEquals(expected, values.stream().map(hasher::hash).toList());
    } finally {
      threads.shutdown();
    }
  }
}
