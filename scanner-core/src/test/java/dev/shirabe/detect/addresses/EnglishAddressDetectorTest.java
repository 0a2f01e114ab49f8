package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnglishAddressDetectorTest {

  private static final EnglishAddressDetector DETECTOR = new EnglishAddressDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.ADDRESS);

  @Test
  void findsAUsAddressWithUnitCityStateZipAndCountry() {
    String text = "Notices to: 500 Market Street, Suite 1200, San Francisco, CA 94105, USA.";
    Finding f = PROBE.only(text);
    assertEquals(FindingType.ADDRESS, f.type());
    assertEquals("500 Market Street, Suite 1200, San Francisco, CA 94105, USA", f.text());
    assertEquals(text.indexOf("500"), f.start());
    assertEquals(EnglishAddressDetector.NAME, f.detector());
    assertEquals(0.85, f.confidence(), 1e-9);
  }

  @Test
  void expandsAbbreviationsInTheNormalisedForm() {
    Finding f = PROBE.only("Ship to 1668 Glyn St. Ste 4, Austin, TX 78701-1234");
    assertEquals("1668 Glyn St. Ste 4, Austin, TX 78701-1234", f.text());
    assertEquals("1668 Glyn Street Suite 4, Austin, TX 78701-1234", f.normalized());
  }

  @Test
  void readsAbbreviationsInsideTheName() {
    assertEquals("12 St. James Street", PROBE.only("See you at 12 St. James Street tonight").text());
    assertEquals("300 N. Main St., Suite 5", PROBE.only("300 N. Main St., Suite 5 is ours").text());
  }

  @Test
  void aStreetAloneIsFoundWithLessConfidence() {
    Finding f = PROBE.only("We met at 10 Downing Street yesterday.");
    assertEquals("10 Downing Street", f.text());
    assertEquals(0.6, f.confidence(), 1e-9);
  }

  @Test
  void readsAnAddressBlockOverLines() {
    String text = "Jane Doe\n742 Evergreen Terrace\nApt. 3B\nSpringfield, IL 62704\n\nRegards";
    Finding f = PROBE.only(text);
    assertEquals("742 Evergreen Terrace\nApt. 3B\nSpringfield, IL 62704", f.text());
    assertEquals("742 Evergreen Terrace, Apartment 3B, Springfield, IL 62704", f.normalized());
  }

  @Test
  void aCapitalisedWordOnTheNextLineIsNotACity() {
    Finding f = PROBE.only("Send it to 12 Baker Street\nThanks again for the help");
    assertEquals("12 Baker Street", f.text());
  }

  @Test
  void findsUkAndCanadianPostcodes() {
    assertEquals("1 Example Wharf, London SE1 9ZZ",
        PROBE.only("Our office: 1 Example Wharf, London SE1 9ZZ. Call us.").text());
    assertEquals("221B Baker Street, London NW1 6XE",
        PROBE.only("221B Baker Street, London NW1 6XE").text());
    assertEquals("24 Sussex Drive, Ottawa, ON K1M 1M4",
        PROBE.only("He lives at 24 Sussex Drive, Ottawa, ON K1M 1M4").text());
  }

  @Test
  void findsAStreetTypeBeforeTheName() {
    assertEquals("12 Rue de la Paix, Paris, France",
        PROBE.only("Boutique: 12 Rue de la Paix, Paris, France").text());
  }

  @Test
  void findsAJapaneseAddressInRomaji() {
    Finding f = PROBE.only("Tokyo office: 9-9-9 Shibakoen, Minato-ku, Tokyo 105-0011, Japan");
    assertEquals("9-9-9 Shibakoen, Minato-ku, Tokyo 105-0011, Japan", f.text());
  }

  @Test
  void aDashedNumberWithoutPostcodeOrCountryIsNotAnAddress() {
    PROBE.none("Extension 3-4-5 Reception desk");
  }

  @Test
  void findsPoBoxesAndMilitaryMail() {
    Finding box = PROBE.only("Write to P.O. Box 1234, Juneau, AK 99801 for forms.");
    assertEquals("P.O. Box 1234, Juneau, AK 99801", box.text());
    assertEquals("PO Box 1234, Juneau, AK 99801", box.normalized());
    assertEquals("PSC 0413, Box 8144\nAPO AA 42323",
        PROBE.only("The office is at PSC 0413, Box 8144\nAPO AA 42323\n").text());
    assertEquals("Unit 4719 Box 7394\nDPO AP 70942",
        PROBE.only("Return to Unit 4719 Box 7394\nDPO AP 70942 please").text());
    assertEquals("USS Nimitz\nFPO AP 96620", PROBE.only("Ship to USS Nimitz\nFPO AP 96620\n").text());
    PROBE.none("USS Nimitz was in port");
  }

  @Test
  void numbersBeforeCapitalisedWordsWithoutAStreetSuffixAreNotAddresses() {
    PROBE.none("There are 5 Main points to discuss.");
    PROBE.none("She bought 20 Apple Watch Series bands.");
    PROBE.none("Meeting on 12 March 2024 at Head Office.");
    PROBE.none("Chapter 3 Court Cases in Review");
    PROBE.none("Buy 2 Way Adapters now");
    PROBE.none("Call 555-0100 Sales Team");
  }

  @Test
  void aHouseNumberMustStandAlone() {
    PROBE.none("Order 1234567 Main Street Deli");
    PROBE.none("Model X5 Drive");
  }

  @Test
  void findsTheContinentalFormWithTheNumberAfterTheName() {
    assertEquals("Hauptstraße 5, Berlin, Germany",
        PROBE.only("Bitte an Hauptstraße 5, Berlin, Germany senden").text());
    assertEquals("Mannerheimintie 12", PROBE.only("Office: Mannerheimintie 12").text());
    assertEquals("Via Franscini 71", PROBE.only("Sophie lives at Via Franscini 71").text());
    assertEquals("Erzsébet tér 19.", PROBE.only("The office is at Erzsébet tér 19.").text());
  }

  @Test
  void anApartmentOrSuiteAfterANameAndNumberMakesItAStreet() {
    Finding f = PROBE.only("William Hughes\nAllika 46\n Suite 501\n Riisa\n\n Estonia 62488\n");
    assertEquals("Allika 46\n Suite 501\n Riisa\n\n Estonia 62488", f.text());
    assertEquals("Allika 46, Suite 501, Riisa, Estonia 62488", f.normalized());
  }

  @Test
  void namesWithoutAStreetEndingOrUnitBeforeANumberAreNot() {
    PROBE.none("Windows 10 was released; Spring 2024 semester; Chapter 5 Unit 2 exercises");
    PROBE.none("Office 365 and Route 66 and Delegate 3 of 4");
  }

  @Test
  void readsAnAddressBlockInAQuotedMail() {
    Finding f = PROBE.only("> Jane Doe\n> 742 Evergreen Terrace\n> Springfield, IL 62704\n> \n> Thanks");
    assertEquals("742 Evergreen Terrace\n> Springfield, IL 62704", f.text());
    assertEquals("742 Evergreen Terrace, Springfield, IL 62704", f.normalized());
  }

  @Test
  void aDateAfterTheCityIsNotItsPostcode() {
    assertEquals("12 Main Street, Boston",
        PROBE.only("Delivered to 12 Main Street, Boston, 2024-01-05 at noon").text());
  }

  @Test
  void addressWordsNearbyRaiseTheConfidence() {
    DetectorSet set = DetectorSet.standard().only(Set.of(EnglishAddressDetector.NAME));
    double alone = set.detect("We met near Hauptstraße 5 for lunch").get(0).confidence();
    double labelled = set.detect("Mailing address: Hauptstraße 5").get(0).confidence();
    assertEquals(0.5, alone, 1e-9);
    assertEquals(0.75, labelled, 1e-9);
    assertEquals(1, set.detect("Ship to 10 Downing Street").size());
  }

  @Test
  void aUnitBeforeTheStreetBelongsToTheAddress() {
    Finding f = PROBE.only("Please write to Flat 3, 12 Baker Street, London NW1 6XE today");
    assertEquals("Flat 3, 12 Baker Street, London NW1 6XE", f.text());
    assertEquals("Flat 3, 12 Baker Street, London NW1 6XE", f.normalized());
    Finding suite = PROBE.only("Mrs. Alcaraz, Ste. 541, 6343 Main Street");
    assertEquals("Ste. 541, 6343 Main Street", suite.text());
    assertEquals("Suite 541, 6343 Main Street", suite.normalized());
    assertEquals("12 Main Street", PROBE.only("Chapter 3: 12 Main Street").text());
  }
}
