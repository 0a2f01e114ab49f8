package dev.shirabe.detect;

import dev.shirabe.detect.text.WordScript;
import java.util.Collection;

/**
 * The few chars just before or just after a span, where context words ("TEL", "電話番号",
 * "注文番号") are looked for. The window is cut from the folded text and lower-cased char by
 * char, so "ＴＥＬ", "Tel" and "tel" read alike and offsets within it stay 1:1 with the text.
 * Context words raise or lower a candidate's confidence, or tell its subtype; this class only
 * finds them, each detector decides what they mean.
 */
public final class ContextWindow {

  private final String text;
  private final boolean beforeSpan;
  /**
   * The window's chars: a person finding is weighed against two hundred context words in each
   * of its two windows, and nearly all are in neither.
   */
  private final CharMask chars;
  /** Whether the window holds ASCII chars alone, so that no word with another char is in it. */
  private final boolean ascii;

  private ContextWindow(String text, boolean beforeSpan) {
    this.text = text;
    this.beforeSpan = beforeSpan;
    this.chars = new CharMask(text);
    this.ascii = WordScript.isAscii(text);
  }

  /** The up to {@code chars} chars that end where the span starts. */
  public static ContextWindow before(DetectionText text, int start, int chars) {
    return new ContextWindow(lowerCase(text.folded(), Math.max(0, start - chars), start), true);
  }

  /** The up to {@code chars} chars that start where the span ends. */
  public static ContextWindow after(DetectionText text, int end, int chars) {
    return new ContextWindow(lowerCase(text.folded(), end, Math.min(text.length(), end + chars)), false);
  }

  /**
   * The up to {@code chars} chars that start where the span ends, within its line. A word after
   * a value speaks for it on the value's line ("1985年4月1日生まれ", "03-… (FAX)"); on the next
   * line it is the label of what follows it there (the head of the next table).
   */
  public static ContextWindow afterOnLine(DetectionText text, int end, int chars) {
    String folded = text.folded();
    int to = Math.min(text.length(), end + chars);
    for (int i = end; i < to; i++) {
      if (folded.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    return new ContextWindow(lowerCase(folded, end, to), false);
  }

  /** Whether the window holds ASCII chars alone (none past U+007F). */
  public boolean isAscii() {
    return ascii;
  }

  /** The window, lower-cased; its last char (before) or first char (after) touches the span. */
  public String text() {
    return text;
  }

  /**
   * The part of the window nearer to the span than any digit. A label names the number that
   * follows it, not one further on: "TEL 03-1111-2222 / 03-3333-4444" labels only the first.
   */
  public ContextWindow clippedAtDigit() {
    int i = beforeSpan ? text.length() : 0;
    if (beforeSpan) {
      while (i > 0 && !Character.isDigit(text.charAt(i - 1))) {
        i--;
      }
      return new ContextWindow(text.substring(i), true);
    }
    while (i < text.length() && !Character.isDigit(text.charAt(i))) {
      i++;
    }
    return new ContextWindow(text.substring(0, i), false);
  }

  /**
   * The part of a before-window after the last of the given chars: a value in a table cell is
   * labelled by its own cell or its column head, never by the end of the cell or row before
   * it, so {@code clippedAfterLast("\t\n,")} keeps the cell's own text.
   */
  public ContextWindow clippedAfterLast(String separators) {
    if (!beforeSpan) {
      return this;
    }
    int cut = -1;
    for (int i = 0; i < separators.length(); i++) {
      cut = Math.max(cut, text.lastIndexOf(separators.charAt(i)));
    }
    return cut < 0 ? this : new ContextWindow(text.substring(cut + 1), true);
  }

  /**
   * How many chars lie between the span and the nearest occurrence of any of the terms (0 when
   * one touches it), or -1 when none occurs. Terms must be lower-case and folded, as {@link
   * WordList} returns them. Where a term starts or ends with a Latin letter, the occurrence
   * must not continue a Latin word there: "tel" is not found in "hotel" (but is in "tel03").
   */
  public int distanceTo(Collection<String> terms) {
    int best = -1;
    for (String term : terms) {
      int distance = nearest(term);
      if (distance >= 0 && (best < 0 || distance < best)) {
        best = distance;
      }
    }
    return best;
  }

  private int nearest(String term) {
    if (!chars.mayContain(term)) {
      return -1;
    }
    if (beforeSpan) {
      for (int at = text.lastIndexOf(term); at >= 0; at = text.lastIndexOf(term, at - 1)) {
        if (isWholeWord(at, term)) {
          return text.length() - (at + term.length());
        }
      }
    } else {
      for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (isWholeWord(at, term)) {
          return at;
        }
      }
    }
    return -1;
  }

  private boolean isWholeWord(int at, String term) {
    int end = at + term.length();
    boolean startOk = !isLatin(term.charAt(0)) || at == 0 || !isLatin(text.charAt(at - 1));
    boolean endOk =
        !isLatin(term.charAt(term.length() - 1)) || end == text.length() || !isLatin(text.charAt(end));
    return startOk && endOk;
  }

  private static boolean isLatin(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static String lowerCase(String folded, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = Character.toLowerCase(folded.charAt(i));
    }
    return new String(chars);
  }
}
