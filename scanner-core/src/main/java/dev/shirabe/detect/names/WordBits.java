package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import java.util.Map;

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
    // At most half full: linear probing stays short.
    int capacity = Integer.highestOneBit(Math.max(4, bits.size())) * 4;
    this.mask = capacity - 1;
    this.slots = new long[capacity];
    for (Map.Entry<String, Integer> word : bits.entrySet()) {
      int value = word.getValue();
      if (value < 0 || value > MAX_BITS) {
        throw new IllegalArgumentException("bits out of range for " + word.getKey() + ": " + value);
      }
      long key = MaxentWeights.hash(word.getKey()) & HASH;
      int slot = slot(key);
      while (slots[slot] != 0) {
        if ((slots[slot] & HASH) == key) {
          throw new IllegalStateException("two words of a lexicon share a hash: " + word.getKey());
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = key | TAKEN | value;
    }
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
