package dev.shirabe.detect;

/**
 * The chars of a short text as a 1024-bit mask, by each char's low ten bits, and its pairs of
 * adjacent chars as a 4096-bit mask, by a hash of the pair: a word whose first char, or one of
 * whose adjacent pairs, has no bit set does not occur in the text, known without searching. For
 * looking a list of some hundred words up in a window of a few dozen chars (context words, font
 * names), where nearly all are absent: the masks rule most out, and only the rest are searched
 * for. The first char alone let through most English context words, since a window of
 * lower-case English holds most letters; far fewer of its letter pairs are in it.
 */
public final class CharMask {

  private final long[] bits = new long[16];
  private final long[] pairs = new long[64];

  public CharMask(CharSequence text) {
    char before = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bits[(c >>> 6) & 15] |= 1L << c;
      if (i > 0) {
        int pair = pair(before, c);
        pairs[pair >>> 6] |= 1L << pair;
      }
      before = c;
    }
  }

  /** False when the word cannot occur in the text; true when it may (and for the empty word). */
  public boolean mayContain(String word) {
    if (word.isEmpty()) {
      return true;
    }
    char c = word.charAt(0);
    if ((bits[(c >>> 6) & 15] & (1L << c)) == 0) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      int pair = pair(word.charAt(i - 1), word.charAt(i));
      if ((pairs[pair >>> 6] & (1L << pair)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** A pair's bit, 0 to 4095: distinct for two lower-case ASCII letters (31 > 26). */
  private static int pair(char first, char second) {
    return (first * 31 + second) & 4095;
  }
}
