package dev.shirabe.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds street addresses written in Latin letters: US, UK and international forms, and Japanese
 * addresses in romaji. An address starts at a house number and needs a street that is plainly
 * one: a name and a street suffix ("500 Market Street", "1668 Glyn St", "10 Downing St." — the
 * suffixes of USPS Publication 28 and of British usage, {@code places/street-suffixes.txt}), or
 * a street type before the name ("137 Avenue Teboulbi", "12 Rue de la Paix"). A number followed
 * by capitalised words that end in no street suffix ("5 Main points", "20 Apple Watch Series")
 * is not an address, nor is a date ("12 March Road" is, "12 March 2024" is not).
 *
 * <p>A unit may stand before the street ("Flat 3, 12 Baker Street"). After the street come, in
 * any order, each after a comma, spaces or one line break (as in
 * the address block of a letter or a signature): unit ("Suite 1200", "Apt. 4", "#5", "3rd
 * Floor"), city, state or province (name or code), postcode (US ZIP, UK, Canadian, Japanese,
 * or four to six digits once a city, state or country stands before it) and country. A city
 * counts only when a state, postcode or country follows it, or, on the street's line, a comma
 * or the end of the line: so "12 Main Street\nThanks again" stops at the street.
 *
 * <p>The continental form writes the number after the name: "Hauptstraße 5", "Via Roma 12",
 * "Erzsébet tér 19.". It is read back from the number, and counts when a street type leads the
 * name, or the name ends as street names do in German, Dutch, the Nordic languages, Finnish,
 * Hungarian and the Slavic languages ({@code places/street-endings.txt}); with less confidence,
 * since such endings are not as plain as a suffix. A name and number followed by an apartment
 * or a suite ("Allika 46, Suite 501") is a street whatever its name.
 *
 * <p>Also: a block number written with dashes and a district, when a postcode or country
 * follows ("9-9-9 Shibakoen, Minato-ku, Tokyo 105-0011, Japan"); PO boxes ("P.O. Box 123");
 * and US military mail ("PSC 1234, Box 5678\nAPO AE 09012", "USS Nimitz\nFPO AP 96620").
 *
 * <p>{@code normalized} is the address on one line: its lines joined by ", " (without the "> "
 * of a quoted mail), spaces single, street suffixes and unit designators written out in full
 * ("St." → "Street", "Ste" → "Suite", "Apt." → "Apartment"), every form of PO box as "PO Box".
 * Everything else stands as written.
 *
 * <p>The text is read once; only a digit, or the first letter of a PO box or military unit, at
 * the start of a word is looked at further, and each look reads a few words forward.
 */
public final class EnglishAddressDetector implements Detector {

  public static final String NAME = "en-address";

  // Confidence by what the address is made of.
  /** A house number and a street: nearly always an address, often a business's. */
  private static final double STREET = 0.6;
  /** More with a postcode or a state after the street. */
  private static final double POSTAL_BONUS = 0.25;
  /** Less more with only a city or a country after it. */
  private static final double PLACE_BONUS = 0.15;
  /** A dashed block number and a district need a postcode or country to count at all. */
  private static final double BLOCK = 0.8;
  /** The number after a name that ends as a street's does: less telling than a suffix. */
  private static final double NUMBER_AFTER_NAME = 0.5;
  private static final double PO_BOX = 0.6;
  /** PSC/Unit, Box and APO/FPO/DPO with a ZIP code: a shape nothing else has. */
  private static final double MILITARY = 0.85;

  /** Longer than any street name but "Martin Luther King Jr"; a sentence is longer still. */
  private static final int MAX_NAME_WORDS = 5;
  /** Digits of a house number; more is some other number. */
  private static final int MAX_HOUSE_DIGITS = 6;
  /** Chars of the longest street type before a name ("travessa", "λεωφόρος"). */
  private static final int MAX_PREFIX_CHARS = 8;
  /** Digits of a building number written after the street's name. */
  private static final int MAX_BUILDING_DIGITS = 4;
  /** Parts after the street: unit, second unit, city, state, postcode, country and spare. */
  private static final int MAX_TAIL_PARTS = 8;
  /** Words of a city's name ("Mora de Rubielos", "Salt Lake City"). */
  private static final int MAX_CITY_WORDS = 4;

