package dev.shirabe.detect.addresses;

import java.util.Locale;
import java.util.Set;

/**
 * How the words of an English or international address look in folded text: where a word
 * ends, whether it is capitalised, a unit's number. Shared by the readers of the street, the
 * parts after it, the continental form and PO boxes, so that they all cut words alike.
 */
final class EnglishAddressText {

  /** Longer than any street name but "Martin Luther King Jr"; a sentence is longer still. */
  static final int MAX_NAME_WORDS = 5;
  /** Words of a city's name ("Mora de Rubielos", "Salt Lake City"). */
  static final int MAX_CITY_WORDS = 4;

  /** Lower-case words inside a street's or city's name. */
  static final Set<String> PARTICLES =
      Set.of("de", "del", "della", "delle", "dello", "dei", "degli", "di", "des", "du", "da", "do",
          "dos", "das", "la", "le", "les", "of", "the", "y");

  /**
   * English months and their abbreviations: a day or a year after one is a date ("July 11",
   * "March 2024"), which reads like a name and number or a city and postcode.
   */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private EnglishAddressText() {}

  static boolean isMonth(String word) {
    return MONTHS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The end of the word at {@code at}: letters and digits, with ' or - inside. */
  static int wordEnd(String s, int at) {
    int i = at;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '-' || c == '\'' || c == '’') && i > at && isLetterOrDigit(s, i + 1)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** A word of a street's name: capitalised ("Market", "O'Farrell") or an ordinal ("5th"). */
  static boolean isNameWord(String s, int from, int to) {
    if (isCapitalised(s, from)) {
      return true;
    }
    int i = from;
    while (i < to && isDigit(s, i)) {
      i++;
    }
    String rest = s.substring(i, to).toLowerCase(Locale.ROOT);
    return i > from && (rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th"));
  }

  /** A unit's number or letter ("1200", "4B", "C"): a word with a digit, or one letter. */
  static int identifierEnd(String s, int at) {
    int end = wordEnd(s, at);
    if (end == at) {
      return -1;
    }
    boolean digit = false;
    for (int i = at; i < end; i++) {
      digit |= Character.isDigit(s.charAt(i));
    }
    return digit || end - at == 1 ? end : -1;
  }

  static boolean isCapitalised(String s, int at) {
    return at < s.length() && Character.isUpperCase(s.charAt(at));
  }

  static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  static boolean isLetterOrDigit(String s, int i) {
    return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }
}
