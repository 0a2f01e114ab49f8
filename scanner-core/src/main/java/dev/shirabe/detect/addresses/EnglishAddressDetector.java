package dev.shirabe.detect.addresses;

import static dev.shirabe.detect.addresses.EnglishAddressText.MAX_NAME_WORDS;
import static dev.shirabe.detect.addresses.EnglishAddressText.PARTICLES;
import static dev.shirabe.detect.addresses.EnglishAddressText.identifierEnd;
import static dev.shirabe.detect.addresses.EnglishAddressText.isCapitalised;
import static dev.shirabe.detect.addresses.EnglishAddressText.isDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isLetterOrDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isNameWord;
import static dev.shirabe.detect.addresses.EnglishAddressText.wordEnd;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * <p>This class reads the street and orchestrates: {@link EnglishAddressTail} reads the parts
 * after a street or box, {@link ContinentalStreets} the number after the name, and {@link
 * EnglishPostBoxes} PO boxes and military mail; {@link EnglishAddress} is the address being
 * read, and {@link EnglishAddressText} how its words are cut.
 *
 * <p>The text is read once; only a digit, or the first letter of a PO box or military unit, at
 * the start of a word is looked at further, and each look reads a few words forward.
 */
public final class EnglishAddressDetector implements Detector {

  public static final String NAME = "en-address";

  // Confidence by what the address is made of; the bonus for the parts after the street is
  // EnglishAddress's, the confidence of the continental form and of boxes their readers'.
  /** A house number and a street: nearly always an address, often a business's. */
  private static final double STREET = 0.6;
  /** A dashed block number and a district need a postcode or country to count at all. */
  private static final double BLOCK = 0.8;

  /** Digits of a house number; more is some other number. */
  private static final int MAX_HOUSE_DIGITS = 6;

  private final EnglishAddressWords words = EnglishAddressWords.INSTANCE;
  private final EnglishAddressTail tail = new EnglishAddressTail(words);
  private final ContinentalStreets continental = new ContinentalStreets(words, tail);
  private final EnglishPostBoxes boxes = new EnglishPostBoxes(tail);

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
      if (!digit && c != 'P' && c != 'p' && c != 'U' && c != 'u' && c != 'C' && c != 'c') {
        continue;
      }
      if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        continue;
      }
      EnglishAddress address = digit ? street(s, i) : boxes.read(s, i);
      if (address == null && digit) {
        address = continental.read(s, i, lastEnd);
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
  private EnglishAddress street(String s, int start) {
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
    if (!isCapitalised(s, nameStart) && !isDigit(s, nameStart)
        && words.prefixEnd(s, nameStart) < 0) {
      return null; // "5 people", "3 of them": most numbers end here
    }
    EnglishAddress address = new EnglishAddress(start);
    int end = streetName(s, nameStart, address);
    if (end > 0) {
      address.end = end;
      tail.read(s, address);
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
    tail.read(s, address);
    address.confidence = BLOCK;
    return address.postcode || address.country ? address : null;
  }

  /**
   * Where the street's name that starts at {@code at} ends, with its suffix or after a street
   * type before it; -1 when the words there are not a street.
   */
  private int streetName(String s, int at, EnglishAddress address) {
    int prefixEnd = words.prefixEnd(s, at);
    if (prefixEnd > 0) {
      int nameEnd = namedAfterPrefix(s, prefixEnd);
      if (nameEnd > 0) {
        // The languages that put the street type first often write the number after the
        // name too ("Rua do Arenque 1634", "ul. Północna 73"): it belongs to the street.
        int number = nameEnd < s.length() && s.charAt(nameEnd) == ' '
            ? AddressGaps.skipSpaces(s, nameEnd) : -1;
        int numberEnd = number >= 0 && isDigit(s, number)
            ? ContinentalStreets.buildingNumberEnd(s, number) : -1;
        return Math.max(nameEnd, numberEnd);
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

  /**
   * A unit written before the street, as British addresses and many others have it ("Flat 3,
   * 12 Baker Street", "Suite 541 6343 Skogstien 106"): the address then starts at it. Read back
   * from the street's start, no further than {@code floor}, on the street's line.
   */
  private void leadingUnit(String s, EnglishAddress address, int floor) {
    int idEnd = AddressGaps.skipSpacesBack(s, address.start, floor);
    if (idEnd > floor && s.charAt(idEnd - 1) == ',') {
      idEnd = AddressGaps.skipSpacesBack(s, idEnd - 1, floor);
    }
    int idStart = idEnd;
    while (idStart > floor && Character.isLetterOrDigit(s.charAt(idStart - 1))) {
      idStart--;
    }
    if (idEnd == address.start || idStart == idEnd || identifierEnd(s, idStart) != idEnd) {
      return;
    }
    int designatorEnd = AddressGaps.skipSpacesBack(s, idStart, floor);
    if (designatorEnd > floor && s.charAt(designatorEnd - 1) == '#') {
      designatorEnd = AddressGaps.skipSpacesBack(s, designatorEnd - 1, floor);
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
}
