package dev.shirabe.detect;

/**
 * The chars of a short text as a 1024-bit mask, by each char's low ten bits: a word whose first
 * char has no bit in it does not occur in the text, known without searching. For looking a
 * list of some hundred words up in a window of a few dozen chars (context words, font names),
 * where nearly all are absent: the mask rules most out, and only the rest are searched for.
 */
public final class CharMask {

  private final long[] bits = new long[16];

  public CharMask(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bits[(c >>> 6) & 15] |= 1L << c;
    }
  }

  /** False when the word cannot occur in the text; true when it may (and for the empty word). */
  public boolean mayContain(String word) {
    if (word.isEmpty()) {
      return true;
    }
    char c = word.charAt(0);
    return (bits[(c >>> 6) & 15] & (1L << c)) != 0;
  }
}
