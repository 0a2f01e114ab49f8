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
    if (!text.substring(lineStart, start).isBlank()) {
      return false;
    }
    int end = lineStart - 1;
    while (end > 0 && text.substring(text.lastIndexOf('\n', end - 1) + 1, end).isBlank()) {
      end = text.lastIndexOf('\n', end - 1);
    }
    if (end <= 0) {
      return false;
    }
    String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end).strip();
    if (line.endsWith(",")) {
      line = line.substring(0, line.length() - 1).strip();
    }
    return closings.contains(line.toLowerCase(Locale.ROOT));
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

  /** True when a Japanese company word (株式会社, 有限会社 …) touches the span on its line. */
  boolean japaneseCompanyBeside(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 6), start).strip();
    String after = text.substring(end, Math.min(text.length(), end + 6)).strip();
    for (String word : organisations) {
      if (!word.isEmpty() && JapaneseScript.isJapanese(word.charAt(0))
          && (before.endsWith(word) || after.startsWith(word))) {
        return true;
      }
    }
    return false;
  }
}
