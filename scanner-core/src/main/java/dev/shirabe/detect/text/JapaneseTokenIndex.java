package dev.shirabe.detect.text;

import java.util.List;

/**
 * Kuromoji's morphemes of a text ({@link DetectionText#japaneseTokens()}) looked up by offset:
 * for detectors that find a candidate in the text first and then ask what the morphemes say
 * about the offsets around it (is this a word boundary, is this a noun). Lookups near the last
 * one (the next char, the next morpheme) take a step; others a binary search.
 *
 * <p>Not thread-safe: one index per text being read.
 */
public final class JapaneseTokenIndex {

  private final List<JapaneseToken> tokens;
  /** The index of the morpheme found last. */
  private int last;

  public JapaneseTokenIndex(List<JapaneseToken> tokens) {
    this.tokens = tokens;
  }

  /** The morpheme that holds the char at {@code offset}, or null. */
  public JapaneseToken at(int offset) {
    int i = indexAt(offset);
    return i >= 0 ? tokens.get(i) : null;
  }

  /** The morpheme that starts where {@code token} ends, or null. */
  public JapaneseToken next(JapaneseToken token) {
    JapaneseToken t = at(token.end());
    return t != null && t.start() == token.end() ? t : null;
  }

  /** True unless {@code offset} falls inside a morpheme: "東京都" ends on one in "東京都の", not in "東京都民". */
  public boolean isBoundary(int offset) {
    JapaneseToken t = at(offset);
    return t == null || t.start() == offset;
  }

  /** True when the char at {@code offset} is in a noun or a prefix, or in no morpheme. */
  public boolean isNounAt(int offset) {
    JapaneseToken t = at(offset);
    return t == null || t.partOfSpeech().startsWith("名詞") || t.partOfSpeech().startsWith("接頭詞");
  }

  private int indexAt(int offset) {
    for (int i = last; i < Math.min(last + 2, tokens.size()); i++) {
      JapaneseToken t = tokens.get(i);
      if (t.start() <= offset && offset < t.end()) {
        last = i;
        return i;
      }
    }
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      JapaneseToken t = tokens.get(mid);
      if (t.end() <= offset) {
        lo = mid + 1;
      } else if (t.start() > offset) {
        hi = mid - 1;
      } else {
        last = mid;
        return mid;
      }
    }
    return -1;
  }
}
