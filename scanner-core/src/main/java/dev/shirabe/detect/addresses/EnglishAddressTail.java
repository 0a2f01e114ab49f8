package dev.shirabe.detect.addresses;

import static dev.shirabe.detect.addresses.EnglishAddressText.MAX_CITY_WORDS;
import static dev.shirabe.detect.addresses.EnglishAddressText.PARTICLES;
import static dev.shirabe.detect.addresses.EnglishAddressText.identifierEnd;
import static dev.shirabe.detect.addresses.EnglishAddressText.isCapitalised;
import static dev.shirabe.detect.addresses.EnglishAddressText.isDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isLetterOrDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isNameWord;
import static dev.shirabe.detect.addresses.EnglishAddressText.wordEnd;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Reads what follows a street or a box, in any order, each after a comma, spaces or one line
 * break: unit ("Suite 1200", "Apt. 4", "#5", "3rd Floor"), city, state or province (name or
 * code), postcode (US ZIP, UK, Canadian, Japanese, or four to six digits once a city, state or
 * country stands before it) and country. A city counts only when a state, postcode or country
 * follows it, or, on the street's line, a comma or the end of the line: so "12 Main
 * Street\nThanks again" stops at the street.
 */
final class EnglishAddressTail {

  /** Parts after the street: unit, second unit, city, state, postcode, country and spare. */
  private static final int MAX_TAIL_PARTS = 8;
  /** Letters of a region's code ("NSW"). */
  private static final int MAX_REGION_CODE = 3;

  private final EnglishAddressWords words;

  EnglishAddressTail(EnglishAddressWords words) {
    this.words = words;
  }

  /** The parts after the street (or box), as long as they read as parts of an address. */
  void read(String s, EnglishAddress address) {
    for (int part = 0; part < MAX_TAIL_PARTS; part++) {
      int at = separatorEnd(s, address.end);
      if (at < 0) {
        return;
      }
      boolean sameLine = !AddressGaps.crossesLine(s, address.end, at);
      int end = unit(s, at, address);
      if (end < 0
          && (end = Postcodes.end(s, at, address.place() || cityFollows(s, at))) > 0) {
        address.postcode = true;
      } else if (end < 0 && (end = state(s, at)) > 0) {
        address.state = true;
      } else if (end < 0 && (end = knownName(s, at, words::isCountry)) > 0) {
        address.country = true;
      } else if (end < 0 && (end = city(s, at, sameLine)) > 0) {
        address.city = true;
      }
      if (end < 0) {
        return;
      }
      address.end = end;
    }
  }

  /**
   * Whether a run of digits at {@code at} is followed, after one space, by a capitalised word:
   * the postcode before the city that most of Europe writes ("Storgata 5, 0155 Oslo").
   */
  private static boolean cityFollows(String s, int at) {
    int i = at;
    while (isDigit(s, i) || (s.charAt(i) == '-' && isDigit(s, i + 1))) {
      i++;
    }
    return i > at && i < s.length() && s.charAt(i) == ' ' && isCapitalised(s, i + 1);
  }

  /**
   * Where the next part may start after {@code end}: past spaces, a comma, and at most one line
   * break (a comma may start the next line too); -1 when nothing separates them.
   */
  static int separatorEnd(String s, int end) {
    int i = AddressGaps.skipSpaces(s, end);
    if (i < s.length() && s.charAt(i) == ',') {
      i++;
    }
    i = AddressGaps.skipGap(s, i);
    if (AddressGaps.crossesLine(s, end, i)) {
      while (i < s.length() && s.charAt(i) == '>') {
        i = AddressGaps.skipSpaces(s, i + 1); // the quote marks of a quoted mail: "> Oslo"
      }
    }
    if (i < s.length() && s.charAt(i) == ',' && i > end) {
      i = AddressGaps.skipSpaces(s, i + 1);
    }
    return i > end && i < s.length() ? i : -1;
  }

  /** "Suite 1200", "Apt. 4B", "#5", "3rd Floor": the end, or -1. */
  int unit(String s, int at, EnglishAddress address) {
    if (s.charAt(at) == '#') {
      int id = identifierEnd(s, AddressGaps.skipSpaces(s, at + 1));
      return id > at + 1 ? id : -1;
    }
    int we = wordEnd(s, at);
    if (we == at) {
      return -1;
    }
    String word = s.substring(at, we).toLowerCase(Locale.ROOT);
    String full = words.unit(word);
    if (full != null) {
      int designatorEnd = we < s.length() && s.charAt(we) == '.' ? we + 1 : we;
      int i = AddressGaps.skipSpaces(s, designatorEnd);
      if (i < s.length() && s.charAt(i) == '#') {
        i = AddressGaps.skipSpaces(s, i + 1);
      }
      int id = identifierEnd(s, i);
      if (i == designatorEnd || id < 0) {
        return -1;
      }
      address.replace(at, designatorEnd, full);
      address.lastUnit = full;
      return id;
    }
    if (isNameWord(s, at, we) && isDigit(s, at) && s.startsWith(" ", we)) {
      int next = AddressGaps.skipSpaces(s, we);
      int floorEnd = wordEnd(s, next);
      String after = s.substring(next, floorEnd).toLowerCase(Locale.ROOT);
      if ("Floor".equals(words.unit(after))) {
        address.replace(next, floorEnd, "Floor");
        return floorEnd;
      }
    }
    return -1;
  }

