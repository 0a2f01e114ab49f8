package dev.shirabe.report.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts distinct people among findings that each name one person by several keys: two
 * findings that share a key (a name's reading, its romaji or its written form; an email; a
 * phone) are one person, and so is a chain of them (union–find over the keys). So 山田 太郎 and
 * ヤマダ タロウ count once; two people whose names read alike count once too. Memory grows with
 * the distinct keys, not with the findings. Not thread-safe.
 */
final class PeopleCounter {

  private final Map<String, String> parent = new HashMap<>();
  private long people;

  /** One person, known by {@code keys} (keyed hashes; never empty). */
  void add(Collection<String> keys) {
    String root = null;
    for (String key : keys) {
      if (parent.putIfAbsent(key, key) == null) {
        people++;
      }
      String r = find(key);
      if (root == null) {
        root = r;
      } else if (!r.equals(root)) {
        parent.put(r, root);
        people--;
      }
    }
  }

  long count() {
    return people;
  }

  private String find(String key) {
    String root = key;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    // Path compression: the next find from key is one step.
    String k = key;
    while (!k.equals(root)) {
      String next = parent.get(k);
      parent.put(k, root);
      k = next;
    }
    return root;
  }
}
