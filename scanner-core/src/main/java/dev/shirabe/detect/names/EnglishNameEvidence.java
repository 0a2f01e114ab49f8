package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.addresses.EnglishAddressWords;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the words around a candidate English name say, beyond the model: a title or salutation
 * right before it ("Ms.", "Dear"), a label heading its line ("Name:", "Attn:"), an e-mail
 * address in angle brackets right after it (a mail header's display name); and what makes it
 * no person's name: a company's ending after it ("Inc.", "Ltd.", 株式会社), a street suffix
 * ("Street", "Ave."), or words that are never names (months, days, greetings). Word lists in
 * {@code dictionaries/…/names/en-*.txt}; the street suffixes are {@link EnglishAddressWords}'s.
 * Immutable.
 */
final class EnglishNameEvidence {

  private final Set<String> titles = new HashSet<>(WordList.load("names/en-titles.txt"));
  private final Set<String> labels = new HashSet<>(WordList.load("names/en-labels.txt"));
  private final Set<String> closings = new HashSet<>(WordList.load("names/en-closings.txt"));
  private final int longestClosing = closings.stream().mapToInt(String::length).max().orElse(0);
  private final Set<String> notNames = new HashSet<>(WordList.load("names/en-not-names.txt"));
  private final Set<String> organisations = new HashSet<>(WordList.load("names/en-not-name-after.txt"));
  private final EnglishAddressWords streets = EnglishAddressWords.INSTANCE;

  /** A token's word: lower-cased, without a final dot ("Mr." → "mr"). */
  static String word(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") && lower.length() > 1 ? lower.substring(0, lower.length() - 1) : lower;
  }

  boolean isTitle(String token) {
    return titles.contains(word(token));
  }

  boolean isNeverName(String token) {
    return notNames.contains(word(token)) || titles.contains(word(token));
  }

  /** A word that, following a capitalised phrase, makes it an organisation's or a street's name. */
  boolean namesNoPerson(String token) {
    String word = word(token);
    return organisations.contains(word) || streets.suffix(word) != null;
  }

  /**
   * True when the line holding {@code start} reads "label:" right before it (spaces and a tab
   * between), the label one of {@code names/en-labels.txt} and the whole of its line or cell.
   */
  boolean labelBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || text.charAt(i) != ':') {
      return false;
    }
    int end = i;
    int from = end - 1;
    while (from >= 0 && text.charAt(from) != '\n' && text.charAt(from) != '\t') {
      from--;
    }
    String label = text.substring(from + 1, end).strip().toLowerCase(Locale.ROOT);
    return labels.contains(label);
  }

  /**
   * True when {@code start} begins its line and the line before (blank lines skipped) is a
   * closing of a letter ("Best regards,"): the first line of a signature block.
   */
  boolean closingBefore(String text, int start) {
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!isBlank(text, lineStart, start)) {
      return false;
    }
    int end = lineStart - 1;
    while (end > 0 && isBlank(text, text.lastIndexOf('\n', end - 1) + 1, end)) {
      end = text.lastIndexOf('\n', end - 1);
    }
    if (end <= 0) {
      return false;
    }
    // The line stripped, and stripped again without a final comma, read in place: most lines
    // before a name are longer than any closing, and lower-casing never makes a line shorter.
    int from = text.lastIndexOf('\n', end - 1) + 1;
    while (from < end && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    end = stripEnd(text, from, end);
    if (end > from && text.charAt(end - 1) == ',') {
      end = stripEnd(text, from, end - 1);
    }
    return end - from <= longestClosing
        && closings.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
  }

  /** Whether text[from, to) is white space only, as {@code String.isBlank} says of it. */
  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The end of text[from, to) without its trailing white space, as {@code String.strip}. */
  private static int stripEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** True when the head of the table column holding {@code start} is a label of a name. */
  boolean labelledColumn(DetectionText text, int start) {
    return labels.contains(text.columnHeader(start).strip());
  }

  /** True when an e-mail address in angle brackets follows {@code end} on its line. */
  static boolean mailAddressAfter(String text, int end) {
    int i = end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '"')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return false;
    }
    int close = text.indexOf('>', i);
    int newline = text.indexOf('\n', i);
    return close > 0 && (newline < 0 || close < newline) && text.substring(i, close).indexOf('@') > 0;
  }

  /** How far before and after a span a Japanese company word is looked for. */
  private static final int COMPANY_REACH = 6;

  /** True when a Japanese company word (株式会社, 有限会社 …) touches the span on its line. */
  boolean japaneseCompanyBeside(String text, int start, int end) {
    if (!JapaneseScript.near(text, start, end, COMPANY_REACH)) {
      return false; // no Japanese word can touch it: most English names (no cutting, no words)
    }
    String before = text.substring(Math.max(0, start - COMPANY_REACH), start).strip();
    String after = text.substring(end, Math.min(text.length(), end + COMPANY_REACH)).strip();
    for (String word : organisations) {
      if (!word.isEmpty() && JapaneseScript.isJapanese(word.charAt(0))
          && (before.endsWith(word) || after.startsWith(word))) {
        return true;
      }
    }
    return false;
  }
}
