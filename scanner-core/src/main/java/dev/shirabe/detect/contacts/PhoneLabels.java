package dev.shirabe.detect.contacts;

import dev.shirabe.detect.ContextWindow;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.WordList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words that label a number: a voice line ("TEL", "電話", "Mobile"), a fax line ("FAX",
 * "ファックス") or some other kind of number ("注文番号", "Invoice", "〒"). A label stands just
 * before the number (the nearest one wins, and no digit may stand between them), or in
 * brackets right after it. The word lists are {@code labels/phone.txt}, {@code labels/fax.txt} and
 * {@code labels/other-number.txt} in the dictionaries module.
 */
final class PhoneLabels {

  enum Kind {
    NONE,
    VOICE,
    FAX,
    OTHER_NUMBER
  }

  /** Room for "Telephone number: " or "お問い合わせ電話番号：". */
  private static final int WINDOW = 24;

  /** Heads of columns that hold identifiers, whatever they identify (lower-cased, folded). */
  private static final Pattern IDENTIFIER_HEADER =
      Pattern.compile("番号|コード|ｺｰﾄﾞ|\\bno\\b|\\bid\\b|number|code|#");

  /** The longest glued label looked for ("telephone"). */
  private static final int GLUED_MAX = 12;

  /**
   * A word after a number, glued by a hyphen or after spaces, that closes the line or the item
   * of a list (a comma, a semicolon, a bar or a backslash after it), or the text (group 2
   * empty). Lower-case: the window is.
   */
  private static final Pattern WORD_CLOSING_ITEM =
      Pattern.compile("[ \t]*-?[ \t]*(\\p{L}+)[ \t]*([\\n\\r,;|\\\\]|$)");

  /** What ends a line or an item of a list, after which a word labels nothing before it. */
  private static final String ITEM_ENDS = "\n\r,;|\\";

  /** Whether the text starts with a word that closes its line or item ({@link #after}). */
  private static boolean closesItem(String text) {
    Matcher m = WORD_CLOSING_ITEM.matcher(text);
    return m.lookingAt() && !m.group(2).isEmpty();
  }

  /**
   * Words that name a telephone line only after its number, at its line's end ("416 60 039
   * office", "… home"): before a number, "Office 12" is a room.
   */
  private static final Set<String> LINE_WORDS_AFTER = Set.of("office", "home", "work");

  private static final Pattern LETTERS_BEFORE_NUMBER = Pattern.compile("[A-Za-z]+(?=[0-9+(])");

  /** Each kind's words, in the order that breaks a tie: fax, then voice, then other numbers. */
  private final Map<Kind, List<String>> words = new LinkedHashMap<>();

  /** The all-Latin voice and fax words, which may stand glued to the number. */
  private final Set<String> gluable = new HashSet<>();

  PhoneLabels() {
    words.put(Kind.FAX, WordList.load("labels/fax.txt"));
    words.put(Kind.VOICE, WordList.load("labels/phone.txt"));
    words.put(Kind.OTHER_NUMBER, WordList.load("labels/other-number.txt"));
    Stream.concat(words.get(Kind.FAX).stream(), words.get(Kind.VOICE).stream())
        .filter(word -> word.chars().allMatch(c -> c >= 'a' && c <= 'z'))
        .forEach(gluable::add);
  }

