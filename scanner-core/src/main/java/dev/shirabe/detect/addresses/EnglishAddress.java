package dev.shirabe.detect.addresses;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * An English or international address being read: its span, what it is made of, and the words
 * to write out in full in its normalised form. The readers of its parts fill it in; it becomes
 * a {@link Finding} once read.
 */
final class EnglishAddress {

  /** More confidence with a postcode or a state after the street. */
  private static final double POSTAL_BONUS = 0.25;
  /** Less more with only a city or a country after it. */
  private static final double PLACE_BONUS = 0.15;

  int start;
  int end;
  double confidence;
  /** The full name of the last unit designator read. */
  String lastUnit;
  boolean postcode;
  boolean state;
  boolean city;
  boolean country;
  /** Spans [start, end) of the text written otherwise in the normalised form, in order. */
  private final List<int[]> replaced = new ArrayList<>();
  private final List<String> replacements = new ArrayList<>();

  EnglishAddress(int start) {
    this.start = start;
  }

  void replace(int from, int to, String with) {
    replaced.add(new int[] {from, to});
    replacements.add(with);
  }

  /** Moves the start back to {@code from}, where [from, to) is written {@code with}. */
  void prepend(int from, int to, String with) {
    start = from;
    replaced.add(0, new int[] {from, to});
    replacements.add(0, with);
  }

  /** A city, state or country, after which bare digits read as a postcode. */
  boolean place() {
    return city || state || country;
  }

  double bonus() {
    return postcode || state ? POSTAL_BONUS : city || country ? PLACE_BONUS : 0;
  }

  Finding finding(DetectionText text) {
    return text.finding(FindingType.ADDRESS, null, start, end, normalized(text.folded()),
        confidence, EnglishAddressDetector.NAME);
  }

  /** One line: lines joined by ", " without quote marks, spaces single, replacements made. */
  private String normalized(String s) {
    StringBuilder b = new StringBuilder();
    int next = 0;
    for (int i = start; i < end; ) {
      if (next < replaced.size() && replaced.get(next)[0] == i) {
        b.append(replacements.get(next));
        i = replaced.get(next++)[1];
      } else if (Character.isWhitespace(s.charAt(i))) {
        boolean lineBreak = false;
        while (i < end && Character.isWhitespace(s.charAt(i))) {
          lineBreak |= s.charAt(i) != ' ';
          i++;
        }
        b.append(lineBreak ? '\n' : ' ');
      } else {
        b.append(s.charAt(i++));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String line : b.toString().split("\n")) {
      int from = 0;
      while (from < line.length() && (line.charAt(from) == '>' || line.charAt(from) == ' ')) {
        from++; // a quoted mail's marks
      }
      String part = line.substring(from).replace(" ,", ",").strip();
      part = part.startsWith(",") ? part.substring(1).strip() : part;
      part = part.endsWith(",") ? part.substring(0, part.length() - 1) : part;
      if (!part.isEmpty()) {
        lines.add(part);
      }
    }
    return String.join(", ", lines);
  }
}
