package dev.shirabe.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Places gold spans given by their text alone ({@code start} and {@code end} left out): the
 * labels of an image, whose text is what OCR makes of it and cannot be known beforehand. A
 * span goes where its text first occurs in the document's text, not yet taken by another
 * span of its type, compared without spaces and in NFKC (OCR spaces and widths vary); a text
 * that does not occur (OCR misread it) stays unplaced, so it can only be a false negative.
 *
 * <p>It also mends spans whose offsets count code points instead of Java chars: {@code
 * en_wnut17_person}'s files with emoji (0067 to 0086) give offsets in code points, though the
 * corpus README promises chars, so after the first emoji every span of the file lay a char or
 * more to the left of its text ("[ krithik]a"). A span whose text is not at its offsets but is
 * at its offsets read as code points is moved there.
 * Stateless.
 */
public final class GoldPlacement {

  /** Where a span that could not be placed is put: it overlaps nothing. */
  static final int NOWHERE = -1;

  private GoldPlacement() {}

  /**
   * The document with each span of unknown offsets placed in {@code text}, and each span whose
   * offsets count code points moved to the chars they mean.
   */
  public static GoldDocument place(GoldDocument document, String text) {
    Folded folded = null; // made only for a span of unknown offsets
    boolean changed = false;
    List<GoldSpan> placed = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (GoldSpan span : document.entities()) {
      if (span.start() >= 0) {
        GoldSpan inChars = inChars(span, text);
        changed |= inChars != span;
        placed.add(inChars);
        continue;
      }
      changed = true;
      if (folded == null) {
        folded = Folded.of(text);
      }
      String needle = Folded.of(span.text()).text;
      int at = needle.isEmpty() ? -1 : folded.text.indexOf(needle);
      while (at >= 0 && isTaken(taken, span.type(), at)) {
        at = folded.text.indexOf(needle, at + 1);
      }
      if (at < 0) {
        placed.add(new GoldSpan(span.type(), NOWHERE, NOWHERE, span.text()));
        continue;
      }
      taken.add(new int[] {span.type().hashCode(), at});
      int start = folded.origin[at];
      int end = folded.origin[at + needle.length() - 1] + 1;
      placed.add(new GoldSpan(span.type(), start, end, span.text()));
    }
    return changed ? new GoldDocument(document.file(), document.part(), placed) : document;
  }

  /**
   * The span itself, or moved to the chars its offsets mean in code points: when it gives its
   * text, the text is not at its offsets in chars, and is at its offsets in code points.
   */
  private static GoldSpan inChars(GoldSpan span, String text) {
    if (span.text() == null || span.end() > text.length()
        || text.startsWith(span.text(), span.start())) {
      return span;
    }
    int points = text.codePointCount(0, text.length());
    if (span.end() > points || span.start() > span.end()) {
      return span;
    }
    int start = text.offsetByCodePoints(0, span.start());
    int end = text.offsetByCodePoints(start, span.end() - span.start());
    return text.substring(start, end).equals(span.text())
        ? new GoldSpan(span.type(), start, end, span.text())
        : span;
  }

  private static boolean isTaken(List<int[]> taken, String type, int at) {
    return taken.stream().anyMatch(t -> t[0] == type.hashCode() && t[1] == at);
  }

  /** A text without white space, in NFKC, and where each of its chars came from. */
  private record Folded(String text, int[] origin) {
    static Folded of(String s) {
      StringBuilder out = new StringBuilder();
      List<Integer> origin = new ArrayList<>();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
          String f = Normalizer.normalize(s.substring(i, i + n), Normalizer.Form.NFKC);
          for (int k = 0; k < f.length(); k++) {
            out.append(f.charAt(k));
            origin.add(i);
          }
        }
        i += n;
      }
      return new Folded(out.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
