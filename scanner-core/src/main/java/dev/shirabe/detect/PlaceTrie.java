package dev.shirabe.detect;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Place names in a character trie, matched at a given offset of a text: the longest name that
 * starts there, in as many steps as it has chars, whatever the number of names. The small kana
 * ヶ, its full-size form ケ and ヵ are read as one char, since people write 茅ヶ崎市 and 茅ケ崎市
 * alike (the dictionary itself has 龍ケ崎市 next to 鶴ヶ島市).
 *
 * <p>Built once, then read by many threads: immutable after the last {@link #put}.
 *
 * @param <V> what a name stands for
 */
final class PlaceTrie<V> {

  /** A name found in a text: where it ends, and its value. */
  record Match<V>(int end, V value) {}

  private final Node<V> root = new Node<>();
  private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

  /** Adds a name; a name added twice keeps its last value. */
  void put(String name, V value) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    Node<V> node = root;
    for (int i = 0; i < name.length(); i++) {
      node = node.childOrNew(canonical(name.charAt(i)));
    }
    node.value = value;
    firstChars.set(canonical(name.charAt(0)));
  }

  /** True when some name starts with this char: a cheap test before {@link #longestAt}. */
  boolean canStart(char c) {
    return firstChars.get(canonical(c));
  }

  /** The longest name that starts at {@code from} in the text, or null. */
  Match<V> longestAt(CharSequence text, int from) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < text.length(); i++) {
      node = node.child(canonical(text.charAt(i)));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(i + 1, node.value);
      }
    }
    return best;
  }

  /** The char as the trie compares it. */
  static char canonical(char c) {
    return c == 'ケ' || c == 'ヵ' ? 'ヶ' : c;
  }

  /** Children in sorted arrays: a binary search per step, and little memory per node. */
  private static final class Node<V> {
    private char[] keys = new char[0];
    private Node<V>[] children = newArray(0);
    private V value;

    Node<V> child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node<V> childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node<V>[] n = newArray(keys.length + 1);
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, keys.length - at);
      k[at] = c;
      n[at] = new Node<>();
      keys = k;
      children = n;
      return n[at];
    }

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int length) {
      return (Node<V>[]) new Node<?>[length];
    }
  }
}
