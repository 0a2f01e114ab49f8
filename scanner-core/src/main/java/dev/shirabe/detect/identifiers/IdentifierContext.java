package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.ContextScorer;
import dev.shirabe.detect.ContextWindow;
import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.detect.text.WordScript;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * What the words around a candidate identifier say about it, for detectors that must decide,
 * not only weigh: twelve digits that pass a check digit may be a My Number or a slip number,
 * and only the label tells. The {@link ContextScorer} evidence for the type's {@link
 * ContextWords}, with two refinements that identifiers need:
 *
 * <ul>
 *   <li>The labels of other numbers ({@code labels/other-number.txt}: 注文番号, 伝票番号, 〒,
 *       invoice …) oppose every identifier, as they rule out phone numbers: standing before it
 *       with no digit between (a label names the value that follows it, not the next sentence's
 *       "account"), or heading its table column. Labels that are part of the type's own
 *       vocabulary do not count: "card" does not oppose a card number, nor "口座" an account.
 *   <li>A label of another number in brackets right after it speaks for it too ("1234 5678
 *       9018（伝票番号）"); unbracketed, a word after a number is more often the label of the
 *       next one.
 *   <li>A label that ends in a word that says "number" without saying which ({@code
 *       labels/number-word.txt}: No., #) takes its kind from the word before it: "伝票No."
 *       opposes, "マイナンバー No." supports. A number word alone opposes: it numbers a
 *       slip, a document or a row, and identifiers are labelled by their names.
 *   <li>Where a supporting and an opposing word end at the same place, one inside the other,
 *       the longer, more specific one speaks: "ポイントカード" before a number opposes a credit
 *       card although "カード" supports one.
 * </ul>
 *
 * <p>Thread-safe and immutable.
 */
final class IdentifierContext {

  private static final List<String> OTHER_NUMBER_LABELS = WordList.load("labels/other-number.txt");
  private static final List<String> NUMBER_WORDS = WordList.load("labels/number-word.txt");

  /** What may stand between a label's words and its value: spaces, a colon, a dot. */
  private static final String LABEL_PUNCTUATION = " :.\t";

  private final ContextScorer scorer = new ContextScorer();
  private final ContextWords words;
  private final List<String> otherLabels;

  IdentifierContext(FindingType type) {
    this.words = ContextWords.of(type);
    List<String> labels = new ArrayList<>();
    for (String label : OTHER_NUMBER_LABELS) {
      if (words.supporting().stream().noneMatch(word -> related(word, label))) {
        labels.add(label);
      }
    }
    this.otherLabels = List.copyOf(labels);
  }

  /** The evidence for the span [start, end) of the text. */
  ContextScorer.Evidence evidence(DetectionText text, int start, int end) {
    int word = numberWordBefore(text, start);
    if (word < start) {
      ContextScorer.Evidence kind = evidenceAt(text, word, end);
      // Alone, it numbers a slip, a document or a row: identifiers are labelled by name.
      return kind.supported() || kind.opposed() ? kind : new ContextScorer.Evidence(-1, 0);
    }
    return evidenceAt(text, start, end);
  }

  /**
   * Where a number word ("No.", "#") that labels the value at {@code start} begins, or {@code
   * start} when none does.
   */
  private int numberWordBefore(DetectionText text, int start) {
    String before = ContextWindow.before(text, start, scorer.window()).clippedAtDigit().text();
    int end = before.length();
    while (end > 0 && LABEL_PUNCTUATION.indexOf(before.charAt(end - 1)) >= 0) {
      end--;
    }
    for (String word : NUMBER_WORDS) {
      int from = end - word.length();
      if (from >= 0 && before.startsWith(word, from)
          && (from == 0 || !isLatinLetter(before.charAt(from - 1)))) {
        return start - (before.length() - from);
      }
    }
    return start;
  }

  /** Whether a column head is a number word and nothing else ("No.", "#"): a row number. */
  private static boolean isNumberWord(String header) {
    int from = 0;
    int to = header.length();
    while (from < to && LABEL_PUNCTUATION.indexOf(header.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && LABEL_PUNCTUATION.indexOf(header.charAt(to - 1)) >= 0) {
      to--;
    }
    return NUMBER_WORDS.contains(header.substring(from, to));
  }

  private static boolean isLatinLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private ContextScorer.Evidence evidenceAt(DetectionText text, int start, int end) {
    ContextScorer.Evidence own =
        specific(text, start, end, scorer.evidence(text, start, end, words));
    // As in ContextScorer, a column head that speaks decides; the window holds other cells.
    String header = text.columnHeader(start);
    int label;
    if (containsAny(header, otherLabels) || isNumberWord(header)) {
      label = 0;
    } else if (containsAny(header, words.supporting()) || containsAny(header, words.opposing())) {
      label = -1;
    } else {
      label = ContextWindow.before(text, start, scorer.window()).clippedAtDigit()
          .distanceTo(otherLabels);
      int after = bracketedLabelAfter(text, end);
      label = label < 0 ? after : after < 0 ? label : Math.min(label, after);
    }
    int oppose =
        own.oppose() < 0 ? label : label < 0 ? own.oppose() : Math.min(label, own.oppose());
    return new ContextScorer.Evidence(own.support(), oppose);
  }

  /** The distance to a label of another number in brackets right after the span, or -1. */
  private int bracketedLabelAfter(DetectionText text, int end) {
    String after = ContextWindow.afterOnLine(text, end, scorer.window()).clippedAtDigit().text();
    String inside = after.stripLeading();
    if (!inside.startsWith("(") && !inside.startsWith("[")) {
      return -1;
    }
    int at = after.length() - inside.length() + 1;
    while (at < after.length() && after.charAt(at) == ' ') {
      at++;
    }
    for (String label : otherLabels) {
      if (after.startsWith(label, at)) {
        return at;
      }
    }
    return -1;
  }

  /** The evidence with a tie between nested words settled for the longer one. */
  private ContextScorer.Evidence specific(
      DetectionText text, int start, int end, ContextScorer.Evidence evidence) {
    if (evidence.support() < 0 || evidence.support() != evidence.oppose()) {
      return evidence;
    }
    int d = evidence.support();
    String before = ContextWindow.before(text, start, scorer.window()).text();
    String after = ContextWindow.afterOnLine(text, end, scorer.window()).text();
    int supportLength = Math.max(
        longestEndingAt(before, before.length() - d, words.supporting()),
        longestStartingAt(after, d, words.supporting()));
    int opposeLength = Math.max(
        longestEndingAt(before, before.length() - d, words.opposing()),
        longestStartingAt(after, d, words.opposing()));
    if (supportLength == 0 && opposeLength == 0) {
      // Both from the column head: the more specific word of it speaks.
      String header = text.columnHeader(start);
      supportLength = longestIn(header, words.supporting());
      opposeLength = longestIn(header, words.opposing());
    }
    return opposeLength > supportLength
        ? new ContextScorer.Evidence(-1, evidence.oppose())
        : evidence;
  }

  /**
   * Whether a label of another number belongs to a type's own word: one holds the other, as
   * whole words in Latin script ("card" in "credit card", not "cc" in "account"), as a part in
   * Japanese ("口座" in "口座番号").
   */
  static boolean related(String ownWord, String label) {
    if (!WordScript.isAscii(ownWord) || !WordScript.isAscii(label)) {
      return ownWord.contains(label) || label.contains(ownWord);
    }
    String own = " " + String.join(" ", ownWord.split("[^a-z0-9]+")) + " ";
    String other = " " + String.join(" ", label.split("[^a-z0-9]+")) + " ";
    return own.contains(other) || other.contains(own);
  }

  private static boolean containsAny(String header, List<String> terms) {
    return !header.isEmpty() && terms.stream().anyMatch(header::contains);
  }

  private static int longestEndingAt(String window, int at, List<String> terms) {
    int longest = 0;
    for (String term : terms) {
      int from = at - term.length();
      if (term.length() > longest && from >= 0 && window.startsWith(term, from)) {
        longest = term.length();
      }
    }
    return longest;
  }

  private static int longestStartingAt(String window, int at, List<String> terms) {
    int longest = 0;
    for (String term : terms) {
      if (term.length() > longest && window.startsWith(term, at)) {
        longest = term.length();
      }
    }
    return longest;
  }

  private static int longestIn(String header, List<String> terms) {
    int longest = 0;
    for (String term : terms) {
      if (term.length() > longest && header.contains(term)) {
        longest = term.length();
      }
    }
    return longest;
  }
}
