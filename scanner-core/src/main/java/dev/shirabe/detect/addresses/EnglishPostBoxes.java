package dev.shirabe.detect.addresses;

import static dev.shirabe.detect.addresses.EnglishAddressText.identifierEnd;
import static dev.shirabe.detect.addresses.EnglishAddressText.isCapitalised;
import static dev.shirabe.detect.addresses.EnglishAddressText.isDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.isLetterOrDigit;
import static dev.shirabe.detect.addresses.EnglishAddressText.wordEnd;

import java.util.List;
import java.util.Locale;

/**
 * Reads addresses that have no street: PO boxes ("P.O. Box 123", written "PO Box" in the
 * normalised form, then the usual parts after it) and US military mail ("PSC 1234, Box
 * 5678\nAPO AE 09012", "USS Nimitz\nFPO AP 96620"), whose shape nothing else has.
 */
final class EnglishPostBoxes {

  private static final double PO_BOX = 0.6;
  /** PSC/Unit, Box and APO/FPO/DPO with a ZIP code: a shape nothing else has. */
  private static final double MILITARY = 0.85;

  /** How PO boxes are written, lower-cased; each ends before the box's number. */
  private static final List<String> PO_BOX_FORMS =
      List.of("p.o. box", "p. o. box", "p.o.box", "po box", "p o box", "post office box");

  /**
   * What a military unit line starts with: postal service center, unit, community mail room;
   * or the prefix of a ship's name (US Ship, US Naval Ship, US Naval Vessel, Coast Guard Cutter).
   */
  private static final List<String> MILITARY_UNITS =
      List.of("PSC ", "Unit ", "CMR ", "USS ", "USNS ", "USNV ", "USCGC ");

  private final EnglishAddressTail tail;

  EnglishPostBoxes(EnglishAddressTail tail) {
    this.tail = tail;
  }

  /** A PO box or a military unit and box at {@code start}, or null. */
  EnglishAddress read(String s, int start) {
    for (String form : PO_BOX_FORMS) {
      if (s.regionMatches(true, start, form, 0, form.length())) {
        int number = AddressGaps.skipSpaces(s, start + form.length());
        int end = identifierEnd(s, number);
        if (end < 0 || !isDigit(s, number)) {
          return null;
        }
        EnglishAddress address = new EnglishAddress(start);
        address.replace(start, start + form.length(), "PO Box");
        address.end = end;
        tail.read(s, address);
        address.confidence = PO_BOX + address.bonus();
        return address;
      }
    }
    for (String unit : MILITARY_UNITS) {
      // A unit and box, then APO/FPO/DPO, a region and a ZIP code, is unmistakable in any case:
      // "psc 5420, box 2708\napo aa 33879". A ship's name needs its capitals.
      boolean ship = unit.startsWith("US");
      if (ship ? s.startsWith(unit, start) : s.regionMatches(true, start, unit, 0, unit.length())) {
        return military(s, start, start + unit.length());
      }
    }
    return null;
  }

  /**
   * "PSC 0413, Box 8144" or a ship's name ("USNS Bergman"), then "APO AA 42323", on one line or
   * two.
   */
  private static EnglishAddress military(String s, int start, int numberAt) {
    int i;
    if (s.startsWith("US", start)) {
      i = shipNameEnd(s, numberAt);
    } else {
      i = digitsEnd(s, numberAt);
      if (i < 0) {
        return null;
      }
      i = AddressGaps.skipSpaces(s, i < s.length() && s.charAt(i) == ',' ? i + 1 : i);
      i = s.regionMatches(true, i, "Box ", 0, 4) ? digitsEnd(s, i + 4) : -1;
    }
    if (i < 0) {
      return null;
    }
    i = AddressGaps.skipGap(s, i < s.length() && s.charAt(i) == ',' ? i + 1 : i);
    if (!(s.regionMatches(true, i, "APO ", 0, 4) || s.regionMatches(true, i, "FPO ", 0, 4)
        || s.regionMatches(true, i, "DPO ", 0, 4))) {
      return null;
    }
    String region = s.substring(i + 4, Math.min(s.length(), i + 7)).toUpperCase(Locale.ROOT);
    if (!(region.equals("AA ") || region.equals("AE ") || region.equals("AP "))) {
      return null;
    }
    int zip = Postcodes.end(s, i + 7, false);
    if (zip < 0) {
      return null;
    }
    EnglishAddress address = new EnglishAddress(start);
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
}
