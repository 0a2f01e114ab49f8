package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordBitsTest {

  @Test
  void givesEachWordItsBitsAndZeroToWordsItLacks() {
    Random random = new Random(11);
    Map<String, Integer> bits = new HashMap<>();
    while (bits.size() < 200_000) {
      bits.put(word(random), 1 + random.nextInt(WordBits.MAX_BITS));
    }
    WordBits table = new WordBits(bits);
    bits.forEach((word, value) -> assertEquals(value, table.get(word), word));
    for (int k = 0; k < 200_000; k++) {
      String other = word(random);
      assertEquals(bits.getOrDefault(other, 0), table.get(other), other);
    }
    assertEquals(0, table.get(""));
  }

  @Test
  void aCompiledTableGivesTheSameBitsAsItsWords() {
    Random random = new Random(12);
    Map<String, Integer> bits = new java.util.LinkedHashMap<>();
    while (bits.size() < 50_000) {
      bits.put(word(random), random.nextInt(WordBits.MAX_BITS + 1)); // 0 too: a word with no bits
    }
    java.util.List<String> words = java.util.List.copyOf(bits.keySet());
    WordBits fromTable = WordBits.of(StringTable.of(words), i -> bits.get(words.get(i)));
    WordBits fromMap = new WordBits(bits);
    bits.forEach((word, value) -> assertEquals(value, fromTable.get(word), word));
    for (int k = 0; k < 50_000; k++) {
      String other = word(random);
      assertEquals(fromMap.get(other), fromTable.get(other), other);
    }
  }

  @Test
  void aTableWrittenAndReadBackGivesTheSameBits() throws java.io.IOException {
    Random random = new Random(13);
    Map<String, Integer> bits = new HashMap<>();
    while (bits.size() < 20_000) {
      bits.put(word(random), 1 + random.nextInt(WordBits.MAX_BITS));
    }
    WordBits table = new WordBits(bits);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    table.write(new java.io.DataOutputStream(bytes));
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes.toByteArray());
    WordBits read = WordBits.read(in);
    assertEquals(0, in.remaining());
    bits.forEach((word, value) -> assertEquals(value, read.get(word), word));
    for (int k = 0; k < 20_000; k++) {
      String other = word(random);
      assertEquals(table.get(other), read.get(other), other);
    }
    byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 8);
    assertThrows(java.io.IOException.class, () -> WordBits.read(java.nio.ByteBuffer.wrap(cut)));
  }

  @Test
  void refusesBitsThatDoNotFitItsByte() {
    assertThrows(IllegalArgumentException.class, () -> new WordBits(Map.of("山田", 0x80)));
  }

  @Test
  void anEmptyLexiconHasNoWord() {
    assertEquals(0, new WordBits(Map.of()).get("山田"));
  }

  /** Two to five chars of kanji and katakana. */
  private static String word(Random random) {
    StringBuilder out = new StringBuilder();
    int length = 2 + random.nextInt(4);
    for (int k = 0; k < length; k++) {
      out.append(random.nextBoolean()
          ? (char) ('\u4E00' + random.nextInt(3000)) : (char) ('\u30A1' + random.nextInt(90)));
    }
    return out.toString();
  }
}
