package dev.shirabe.detect.text;

import java.util.Arrays;

/**
 * One thread's strings for the surfaces of Kuromoji's tokens: the same word gets the same
 * {@code String} each time it is read, in this text and the next. A text's few thousand tokens
 * are mostly the same few hundred words (の, は, 年, 日本), and a new string each was a fifth of
 * what Japanese detection allocated; a string read again also has its hash already computed, and
 * the look-ups of the person detector's lexicons by it (one map probe per token, several times)
 * compare it with their key by identity first.
 *
 * <p>Not thread-safe: each tokenizer has its own. Short words only (longer ones are rare and
 * seldom repeat), in a table that is emptied when it fills, so that it never holds more than
 * {@link #CAPACITY} strings, whatever a thread reads.
 */
final class Surfaces {

  /** Slots of the table, a power of two: some 12,000 words before it empties (¾ full). */
  static final int CAPACITY = 1 << 14;
  /** The longest surface kept, in chars. */
  static final int MAX_LENGTH = 16;

  private final String[] strings = new String[CAPACITY];
  private int size;

  /** The string of {@code chars[0..length)}: one already made for the same chars, or a new one. */
  String of(char[] chars, int length) {
    if (length > MAX_LENGTH || length == 0) {
      return new String(chars, 0, length);
    }
    // String.hashCode's own function, so that a string made here has the hash it will compute.
    int h = 0;
    for (int k = 0; k < length; k++) {
      h = 31 * h + chars[k];
    }
    int mask = CAPACITY - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    while (true) {
      String s = strings[slot];
      if (s == null) {
        break;
      }
      if (s.hashCode() == h && sameChars(s, chars, length)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
    if (size >= CAPACITY / 4 * 3) {
      Arrays.fill(strings, null);
      size = 0;
      slot = (h ^ (h >>> 16)) & mask;
    }
    String s = new String(chars, 0, length);
    strings[slot] = s;
    size++;
    return s;
  }

  private static boolean sameChars(String s, char[] chars, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (s.charAt(k) != chars[k]) {
        return false;
      }
    }
    return true;
  }
}
