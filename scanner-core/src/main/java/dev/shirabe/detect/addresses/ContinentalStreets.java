package dev.shirabe.detect.addresses;

import static dev.shirabe.detect.addresses.EnglishAddressText.MAX_CITY_WORDS;
import static dev.shirabe.detect.addresses.EnglishAddressText.MAX_NAME_WORDS;
import static dev.shirabe.detect.addresses.EnglishAddressText.PARTICLES;
import static dev.shirabe.detect.addresses.EnglishAddressText.isCapitalised;
import static dev.shirabe.detect.addresses.EnglishAddressText.isDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isLetterOrDigit;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the continental form, which writes the number after the street's name: "Hauptstraße
 * 5", "Via Roma 12", "Erzsébet tér 19.". It is read back from the number, and counts when a
 * street type leads the name, or the name ends as street names do in German, Dutch, the Nordic
 * languages, Finnish, Hungarian and the Slavic languages ({@code places/street-endings.txt});
 * with less confidence, since such endings are not as plain as a suffix. A name and number
 * followed by an apartment or a suite ("Allika 46, Suite 501") is a street whatever its name.
 */
final class ContinentalStreets {

  /** The number after a name that ends as a street's does: less telling than a suffix. */
  private static final double NUMBER_AFTER_NAME = 0.5;
  /** Any name and number, told a street only by the place and postcode that follow. */
  private static final double NAME_BEFORE_POSTCODE = 0.4;

  /** Chars of the longest street type before a name ("travessa", "λεωφόρος"). */
  private static final int MAX_PREFIX_CHARS = 8;
  /** Digits of a building number written after the street's name. */
  private static final int MAX_BUILDING_DIGITS = 4;

  /**
   * Units that only addresses have: "Unit 2", "Room 3" and "Floor 5" also follow "Chapter 5" or
   * "Building 7" in a syllabus or a floor plan.
   */
  private static final Set<String> ADDRESS_ONLY_UNITS = Set.of("Apartment", "Suite");

  private final EnglishAddressWords words;
  private final EnglishAddressTail tail;

  ContinentalStreets(EnglishAddressWords words, EnglishAddressTail tail) {
    this.words = words;
    this.tail = tail;
  }

  /**
   * The address whose number after the street's name is at {@code at}, the name read back from
   * it, no further than {@code floor}; null when the words before it are not a street's name.
   */
  EnglishAddress read(String s, int at, int floor) {
    int end = buildingNumberEnd(s, at);
    if (end < 0) {
      return null;
    }
    int start = nameBefore(s, at, floor);
    if (start >= 0) {
      return withTail(s, start, end, NUMBER_AFTER_NAME);
    }
    // An apartment or suite right after the number says the words before it are a street's
    // name, whatever their ending: "Allika 46, Suite 501".
    start = capitalisedBefore(s, at, floor);
    if (start < 0) {
      return null;
    }
    if (apartmentOrSuiteAt(s, EnglishAddressTail.separatorEnd(s, end))) {
      return withTail(s, start, end, NUMBER_AFTER_NAME);
    }
    // So do a place and a postcode after it, set apart as the parts of an address are, by a
    // comma or a line break: "Coronilla 3599\nNijmegen, GE\nNetherlands 62971". A city or a
    // country alone does not ("Windows 10, Germany"), nor words after a space ("On 9 Jan 2024").
    int next = EnglishAddressTail.separatorEnd(s, end);
    if (next < 0 || !setApart(s, end, next)
        || EnglishAddressText.isMonth(s.substring(start, at).strip())) {
      return null; // "July 11, 2010 Screen Rant": a date
    }
    EnglishAddress address = withTail(s, start, end, NAME_BEFORE_POSTCODE);
    return address.postcode && address.place() ? address : null;
  }

