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
 * Stateless.
 */
final class GoldPlacement {

  /** Where a span that could not be placed is put: it overlaps nothing. */
  static final int NOWHERE = -1;

  private GoldPlacement() {}

  /** The document with each span of unknown offsets placed in {@code text}. */
  static GoldDocument place(GoldDocument document, String text) {
    if (document.entities().stream().allMatch(e -> e.start() >= 0)) {
      return document;
    }
    Folded folded = Folded.of(text);
    List<GoldSpan> placed = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    for (GoldSpan span : document.entities()) {
      if (span.start() >= 0) {
        placed.add(span);
        continue;
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
    return new GoldDocument(document.file(), document.part(), placed);
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
