package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An address is kept whole through what follows its street, on its line and the next ones
 * (unit, city, region, postcode, country), and ends where the text goes on with anything else.
 * The addresses are generated: each country's parts in its own order, joined on one line by
 * commas and as the lines of an address block, then followed by text that is no part of them.
 */
class EnglishAddressContinuationTest {

  private static final DetectorProbe PROBE =
      new DetectorProbe(new EnglishAddressDetector(), FindingType.ADDRESS);

  /** Each country's parts, in the order its post writes them. */
  private static final List<List<String>> ADDRESSES = List.of(
      List.of("742 Evergreen Terrace", "Apt. 3B", "Springfield, IL 62704", "United States"),
      List.of("221B Baker Street", "London NW1 6XE", "United Kingdom"),
      List.of("24 Sussex Drive", "Ottawa, ON K1M 1M4", "Canada"),
      List.of("10 Smith Street", "Unit 4", "Sydney, NSW 2000", "Australia"),
      List.of("Hauptstraße 5", "10115 Berlin", "Germany"),
      List.of("Storgata 5", "0155 Oslo", "Norway"),
      List.of("Via Roma 12", "00184 Roma RM", "Italy"),
      List.of("56 rue La Boétie", "75008 Paris", "France"),
      List.of("Rua Augusta 10", "1100-053 Lisboa", "Portugal"),
      List.of("ul. Miła 53", "61-001 Poznań", "Poland"),
      List.of("Király u. 15.", "1061 Budapest", "Hungary"),
      // A name with no street ending: the place and postcode after it say it is a street.
      List.of("Brisas 6802", "Montevideo, MO 11300", "Uruguay"));

  /** Text after an address that is no part of it. */
  private static final List<String> FOLLOWERS = List.of(
      "\n\nThanks again for the help.",
      "\nWhat are my options?",
      ". We will call you tomorrow.",
      " for this card: 4111 1111 1111 1111",
      "\n+49 30 1234567 office");

  static Stream<String[]> generated() {
    List<String[]> cases = new ArrayList<>();
    for (List<String> parts : ADDRESSES) {
      for (String joiner : List.of(", ", "\n")) {
        String address = String.join(joiner, parts);
        for (String follower : FOLLOWERS) {
          cases.add(new String[] {address, "Please send it to:\n" + address + follower});
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("generated")
  void anAddressIsReadWholeAndNoFurther(String address, String text) {
    Finding f = PROBE.only(text);
    assertEquals(address, f.text());
    assertEquals(text.indexOf(address), f.start());
  }

  @Test
  void theNormalisedFormIsOneLine() {
    Finding f = PROBE.only("Coronilla 3599\nNijmegen\n, GE\n Netherlands 62971\n\nWhat now?");
    assertEquals("Coronilla 3599\nNijmegen\n, GE\n Netherlands 62971", f.text());
    assertEquals("Coronilla 3599, Nijmegen, GE, Netherlands 62971", f.normalized());
  }

  @Test
  void wordsOnTheNextLinesThatAreNoPlaceAreNotAbsorbed() {
    assertEquals("Hauptstraße 5", PROBE.only("Hauptstraße 5\nMeeting at 10 AM").text());
    assertEquals("12 Main Street", PROBE.only("12 Main Street\nSpringfield\nFAQ and more").text());
    assertEquals("12 Main Street", PROBE.only("12 Main Street\nDear John,\nthanks").text());
  }

  @Test
  void aNameAndNumberNeedAPlaceAndAPostcodeAfterThem() {
    PROBE.none("Windows 10, Germany");
    PROBE.none("Chapter 12\nParis, France");
    PROBE.none("Coronilla 3599\nNijmegen\nsee you");
    PROBE.none("On 9 Jan 2024, Tanaka wrote:");
    PROBE.none("Friday 13, March 2024 was cold");
    PROBE.none("July 11, 2010 Screen Rant");
    assertEquals("12 Main Street", PROBE.only("12 Main Street, March 2024").text());
    Finding f = PROBE.only("Coronilla 3599\nNijmegen, GE 6511\nNetherlands");
    assertTrue(f.confidence() < PROBE.only("Hauptstraße 5, 10115 Berlin").confidence(),
        "a name with no mark of a street is less sure");
  }

  @Test
  void aRegionCodeCountsOnlyBeforeAPostcodeOrACountry() {
    assertEquals("12 Main Street, Hellendoorn, OV 21072",
        PROBE.only("12 Main Street, Hellendoorn, OV 21072 is the place").text());
    assertEquals("12 Main Street, Springfield",
        PROBE.only("12 Main Street, Springfield, ABC news said").text());
  }

  @Test
  void streetTypesInLowerCaseOrAbbreviatedLeadTheName() {
    assertEquals("ul. Chrzanowska 61", PROBE.only("mieszka przy ul. Chrzanowska 61 od lat").text());
    assertEquals("9383 ul. Chrzanowska 61", PROBE.only("at 9383 ul. Chrzanowska 61 now").text());
    assertEquals("33 avenue de Provence", PROBE.only("Rendez-vous au 33 avenue de Provence").text());
    assertEquals("Belgrád rkp. 18.", PROBE.only("Az iroda: Belgrád rkp. 18.").text());
    assertEquals("Via dei Fiorentini 17", PROBE.only("Lives at Via dei Fiorentini 17").text());
    // "via" is an English word too: in lower case it leads no street.
    PROBE.none("I sent it via Email 3 times");
    // An abbreviation is a word of its own, not an ending: "Kaevu 94" has none.
    PROBE.none("Kaevu 94 times");
  }

  @Test
  void militaryMailIsReadInAnyCase() {
    assertEquals("psc 5420, box 2708\napo aa 33879",
        PROBE.only("write to psc 5420, box 2708\napo aa 33879 soon").text());
    PROBE.none("unit 1009 box 0219 is ours");
  }
}