  /** Whether a comma or a line break stands in [from, to). */
  private static boolean setApart(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private EnglishAddress withTail(String s, int start, int end, double confidence) {
    EnglishAddress address = new EnglishAddress(start);
    address.end = end;
    tail.read(s, address);
    address.confidence = confidence + address.bonus();
    return address;
  }

  private boolean apartmentOrSuiteAt(String s, int at) {
    if (at < 0) {
      return false;
    }
    EnglishAddress probe = new EnglishAddress(at);
    return tail.unit(s, at, probe) > 0 && ADDRESS_ONLY_UNITS.contains(probe.lastUnit);
  }

  /** The start of the capitalised words right before {@code at} on its line, or -1. */
  private static int capitalisedBefore(String s, int at, int floor) {
    int[] starts = new int[MAX_CITY_WORDS];
    int count = wordsBefore(s, at, floor, starts, new int[MAX_CITY_WORDS], false);
    int start = -1;
    for (int k = 0; k < count && isCapitalised(s, starts[k]); k++) {
      start = starts[k];
    }
    return start;
  }

  /**
   * The words on the line right before {@code at}, each after spaces only, nearest first: fills
   * {@code starts} and {@code ends} as far as they go and returns the count. With {@code
   * dotted}, a word may end in the dot of an abbreviation ("u.", "ul."), which it then includes.
   */
  private static int wordsBefore(
      String s, int at, int floor, int[] starts, int[] ends, boolean dotted) {
    int count = 0;
    int i = at;
    while (count < starts.length) {
      int wordEnd = i;
      while (wordEnd > floor && s.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      if (dotted && wordEnd - 1 > floor && s.charAt(wordEnd - 1) == '.'
          && Character.isLetter(s.charAt(wordEnd - 2))) {
        wordStart--;
      }
      while (wordStart > floor && isWordChar(s.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordEnd == i || wordStart == wordEnd) {
        break;
      }
      starts[count] = wordStart;
      ends[count++] = wordEnd;
      i = wordStart;
    }
    return count;
  }

  /** "12", "12a", "19." (Hungarian and Slavic ordinals): the end, or -1. */
  static int buildingNumberEnd(String s, int at) {
    int i = at;
    while (isDigit(s, i)) {
      i++;
    }
    if (i - at > MAX_BUILDING_DIGITS) {
      return -1;
    }
    if (i < s.length() && Character.isLetter(s.charAt(i)) && !isLetterOrDigit(s, i + 1)) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '.' && !isLetterOrDigit(s, i + 1)) {
      i++;
    }
    return isLetterOrDigit(s, i) ? -1 : i;
  }

  /**
   * Where the street's name that ends before the number at {@code at} starts: at a street type
   * before it ("Via", "Rua do"), or at a word that ends as street names do ("Bundesstrasse",
   * "Puruntie"; capitalised words before it belong to it), or at the capitalised name before a
   * street word ("Erzsébet tér"); -1 when there is none. Words are read on the number's line.
   */
  private int nameBefore(String s, int at, int floor) {
    if (at - 2 < floor || s.charAt(at - 1) != ' '
        || !(Character.isLetter(s.charAt(at - 2)) || s.charAt(at - 2) == '.')) {
      return -1; // most numbers: not right after a word or an abbreviation ("u. 15.")
    }
    int[] starts = new int[MAX_NAME_WORDS];
    int[] ends = new int[MAX_NAME_WORDS];
    int count = wordsBefore(s, at, floor, starts, ends, true);
    if (count == 0) {
      return -1;
    }
    String nearest = s.substring(starts[0], ends[0]).toLowerCase(Locale.ROOT);
    if (isCapitalised(s, starts[0])) {
      for (int k = 1; k < count; k++) {
        if (ends[k] - starts[k] <= MAX_PREFIX_CHARS
            && words.isPrefixAsWritten(s.substring(starts[k], ends[k]))) {
          return starts[k];
        }
        if (!isCapitalised(s, starts[k]) && !PARTICLES.contains(s.substring(starts[k], ends[k]))) {
          break;
        }
      }
    }
    if (!words.endsStreetName(nearest)) {
      return -1;
    }
    int first = words.isStreetWord(nearest) ? 1 : 0;
    if (first >= count || !isCapitalised(s, starts[first])) {
      return -1;
    }
    while (first + 1 < count && isCapitalised(s, starts[first + 1])) {
      first++;
    }
    return starts[first];
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }
}
