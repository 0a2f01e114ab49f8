package dev.shirabe.detect.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a span the name model proposes, read char by char: what {@code replaceAll("\\s+",
 * "")}, {@code split("\\s+")} and {@code split("[・=･]")} gave, without compiling a pattern and
 * building the arrays of strings for each proposal ({@link ModelNames#wordLike}, a tenth of what
 * the person detector allocated).
 */
final class SpanWords {

  private SpanWords() {}

  /** The chars of {@code \s} (ASCII whitespace), as a pattern reads them. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The span without its whitespace. */
  static String withoutSpaces(String span) {
    int k = 0;
    while (k < span.length() && !isSpace(span.charAt(k))) {
      k++;
    }
    if (k == span.length()) {
      return span;
    }
    StringBuilder out = new StringBuilder(span.length());
    for (int i = 0; i < span.length(); i++) {
      if (!isSpace(span.charAt(i))) {
        out.append(span.charAt(i));
      }
    }
    return out.toString();
  }

  /** Some char is kanji or kana. */
  static boolean anyJapanese(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (NameScript.of(s.charAt(i)) != NameScript.OTHER) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of {@code span.split("\\s+")}: its words, one more when it starts with
   * whitespace (an empty first piece), none when it is only whitespace, one when it is empty.
   */
  static int wordCount(String span) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < span.length(); i++) {
      boolean space = isSpace(span.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    if (words == 0) {
      return span.isEmpty() ? 1 : 0;
    }
    return words + (isSpace(span.charAt(0)) ? 1 : 0);
  }

  /** A joiner of a katakana name's parts. */
  static boolean isJoiner(char c) {
    return c == '・' || c == '=' || c == '･';
  }

  /**
   * The katakana words of a name split at its joiners (as {@code split("[・=･]")}, trailing
   * empty pieces dropped); none if a piece is empty or holds other chars.
   */
  static List<String> katakanaParts(String compact) {
    int end = compact.length();
    while (end > 0 && isJoiner(compact.charAt(end - 1))) {
      end--; // split drops the empty pieces at the end
    }
    List<String> parts = new ArrayList<>(2);
    int from = 0;
    for (int i = 0; i <= end; i++) {
      if (i == end || isJoiner(compact.charAt(i))) {
        String part = compact.substring(from, i);
        if (part.isEmpty() || NameScript.of(part) != NameScript.KATAKANA) {
          return List.of();
        }
        parts.add(part);
        from = i + 1;
      }
    }
    return parts;
  }
}
