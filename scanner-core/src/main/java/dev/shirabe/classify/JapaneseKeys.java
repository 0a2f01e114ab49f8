package dev.shirabe.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A screen that tells, without Kuromoji, that a context holds none of the Japanese signal
 * words of a {@link SignalIndex}, so that it need not be analysed: most rows and blocks near
 * a finding hold none, and analysing each with Kuromoji cost the classifier as much as a
 * quarter of detection.
 *
 * <p>A signal is found only when each of its terms is a term of the context, and a term comes
 * from one token: its surface, or, for a verb or adjective (受ける, 預かる), its base form, width
 * folded, lower-cased, and a katakana word's final ー dropped. Inflection changes only the kana
 * at a word's end, never the kanji or katakana before them (受け, 受けた; 預かっ), so each term's
 * key, the term up to its last run of hiragana, stands in the context as written, once that is
 * width folded and lower-cased too (NFKC folds at least what the analyser folds). A context
 * that lacks a key of every signal holds no signal. A term in hiragana only (ご, or する, whose
 * forms share no char: し, さ) has no key and is not checked; a signal of such terms only
 * could be anywhere, and then every context is analysed.
 */
final class JapaneseKeys {

  /** Per signal, the indices of its keys in {@link #keys}. */
  private final int[][] signalKeys;
  /** The distinct keys, by their first char. */
  private final Map<Character, List<Integer>> byFirstChar = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  /** A signal has no key: the screen lets every context through. */
  private final boolean screensNothing;

  /** @param signals each Japanese signal's terms, as the analyser made them */
  JapaneseKeys(List<List<String>> signals) {
    Map<String, Integer> index = new LinkedHashMap<>();
    signalKeys = new int[signals.size()][];
    boolean keyless = false;
    for (int s = 0; s < signals.size(); s++) {
      List<Integer> own = new ArrayList<>();
      for (String term : signals.get(s)) {
        String key = key(term);
        if (!key.isEmpty()) {
          own.add(index.computeIfAbsent(key, k -> {
            keys.add(k);
            byFirstChar.computeIfAbsent(k.charAt(0), c -> new ArrayList<>()).add(keys.size() - 1);
            return keys.size() - 1;
          }));
        }
      }
      keyless |= own.isEmpty();
      signalKeys[s] = own.stream().mapToInt(Integer::intValue).toArray();
    }
    this.screensNothing = keyless;
  }

  /** The term up to its last run of hiragana: what every inflected form of it writes. */
  static String key(String term) {
    int end = term.length();
    while (end > 0 && isHiragana(term.charAt(end - 1))) {
      end--;
    }
    return term.substring(0, end);
  }

  /** False only when the text can hold none of the signals. */
  boolean mayMatch(String text) {
    if (screensNothing) {
      return true;
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    BitSet present = new BitSet(keys.size());
    for (int i = 0; i < folded.length(); i++) {
      List<Integer> candidates = byFirstChar.get(folded.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        if (folded.startsWith(keys.get(k), i)) {
          present.set(k);
        }
      }
    }
    for (int[] own : signalKeys) {
      boolean all = true;
      for (int k : own) {
        if (!present.get(k)) {
          all = false;
          break;
        }
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309F';
  }
}
