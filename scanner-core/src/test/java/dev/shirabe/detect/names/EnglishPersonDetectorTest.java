package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishPersonDetectorTest {

  private final EnglishPersonDetector detector = new EnglishPersonDetector();
  private final DetectorProbe probe = new DetectorProbe(detector, FindingType.PERSON);

  private List<String> names(String text) {
    return probe.detect(text).stream().map(Finding::text).toList();
  }

  @Test
  void functionWordsAtASentencesStartAreNeverNames() {
    EnglishNameEvidence evidence = new EnglishNameEvidence();
    for (String word : List.of("But", "It", "Apparently", "Could", "Aw", "OMG")) {
      assertTrue(evidence.isNeverName(word), word);
    }
    assertFalse(evidence.isNeverName("Dave"));
    assertFalse(evidence.isNeverName("Will"));
  }

  @Test
  void theVerbOpeningANoteIsNoPartOfTheNameAfterIt() {
    // "Call" was found as a name, alone and as "Call Oliver" (a table cell of notes).
    for (String note : List.of("Call back Oliver tomorrow about the invoice.",
        "Call Oliver on Monday.", "Remind Oliver Bennett of the deadline.")) {
      List<String> found = names(note);
      assertTrue(found.stream().allMatch(n -> n.startsWith("Oliver")), () -> note + " " + found);
    }
  }

  @Test
  void aNameInASentenceIsFoundWithTheModel() {
    Finding f = probe.only("Please contact Emily Carter about the renewal of the contract.");
    assertEquals("Emily Carter", f.text());
    assertEquals("emily carter", f.normalized());
    assertEquals(EnglishPersonDetector.NAME, f.detector());
  }

  @Test
  void titlesAndSalutationsStayOutOfTheSpanAndRaiseConfidence() {
    Finding titled = probe.only("Dear Ms. Carter,");
    assertEquals("Carter", titled.text());
    assertEquals("carter", titled.normalized());
    assertTrue(titled.confidence() >= EnglishPersonDetector.EVIDENCED, titled::toString);
    assertEquals("Oliver Bennett", probe.only("Mr. Oliver Bennett will attend.").text());
  }

  @Test
  void labelsHeadingTheirLineMarkAName() {
    Finding labelled = probe.only("Name: Hinata Ogawa");
    assertEquals("Hinata Ogawa", labelled.text());
    assertTrue(labelled.confidence() >= EnglishPersonDetector.EVIDENCED, labelled::toString);
    assertEquals(List.of("Ichiro Aoba"), names("Attn: Ichiro Aoba"));
  }

  @Test
  void aMailHeadersDisplayNameIsAName() {
    List<Finding> found = probe.detect(
        "From: Emily Carter <emily.carter@example.com>\nTo: \"Bennett, Oliver\" <oliver@example.com>");
    assertEquals(List.of("Emily Carter", "Bennett, Oliver"), found.stream().map(Finding::text).toList());
    assertEquals("oliver bennett", found.get(1).normalized());
  }

  @Test
  void theFirstLineOfASignatureBlockIsAName() {
    Finding f = probe.detect("Please find the file attached.\n\nBest regards,\n\nZelda Quist\nProcurement\n")
        .stream().filter(x -> x.text().equals("Zelda Quist")).findFirst().orElseThrow();
    assertTrue(f.confidence() >= EnglishPersonDetector.EVIDENCED, f::toString);
    // The closing in capitals, indented, with white space around its comma and blank lines after.
    Finding g = probe.detect("Please find the file attached.\n\n  BEST REGARDS ,\t\n \n\n  Zelda Quist\n")
        .stream().filter(x -> x.text().equals("Zelda Quist")).findFirst().orElseThrow();
    assertTrue(g.confidence() >= EnglishPersonDetector.EVIDENCED, g::toString);
  }

  @Test
  void normalizedIsGivenNameThenFamilyName() {
    assertEquals("taro yamada", probe.only("Name: YAMADA Taro").normalized());
    assertEquals("taro yamada", probe.only("Name: Taro Yamada").normalized());
    assertEquals("taro yamada", probe.only("Name: Yamada, Taro").normalized());
  }

  @Test
  void companiesStreetsMonthsAndHeadingsAreNoPersons() {
    probe.none("Hartley Holdings Inc. announced its results.");
    probe.none("Our office is at 12 Morgan Street, Boston.");
    probe.none("The meeting is on Monday, March 3.");
    probe.none("TERMS AND CONDITIONS\nCONFIDENTIAL");
    probe.none("Agreement No. HA-2024-0042");
    probe.none("Dear Sir or Madam,");
  }

  @Test
  void theOtherNamesOfAListWithAFoundNameAreNames() {
    List<String> found = names("The meeting was attended by Emily Carter, Becker and Vasquez.");
    assertTrue(found.containsAll(List.of("Emily Carter", "Becker", "Vasquez")), found::toString);
    // A company's word after the list makes the list one company's name.
    assertTrue(names("She joined Clark, Romero and Hall Associates last year.").stream()
        .noneMatch(n -> n.equals("Romero")));
  }

  @Test
  void jobTitlesContractionsAndArticlesAreNoNames() {
    assertEquals(List.of("Kenichi Sato"), names("Attention: Kenichi Sato, Sales Manager"));
    assertTrue(names("Hi Freddy, I'm writing about my order.").stream().noneMatch(n -> n.startsWith("I")));
  }

  @Test
  void aColumnHeadedByANameLabelIsEvidence() {
    Finding f = probe.detect("\tName\tCity\n\tHinata Ogawa\tOsaka\n\tMei Tanaka\tKyoto\n").stream()
        .filter(x -> x.text().equals("Hinata Ogawa")).findFirst().orElseThrow();
    assertTrue(f.confidence() >= EnglishPersonDetector.EVIDENCED, f::toString);
  }

  @Test
  void aJapaneseCompanyWordBesideTheNameMakesItACompany() {
    assertTrue(names("Carter株式会社 sales").isEmpty());
  }

  @Test
  void japaneseTextIsNotRead() {
    probe.none("山田太郎様\nいつもお世話になっております。");
  }
}