  /** Lower-case words inside a street's or city's name. */
  private static final Set<String> PARTICLES =
      Set.of("de", "del", "della", "des", "du", "da", "do", "dos", "la", "le", "les", "of", "the", "y");

  /**
   * Units that only addresses have: "Unit 2", "Room 3" and "Floor 5" also follow "Chapter 5" or
   * "Building 7" in a syllabus or a floor plan.
   */
  private static final Set<String> ADDRESS_ONLY_UNITS = Set.of("Apartment", "Suite");

  /** How PO boxes are written, lower-cased; each ends before the box's number. */
  private static final List<String> PO_BOX_FORMS =
      List.of("p.o. box", "p. o. box", "p.o.box", "po box", "p o box", "post office box");

  /**
   * What a military unit line starts with: postal service center, unit, community mail room;
   * or the prefix of a ship's name (US Ship, US Naval Ship, US Naval Vessel, Coast Guard Cutter).
   */
  private static final List<String> MILITARY_UNITS =
      List.of("PSC ", "Unit ", "CMR ", "USS ", "USNS ", "USNV ", "USCGC ");

  private final EnglishAddressWords words = EnglishAddressWords.INSTANCE;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String s = text.folded();
    List<Finding> findings = new ArrayList<>();
    int lastEnd = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!digit && c != 'P' && c != 'p' && c != 'U' && c != 'C') {
        continue;
      }
      if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      Address address = digit ? street(s, i) : box(s, i);
      if (address == null && digit) {
        address = numberAfterName(s, i, lastEnd);
      }
      if (address != null && digit) {
        leadingUnit(s, address, lastEnd);
      }
      if (address != null) {
        findings.add(address.finding(text));
        lastEnd = address.end;
        i = address.end - 1;
      }
    }
    return findings;
  }

  /** The address whose house number starts at {@code start}, or null. */
  private Address street(String s, int start) {
    int i = start;
    while (isDigit(s, i)) {
      i++;
    }
    if (i - start > MAX_HOUSE_DIGITS) {
      return null;
    }
    if (i < s.length() && Character.isLetter(s.charAt(i)) && !isLetterOrDigit(s, i + 1)) {
      i++; // 221B
    }
    boolean dashed = false;
    while ((i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '/')) && isDigit(s, i + 1)) {
      i++;
      while (isDigit(s, i)) {
        i++;
      }
      dashed = true;
    }
    if (i >= s.length() || s.charAt(i) != ' ') {
      return null;
    }
    int nameStart = AddressGaps.skipSpaces(s, i);
    if (!isCapitalised(s, nameStart) && !isDigit(s, nameStart)) {
      return null; // "5 people", "3 of them": most numbers end here
    }
    Address address = new Address(start);
    int end = streetName(s, nameStart, address);
    if (end > 0) {
      address.end = end;
      tail(s, address);
      address.confidence = STREET + address.bonus();
      return address;
    }
    // A Japanese block number (chōme-banchi-gō) and its district: the district has no suffix
    // to tell it, so the postcode or country after it must.
    int district = wordEnd(s, nameStart);
    if (!dashed || district == nameStart || !isCapitalised(s, nameStart)) {
      return null;
    }
    address.end = district;
    tail(s, address);
    address.confidence = BLOCK;
    return address.postcode || address.country ? address : null;
  }

  /**
   * Where the street's name that starts at {@code at} ends, with its suffix or after a street
   * type before it; -1 when the words there are not a street.
   */
  private int streetName(String s, int at, Address address) {
    int firstEnd = wordEnd(s, at);
    if (firstEnd > at && isCapitalised(s, at)
        && words.isPrefix(s.substring(at, firstEnd).toLowerCase(Locale.ROOT))) {
      int nameEnd = namedAfterPrefix(s, firstEnd);
      if (nameEnd > 0) {
        return nameEnd;
      }
    }
    int w = at;
    for (int n = 0; n <= MAX_NAME_WORDS; n++) {
      int we = wordEnd(s, w);
      if (we == w || !isNameWord(s, w, we)) {
        return -1;
      }
      String full = words.suffix(s.substring(w, we).toLowerCase(Locale.ROOT));
      boolean anotherSuffixFollows = nextWordIsSuffix(s, we);
      if (n > 0 && full != null && !anotherSuffixFollows) {
        int end = we;
        if (!full.contentEquals(s.subSequence(w, we)) && end < s.length() && s.charAt(end) == '.') {
          end++; // the abbreviation's dot: "St."
        }
        address.replace(w, end, full);
        return end;
      }
      int after = we < s.length() && s.charAt(we) == '.' ? we + 1 : we; // "St. James", "N. Main"
      if (after >= s.length() || s.charAt(after) != ' ') {
        return -1;
      }
      w = AddressGaps.skipSpaces(s, after);
    }
    return -1;
  }

  /**
   * The continental form, the number after the street's name ("Hauptstraße 5", "Via Roma 12",
   * "Erzsébet tér 19."): the number at {@code at}, the name read back from it, no further than
   * {@code floor}; null when the words before it are not a street's name.
   */
  private Address numberAfterName(String s, int at, int floor) {
    int end = buildingNumberEnd(s, at);
    if (end < 0) {
      return null;
    }
    int start = nameBefore(s, at, floor);
    // An apartment or suite right after the number says the words before it are a street's
    // name, whatever their ending: "Allika 46, Suite 501".
    if (start < 0 && apartmentOrSuiteAt(s, separatorEnd(s, end))) {
      start = capitalisedBefore(s, at, floor);
    }
    if (start < 0) {
      return null;
    }
    Address address = new Address(start);
    address.end = end;
    tail(s, address);
    address.confidence = NUMBER_AFTER_NAME + address.bonus();
    return address;
  }

  private boolean apartmentOrSuiteAt(String s, int at) {
    if (at < 0) {
      return false;
    }
    Address probe = new Address(at);
    return unit(s, at, probe) > 0 && ADDRESS_ONLY_UNITS.contains(probe.lastUnit);
  }

  /** The start of the capitalised words right before {@code at} on its line, or -1. */
  private static int capitalisedBefore(String s, int at, int floor) {
    int start = -1;
    int i = at;
    for (int n = 0; n < MAX_CITY_WORDS; n++) {
      int wordEnd = i;
      while (wordEnd > floor && s.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > floor && isWordChar(s.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordEnd == i || wordStart == wordEnd || !isCapitalised(s, wordStart)) {
        break;
      }
      start = wordStart;
      i = wordStart;
    }
    return start;
  }

  /** "12", "12a", "19." (Hungarian and Slavic ordinals): the end, or -1. */
  private static int buildingNumberEnd(String s, int at) {
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
    if (at - 2 < floor || s.charAt(at - 1) != ' ' || !Character.isLetter(s.charAt(at - 2))) {
      return -1; // most numbers: not right after a word
    }
    int[] starts = new int[MAX_NAME_WORDS];
    int[] ends = new int[MAX_NAME_WORDS];
    int count = 0;
    int i = at;
    while (count < MAX_NAME_WORDS) {
      int wordEnd = i;
      while (wordEnd > floor && s.charAt(wordEnd - 1) == ' ') {
        wordEnd--;
      }
      int wordStart = wordEnd;
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
    if (count == 0) {
      return -1;
    }
    String nearest = s.substring(starts[0], ends[0]).toLowerCase(Locale.ROOT);
    if (isCapitalised(s, starts[0])) {
      for (int k = 1; k < count; k++) {
        if (isCapitalised(s, starts[k]) && ends[k] - starts[k] <= MAX_PREFIX_CHARS
            && words.isPrefix(s.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT))) {
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

  /** After "Rue", "Via": capitalised words and particles; the end of the last capitalised one. */
  private static int namedAfterPrefix(String s, int prefixEnd) {
    int nameEnd = -1;
    int w = prefixEnd;
    for (int n = 0; n < MAX_NAME_WORDS && w < s.length() && s.charAt(w) == ' '; n++) {
      w = AddressGaps.skipSpaces(s, w);
      int we = wordEnd(s, w);
      if (we == w) {
        break;
      }
      if (isCapitalised(s, w)) {
        nameEnd = we;
      } else if (!PARTICLES.contains(s.substring(w, we))) {
        break;
      }
      w = we;
    }
    return nameEnd;
  }

  private boolean nextWordIsSuffix(String s, int wordEnd) {
    if (wordEnd >= s.length() || s.charAt(wordEnd) != ' ') {
      return false;
    }
    int next = AddressGaps.skipSpaces(s, wordEnd);
    int end = wordEnd(s, next);
    return end > next && isCapitalised(s, next)
        && words.suffix(s.substring(next, end).toLowerCase(Locale.ROOT)) != null;
  }

  /** A word of a street's name: capitalised ("Market", "O'Farrell") or an ordinal ("5th"). */
  private static boolean isNameWord(String s, int from, int to) {
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

  /** The parts after the street (or box), as long as they read as parts of an address. */
  private void tail(String s, Address address) {
    for (int part = 0; part < MAX_TAIL_PARTS; part++) {
      int at = separatorEnd(s, address.end);
      if (at < 0) {
        return;
      }
      boolean sameLine = !AddressGaps.crossesLine(s, address.end, at);
      int end = unit(s, at, address);
      if (end < 0 && (end = Postcodes.end(s, at, address.place())) > 0) {
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
   * Where the next part may start after {@code end}: past spaces, a comma, and at most one line
   * break (a comma may start the next line too); -1 when nothing separates them.
   */
  private static int separatorEnd(String s, int end) {
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
  private int unit(String s, int at, Address address) {
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

  /**
   * A unit written before the street, as British addresses and many others have it ("Flat 3,
   * 12 Baker Street", "Suite 541 6343 Skogstien 106"): the address then starts at it. Read back
   * from the street's start, no further than {@code floor}, on the street's line.
   */
  private void leadingUnit(String s, Address address, int floor) {
    int idEnd = spacesBack(s, address.start, floor);
    if (idEnd > floor && s.charAt(idEnd - 1) == ',') {
      idEnd = spacesBack(s, idEnd - 1, floor);
    }
    int idStart = idEnd;
    while (idStart > floor && Character.isLetterOrDigit(s.charAt(idStart - 1))) {
      idStart--;
    }
    if (idEnd == address.start || idStart == idEnd || identifierEnd(s, idStart) != idEnd) {
      return;
    }
    int designatorEnd = spacesBack(s, idStart, floor);
    if (designatorEnd > floor && s.charAt(designatorEnd - 1) == '#') {
      designatorEnd = spacesBack(s, designatorEnd - 1, floor);
    }
    int wordEnd = designatorEnd > floor && s.charAt(designatorEnd - 1) == '.'
        ? designatorEnd - 1 : designatorEnd;
    int wordStart = wordEnd;
    while (wordStart > floor && Character.isLetter(s.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (designatorEnd == idStart || wordStart == wordEnd || !isCapitalised(s, wordStart)) {
      return;
    }
    String full = words.unit(s.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
    if (full != null) {
      address.prepend(wordStart, designatorEnd, full);
    }
  }

  /** Where the spaces that end at {@code at} start, no further back than {@code floor}. */
  private static int spacesBack(String s, int at, int floor) {
    int i = at;
    while (i > floor && s.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  /** A unit's number or letter ("1200", "4B", "C"): a word with a digit, or one letter. */
  private static int identifierEnd(String s, int at) {
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

  /** A state's or province's code ("CA", "ON") or name: the end, or -1. */
  private int state(String s, int at) {
    return isStateCode(s, at) ? at + 2 : knownName(s, at, words::isStateName);
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

  /** A PO box or a military unit and box at {@code start}, or null. */
  private Address box(String s, int start) {
    for (String form : PO_BOX_FORMS) {
      if (s.regionMatches(true, start, form, 0, form.length())) {
        int number = AddressGaps.skipSpaces(s, start + form.length());
        int end = identifierEnd(s, number);
        if (end < 0 || !isDigit(s, number)) {
          return null;
        }
        Address address = new Address(start);
        address.replace(start, start + form.length(), "PO Box");
        address.end = end;
        tail(s, address);
        address.confidence = PO_BOX + address.bonus();
        return address;
      }
    }
    for (String unit : MILITARY_UNITS) {
      if (s.startsWith(unit, start)) {
        return military(s, start, start + unit.length());
      }
    }
    return null;
  }

  /**
   * "PSC 0413, Box 8144" or a ship's name ("USNS Bergman"), then "APO AA 42323", on one line or
   * two.
   */
  private static Address military(String s, int start, int numberAt) {
    int i;
    if (s.startsWith("US", start)) {
      i = shipNameEnd(s, numberAt);
    } else {
      i = digitsEnd(s, numberAt);
      if (i < 0) {
        return null;
      }
      i = AddressGaps.skipSpaces(s, i < s.length() && s.charAt(i) == ',' ? i + 1 : i);
      i = s.startsWith("Box ", i) ? digitsEnd(s, i + 4) : -1;
    }
    if (i < 0) {
      return null;
    }
    i = AddressGaps.skipGap(s, i < s.length() && s.charAt(i) == ',' ? i + 1 : i);
    if (!(s.startsWith("APO ", i) || s.startsWith("FPO ", i) || s.startsWith("DPO ", i))) {
      return null;
    }
    String region = s.substring(i + 4, Math.min(s.length(), i + 7));
    if (!(region.equals("AA ") || region.equals("AE ") || region.equals("AP "))) {
      return null;
    }
    int zip = Postcodes.end(s, i + 7, false);
    if (zip < 0) {
      return null;
    }
    Address address = new Address(start);
    address.end = zip;
    address.confidence = MILITARY;
    return address;
  }

  /** The end of one or two capitalised words: a ship's name; -1 when there is none. */
  private static int shipNameEnd(String s, int at) {
    int end = -1;
    int w = at;
    for (int n = 0; n < 2 && isCapitalised(s, w); n++) {
      end = wordEnd(s, w);
      if (end >= s.length() || s.charAt(end) != ' ') {
        break;
      }
      w = end + 1;
    }
    return end;
  }

  private static int digitsEnd(String s, int at) {
    int i = at;
    while (isDigit(s, i)) {
      i++;
    }
    return i > at && !isLetterOrDigit(s, i) ? i : -1;
  }

  /** The end of the word at {@code at}: letters and digits, with ' or - inside. */
  private static int wordEnd(String s, int at) {
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

  private static boolean isCapitalised(String s, int at) {
    return at < s.length() && Character.isUpperCase(s.charAt(at));
  }

  private static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static boolean isLetterOrDigit(String s, int i) {
    return i < s.length() && Character.isLetterOrDigit(s.charAt(i));
  }

  /** An address being read: its span, what it is made of, and the words to write out. */
  private static final class Address {
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

    Address(int start) {
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
      return new Finding(FindingType.ADDRESS, null, start, end,
          text.original().substring(start, end), normalized(text.folded()), confidence, NAME);
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
}
