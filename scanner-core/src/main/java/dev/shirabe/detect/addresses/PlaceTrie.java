package dev.shirabe.detect.addresses;

import java.util.Arrays;
import java.util.Map;

/**
 * Place names in a character trie, matched at a given offset of a text: the longest name that
 * starts there, in as many steps as it has chars, whatever the number of names. The small kana
 * ヶ, its full-size form ケ and ヵ are read as one char, since people write 茅ヶ崎市 and 茅ケ崎市
 * alike (the dictionary itself has 龍ケ崎市 next to 鶴ヶ島市).
 *
 * <p>A detector asks at nearly every char of a text whether a name starts there, and most
 * chars are kanji: the first step is one read of an array indexed by the char, the further
 * steps (a handful of children each) binary searches. Immutable and thread-safe.
 *
 * @param <V> what a name stands for
 */
final class PlaceTrie<V> {

  /** A name found in a text: where it ends, and its value. */
  record Match<V>(int end, V value) {}

  /** The root's children, indexed by {@code char - lowest}. */
  private final Node<V>[] firstSteps;
  private final char lowest;

  PlaceTrie(Map<String, V> names) {
    Node<V> root = new Node<>();
    for (Map.Entry<String, V> name : names.entrySet()) {
      String key = name.getKey();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("empty name");
      }
      Node<V> node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.childOrNew(canonical(key.charAt(i)));
      }
      node.value = name.getValue();
    }
    lowest = root.keys.length == 0 ? 0 : root.keys[0];
    int span = root.keys.length == 0 ? 0 : root.keys[root.keys.length - 1] - lowest + 1;
    firstSteps = Node.newArray(span);
    for (int i = 0; i < root.keys.length; i++) {
      firstSteps[root.keys[i] - lowest] = root.children[i];
    }
  }

  /** True when some name starts with this char: a cheap test before {@link #longestAt}. */
  boolean canStart(char c) {
    return firstStep(c) != null;
  }

  /** The longest name that starts at {@code from} in the text, or null. */
  Match<V> longestAt(CharSequence text, int from) {
    if (from >= text.length()) {
      return null;
    }
    Node<V> node = firstStep(text.charAt(from));
    Match<V> best = null;
    for (int i = from + 1; node != null; i++) {
      if (node.value != null) {
        best = new Match<>(i, node.value);
      }
      node = i < text.length() ? node.child(canonical(text.charAt(i))) : null;
    }
    return best;
  }

  private Node<V> firstStep(char c) {
    int i = canonical(c) - lowest;
    return i >= 0 && i < firstSteps.length ? firstSteps[i] : null;
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
    static <V> Node<V>[] newArray(int length) {
      return (Node<V>[]) new Node<?>[length];
    }
  }
}
