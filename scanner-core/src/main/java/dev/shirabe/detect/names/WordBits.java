package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * A few bits per word of a large lexicon (ENAMDICT's half a million written names, UniDic's
 * katakana words), looked up by the name model for most kanji and katakana tokens of a text.
 * A {@code HashMap<String, ...>} lookup follows four or five references (table, node, key, the
 * key's bytes, the value), each a likely cache miss in a map that size; here a word is a 64-bit
 * hash of its chars ({@link MaxentWeights#hash}) whose low byte holds its bits, probed in
 * one array: usually one miss. Two words of the lexicon with one hash are refused at load; a
 * word the lexicon lacks that shares the upper 56 bits of a hash with one it has (some
 * 10<sup>-11</sup> a lookup for half a million words) would get that word's bits.
 */
final class WordBits {

  /** The bits a word may have: the low byte but its top bit, which marks a slot as taken. */
  static final int MAX_BITS = 0x7F;
  private static final long TAKEN = 0x80;
  private static final long HASH = ~0xFFL;

  private final long[] slots;
  private final int mask;

  /** The words and their bits (1 to {@link #MAX_BITS}). */
  WordBits(Map<String, Integer> bits) {
    this(bits.size());
    for (Map.Entry<String, Integer> word : bits.entrySet()) {
      put(word::getKey, MaxentWeights.hash(word.getKey()), word.getValue());
    }
  }

  /**
   * The words of a compiled table and their bits by number ({@code bits.applyAsInt(i)} for
   * word {@code i}); hashed from the table's chars, no String made for each.
   */
  static WordBits of(StringTable words, IntUnaryOperator bits) {
    WordBits table = new WordBits(words.size());
    for (int i = 0; i < words.size(); i++) {
      int value = bits.applyAsInt(i);
      if (value != 0) {
        int word = i;
        table.put(() -> words.get(word), words.hash(i), value);
      }
    }
    return table;
  }

  private WordBits(int size) {
    // At most half full: linear probing stays short.
    this(new long[Integer.highestOneBit(Math.max(4, size)) * 4]);
  }

  private WordBits(long[] slots) {
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /**
   * Writes the table as it is, slots and all, for {@link #read}: the compiled dictionaries
   * ({@link CompiledTables}) hold it, as hashing ENAMDICT's 233,000 written names into it cost
   * some 35 ms of each start, and copying its slots back a few.
   */
  void write(DataOutputStream out) throws IOException {
    CompiledTables.writeLongs(out, slots);
  }

  /** The table {@link #write} wrote, from the buffer's position on, which it moves past it. */
  static WordBits read(ByteBuffer in) throws IOException {
    long[] slots = CompiledTables.readLongs(in);
    if (slots.length < 4 || Integer.bitCount(slots.length) != 1) {
      throw new IOException("damaged word table");
    }
    return new WordBits(slots);
  }

  /** Puts a word by its hash; the word itself is made only for an error's message. */
  private void put(Supplier<String> word, long hash, int value) {
    if (value < 0 || value > MAX_BITS) {
      throw new IllegalArgumentException("bits out of range for " + word.get() + ": " + value);
    }
    long key = hash & HASH;
    int slot = slot(key);
    while (slots[slot] != 0) {
      if ((slots[slot] & HASH) == key) {
        throw new IllegalStateException("two words of a lexicon share a hash: " + word.get());
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = key | TAKEN | value;
  }

  /** The word's bits; 0 for a word the lexicon does not have. */
  int get(String word) {
    long key = MaxentWeights.hash(word) & HASH;
    for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((slots[slot] & HASH) == key) {
        return (int) (slots[slot] & MAX_BITS);
      }
    }
    return 0;
  }

  private int slot(long key) {
    return (int) MaxentWeights.mix(key) & mask;
  }
}