  /**
   * The folded text with every Latin label glued to a number ("TEL03-…", "Fax+81…") turned to
   * spaces, same length. libphonenumber refuses a number that follows a Latin letter, which
   * is right for "ABC0312345678" but wrong for a label; unknown words are left alone.
   */
  String unglue(String folded, List<int[]> clusters) {
    Matcher m = LETTERS_BEFORE_NUMBER.matcher(folded);
    StringBuilder view = null;
    for (int[] cluster : clusters) {
      // A glued label ends right where a stretch of digits starts: look nowhere else.
      int start = cluster[0];
      int from = start;
      while (from > 0 && isAsciiLetter(folded.charAt(from - 1)) && start - from < GLUED_MAX) {
        from--;
      }
      if (from == start || !m.region(from, Math.min(folded.length(), start + 1)).lookingAt()) {
        continue;
      }
      if (gluable.contains(m.group().toLowerCase(Locale.ROOT))) {
        if (view == null) {
          view = new StringBuilder(folded);
        }
        for (int i = m.start(); i < m.end(); i++) {
          view.setCharAt(i, ' ');
        }
      }
    }
    return view == null ? folded : view.toString();
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * The label of the number that starts at {@code start}: the nearest one before it (in its
   * own cell, in a table), or else the head of its table column ("FAX番号" over a column of
   * numbers).
   */
  Kind before(DetectionText text, int start) {
    ContextWindow full = ContextWindow.before(text, start, WINDOW);
    ContextWindow window = full.clippedAtDigit();
    if (window.text().length() < full.text().length() && closesItem(window.text())) {
      // "930.167.3943 fax\n+1-984-… mobile": the word closing the line before is the label of
      // the number there, not of this one.
      window = window.clippedAfterLast(ITEM_ENDS);
    }
    String header = text.columnHeader(start);
    if (!header.isEmpty()) {
      window = window.clippedAfterLast("\t\n,"); // in a table: the value's own cell only
    }
    Kind kind = nearest(window);
    return kind != Kind.NONE ? kind : inHeader(header);
  }

  private Kind inHeader(String header) {
    if (header.isEmpty()) {
      return Kind.NONE;
    }
    for (Map.Entry<Kind, List<String>> kind : words.entrySet()) {
      if (kind.getValue().stream().anyMatch(header::contains)) {
        return kind.getKey();
      }
    }
    // A column of numbers headed "…番号", "…コード", "… No." or "… ID" that names no telephone
    // line is some other kind of number (株主番号, 会員番号, 管理コード): the head names its kind.
    return IDENTIFIER_HEADER.matcher(header).find() ? Kind.OTHER_NUMBER : Kind.NONE;
  }

  private Kind nearest(ContextWindow window) {
    Kind nearest = Kind.NONE;
    int best = Integer.MAX_VALUE;
    for (Map.Entry<Kind, List<String>> kind : words.entrySet()) {
      int distance = window.distanceTo(kind.getValue());
      if (distance >= 0 && distance < best) {
        nearest = kind.getKey();
        best = distance;
      }
    }
    return nearest;
  }

  /**
   * The label right after the number: in brackets, as in "03-1234-5678（FAX）" or "090-1234-5678
   * (mobile)", or a word that closes the number's line or list item, as contact blocks write
   * it ("416 60 039 office", "930.167.3943 fax", "788-063-Office\\,"). Voice, fax or none. Any
   * other unbracketed word after a number is more often the label of the next one ("TEL 03-…
   * FAX 03-…"), so it does not count.
   */
  Kind after(DetectionText text, int end) {
    ContextWindow window = ContextWindow.after(text, end, WINDOW);
    String after = window.clippedAtDigit().text().stripLeading();
    if (after.startsWith("(") || after.startsWith("[")) {
      String inside = after.substring(1).stripLeading();
      for (Kind kind : List.of(Kind.FAX, Kind.VOICE)) {
        if (words.get(kind).stream().anyMatch(inside::startsWith)) {
          return kind;
        }
      }
      return Kind.NONE;
    }
    Matcher closing = WORD_CLOSING_ITEM.matcher(window.text());
    // The window's end is the line's only where the text ends, not where the window stops.
    if (!closing.lookingAt()
        || (closing.group(2).isEmpty() && end + window.text().length() < text.length())) {
      return Kind.NONE;
    }
    String word = closing.group(1);
    if (words.get(Kind.FAX).contains(word)) {
      return Kind.FAX;
    }
    return words.get(Kind.VOICE).contains(word) || LINE_WORDS_AFTER.contains(word)
        ? Kind.VOICE
        : Kind.NONE;
  }
}
