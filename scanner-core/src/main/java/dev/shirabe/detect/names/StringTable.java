package dev.shirabe.detect.names;

import dev.shirabe.detect.text.MaxentWeights;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Strings numbered 0 to n-1, kept in one char array, with an open-addressing hash table from a
 * string to its number: the form the name dictionaries take once compiled at build time
 * ({@link CompiledTables}). Reading one back is a few bulk copies, where a map of Strings costs
 * an object graph of several objects a word (parsed at each start, a second for ENAMDICT) and
 * tens of MB of heap. Read-only and thread-safe.
 */
final class StringTable {

  private final char[] chars;
  /** Where string {@code i} ends in {@link #chars}; it starts where string {@code i-1} ends. */
  private final int[] ends;
  /** Each slot a string's number plus one, or 0; a power of two, at most half full. */
  private final int[] slots;

  private StringTable(char[] chars, int[] ends, int[] slots) {
    this.chars = chars;
    this.ends = ends;
    this.slots = slots;
  }

  /** The strings, numbered in the list's order; none twice. */
  static StringTable of(List<String> strings) {
    int length = 0;
    for (String s : strings) {
      length += s.length();
    }
    char[] chars = new char[length];
    int[] ends = new int[strings.size()];
    int at = 0;
    for (int i = 0; i < strings.size(); i++) {
      String s = strings.get(i);
      s.getChars(0, s.length(), chars, at);
      at += s.length();
      ends[i] = at;
    }
    int[] slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, strings.size())) << 2)];
    StringTable table = new StringTable(chars, ends, slots);
    for (int i = 0; i < strings.size(); i++) {
      int slot = table.firstSlot(strings.get(i));
      while (slots[slot] != 0) {
        if (table.equalsAt(slots[slot] - 1, strings.get(i))) {
          throw new IllegalArgumentException("a string twice in a table: " + strings.get(i));
        }
        slot = (slot + 1) & (slots.length - 1);
      }
      slots[slot] = i + 1;
    }
    return table;
  }

  int size() {
    return ends.length;
  }

  String get(int i) {
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(chars, start, ends[i] - start);
  }

  /** {@link MaxentWeights#hash} of string {@code i}, as {@link WordBits} keys a word. */
  long hash(int i) {
    return MaxentWeights.hash(chars, i == 0 ? 0 : ends[i - 1], ends[i]);
  }

  /** The number of the string, or -1 when the table does not hold it. */
  int indexOf(CharSequence s) {
    int mask = slots.length - 1;
    for (int slot = firstSlot(s); slots[slot] != 0; slot = (slot + 1) & mask) {
      if (equalsAt(slots[slot] - 1, s)) {
        return slots[slot] - 1;
      }
    }
    return -1;
  }

  private int firstSlot(CharSequence s) {
    int h = 0;
    for (int k = 0; k < s.length(); k++) {
      h = 31 * h + s.charAt(k);
    }
    h *= 0x9E3779B9; // spreads the low bits, which pick the slot
    return (h ^ (h >>> 16)) & (slots.length - 1);
  }

  private boolean equalsAt(int i, CharSequence s) {
    int start = i == 0 ? 0 : ends[i - 1];
    if (ends[i] - start != s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (chars[start + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  void write(DataOutputStream out) throws IOException {
    CompiledTables.writeChars(out, chars);
    CompiledTables.writeInts(out, ends);
    CompiledTables.writeInts(out, slots);
  }

  /** The table {@link #write} wrote, from the buffer's position on, which it moves past it. */
  static StringTable read(ByteBuffer in) throws IOException {
    char[] chars = CompiledTables.readChars(in);
    int[] ends = CompiledTables.readInts(in);
    int[] slots = CompiledTables.readInts(in);
    if (Integer.bitCount(slots.length) != 1 || slots.length < ends.length
        || (ends.length > 0 && ends[ends.length - 1] != chars.length)) {
      throw new IOException("damaged string table");
    }
    return new StringTable(chars, ends, slots);
  }
}
