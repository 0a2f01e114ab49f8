package dev.shirabe.detect.names.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A labelled text with its names swapped for others: kanji names for names of the lexicon (a
 * surname, and a given name when the name is longer than two kanji), katakana names for katakana
 * names of the training texts with as many parts. The same name is swapped for the same name
 * throughout a text, as a text names one person again.
 *
 * <p>Why: the corpus has about a thousand names, and a model that learns them by heart learns
 * little of what it will meet. With the names swapped, what stays put is the text around them
 * and the shape of a name: what a name model should learn from.
 */
final class NameSwap {

  private final JapaneseBusinessText lexicon;
  private final Map<Integer, List<String>> katakanaByParts = new HashMap<>();

  NameSwap(JapaneseBusinessText lexicon, List<JapaneseBusinessText.Labelled> corpus) {
    this.lexicon = lexicon;
    for (JapaneseBusinessText.Labelled text : corpus) {
      for (int[] person : text.persons()) {
        String name = text.text().substring(person[0], person[1]);
        if (isKatakanaName(name)) {
          katakanaByParts.computeIfAbsent(parts(name), k -> new ArrayList<>()).add(name);
        }
      }
    }
    katakanaByParts.values().forEach(list -> list.sort(null)); // the same order every run
  }

  JapaneseBusinessText.Labelled apply(JapaneseBusinessText.Labelled labelled, Random random) {
    String text = labelled.text();
    List<int[]> persons = new ArrayList<>(labelled.persons());
    persons.sort((a, b) -> Integer.compare(a[0], b[0]));
    Map<String, String> swapped = new HashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    List<int[]> spans = new ArrayList<>(persons.size());
    int at = 0;
    for (int[] person : persons) {
      if (person[0] < at) {
        continue; // overlapping spans: keep the first
      }
      out.append(text, at, person[0]);
      String name = text.substring(person[0], person[1]);
      String other = swapped.computeIfAbsent(name, n -> swap(n, random));
      spans.add(new int[] {out.length(), out.length() + other.length()});
      out.append(other);
      at = person[1];
    }
    out.append(text, at, text.length());
    return new JapaneseBusinessText.Labelled(out.toString(), spans);
  }

  private String swap(String name, Random random) {
    if (isKatakanaName(name)) {
      List<String> pool = katakanaByParts.get(parts(name));
      return pool == null ? name : pool.get(random.nextInt(pool.size()));
    }
    if (name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return name.length() <= 2 ? lexicon.surname(random)
          : lexicon.surname(random) + lexicon.givenName(random);
    }
    return name;
  }

  private static boolean isKatakanaName(String name) {
    return name.chars().allMatch(c -> c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == '・' || c == '=');
  }

  private static int parts(String name) {
    return name.split("[・=]").length;
  }
}