  /** A state's or province's code ("CA", "ON") or name, or a region's code: the end, or -1. */
  private int state(String s, int at) {
    if (isStateCode(s, at)) {
      return at + 2;
    }
    int region = regionCode(s, at);
    return region > 0 ? region : knownName(s, at, words::isStateName);
  }

  /**
   * The code of another country's region ("OV", "NSW", "WHT": two or three capitals, as ISO
   * 3166-2 writes them), which no list here holds: it counts only where a postcode or a country
   * follows it, as in "Hellendoorn, OV 21072" or "Nijmegen\n, GE\n Netherlands 62971".
   */
  private int regionCode(String s, int at) {
    int end = at;
    while (end < s.length() && end - at <= MAX_REGION_CODE && s.charAt(end) >= 'A'
        && s.charAt(end) <= 'Z') {
      end++;
    }
    if (end - at < 2 || end - at > MAX_REGION_CODE || isLetterOrDigit(s, end)) {
      return -1;
    }
    int next = separatorEnd(s, end);
    return next > 0 && (Postcodes.end(s, next, true) > 0
        || knownName(s, next, words::isCountry) > 0) ? end : -1;
  }

  private boolean isStateCode(String s, int at) {
    return at + 2 <= s.length() && !isLetterOrDigit(s, at + 2)
        && words.isStateCode(s.substring(at, at + 2));
  }

  /** The end of the longest run of capitalised words at {@code at} that the list knows. */
  private int knownName(String s, int at, Predicate<String> known) {
    if (!isCapitalised(s, at)
        || !words.startsPlaceName(s.substring(at, wordEnd(s, at)).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int[] ends = new int[EnglishAddressWords.MAX_NAME_WORDS];
    int count = 0;
    int w = at;
    while (count < ends.length) {
      int we = wordEnd(s, w);
      if (we == w) {
        break;
      }
      ends[count++] = we;
      if (we >= s.length() || s.charAt(we) != ' ') {
        break;
      }
      w = we + 1;
    }
    for (int n = count; n > 0; n--) {
      if (known.test(s.substring(at, ends[n - 1]).toLowerCase(Locale.ROOT))) {
        return ends[n - 1];
      }
    }
    return -1;
  }

  /**
   * A city's name: capitalised words (particles between them), followed by a state, postcode
   * or country, or on the street's line by a comma, a cell's end or the end of the line.
   */
  private int city(String s, int at, boolean sameLine) {
    if (!isCapitalised(s, at)) {
      return -1;
    }
    int end = -1;
    int w = at;
    for (int n = 0; n < MAX_CITY_WORDS; n++) {
      int we = wordEnd(s, w);
      if (we == w || (n > 0 && (Postcodes.end(s, w, false) > 0 || isStateCode(s, w)))) {
        break; // "London SE1 9ZZ", "San Francisco CA 94105": the city ends there
      }
      if (isCapitalised(s, w)) {
        end = we;
      } else if (!PARTICLES.contains(s.substring(w, we))) {
        break;
      }
      if (we >= s.length() || s.charAt(we) != ' ' || !isLetterOrDigit(s, we + 1)) {
        break;
      }
      w = we + 1;
    }
    if (end < 0) {
      return -1;
    }
    int next = separatorEnd(s, end);
    if (next > 0 && isDigit(s, next) && end == wordEnd(s, at)
        && EnglishAddressText.isMonth(s.substring(at, end))) {
      return -1; // "Friday 13, March 2024": a date, not a city and its postcode
    }
    if (next > 0 && (Postcodes.end(s, next, true) > 0 || state(s, next) > 0
        || knownName(s, next, words::isCountry) > 0)) {
      return end;
    }
    if (!sameLine) {
      return -1;
    }
    char after = end < s.length() ? s.charAt(end) : '\n';
    return after == ',' || after == '\t' || after == '\n' || after == '\r'
            || (after == '.' && !isLetterOrDigit(s, end + 1))
        ? end
        : -1;
  }
}
