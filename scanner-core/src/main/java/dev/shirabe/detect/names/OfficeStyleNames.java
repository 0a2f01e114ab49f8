package dev.shirabe.detect.names;

import dev.shirabe.detect.CharMask;
import dev.shirabe.detect.text.WordList;
import java.util.Arrays;
import java.util.List;

/**
 * The font families and style names that office files carry in their text
 * ({@code names/office-style-names.txt}: "Times New Roman", "Regular", "ＭＳ Ｐゴシック", "游明朝",
 * "Heading 1", "見出し 1"). Both person-name detectors read parts of them as names ("New Roman",
 * "Mincho", "游" before 様), so {@link DetectorSet} drops a person finding that lies wholly
 * inside them, whichever detector made it. Immutable and thread-safe.
 */
public final class OfficeStyleNames {

  private static final String RESOURCE = "names/office-style-names.txt";

  /** Folded, lower-cased. */
  private final List<String> names;
  /** The longest name: how far around a finding the names that hold it can reach. */
  private final int reach;

  OfficeStyleNames(List<String> names) {
    this.names = List.copyOf(names);
    this.reach = names.stream().mapToInt(String::length).max().orElse(0);
    this.chars = new java.util.BitSet(Character.MAX_VALUE + 1);
    names.forEach(name -> name.chars().forEach(chars::set));
  }

  /**
   * The chars of the names: a finding with any other char (but a space) is in none of them,
   * which settles most findings (Japanese names, mostly) without reading the text around them.
   */
  private final java.util.BitSet chars;

  public static OfficeStyleNames standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final OfficeStyleNames STANDARD = new OfficeStyleNames(WordList.load(RESOURCE));
  }

  /**
   * True when the chars [start, end) of the folded text lie wholly inside font or style names,
   * several of them separated by spaces counting as one ("Times New Roman Regular"). A name
   * counts only as a whole word where it starts or ends with a Latin letter or digit ("Arial"
   * is not in "Arialdo"); "Times" alone, in "Mr. Times", is no font.
   */
  public boolean covers(String folded, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int k = start; k < end; k++) {
      char c = Character.toLowerCase(folded.charAt(k));
      if (c != ' ' && !chars.get(c)) {
        return false; // not covered, whatever is around it
      }
    }
    int from = Math.max(0, start - reach);
    int to = Math.min(folded.length(), end + reach);
    String window = lowerCase(folded, from, to);
    boolean[] covered = new boolean[window.length()];
    CharMask chars = new CharMask(window); // most of the names are nowhere near a finding
    for (String name : names) {
      if (!chars.mayContain(name)) {
        continue;
      }
      for (int i = window.indexOf(name); i >= 0; i = window.indexOf(name, i + 1)) {
        if (standsAlone(folded, from + i, from + i + name.length())) {
          Arrays.fill(covered, i, i + name.length(), true);
        }
      }
    }
    for (int k = start - from; k < end - from; k++) {
      if (!covered[k] && !(window.charAt(k) == ' ' && betweenCovered(window, covered, k))) {
        return false;
      }
    }
    return true;
  }

  /** Lower-cased char by char, so that offsets stay. */
  private static String lowerCase(String text, int from, int to) {
    char[] chars = new char[to - from];
    for (int i = from; i < to; i++) {
      chars[i - from] = Character.toLowerCase(text.charAt(i));
    }
    return new String(chars);
  }

  private static boolean standsAlone(String text, int start, int end) {
    boolean startsClean = !isLatinLetterOrDigit(text.charAt(start))
        || start == 0 || !isLatinLetterOrDigit(text.charAt(start - 1));
    boolean endsClean = !isLatinLetterOrDigit(text.charAt(end - 1))
        || end == text.length() || !isLatinLetterOrDigit(text.charAt(end));
    return startsClean && endsClean;
  }

  /** A space in a run of spaces with a covered char on either side. */
  private static boolean betweenCovered(String text, boolean[] covered, int k) {
    int before = k;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    int after = k;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    return before > 0 && covered[before - 1] && after < text.length() && covered[after];
  }

  private static boolean isLatinLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
