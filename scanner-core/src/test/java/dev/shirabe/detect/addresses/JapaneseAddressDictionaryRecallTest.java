package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every municipality and ward of the dictionary, written in an address with and without its
 * prefecture, is found whole. Kuromoji often reads the municipality's suffix together with the
 * head of the district after it as one word ("北竜町東町" as 北竜|町東|町, "函館市田町" as
 * 函館|市田|町, "六ヶ所村本町" as 六|ヶ所|村本|町), and the prefecture's or the county's last char
 * with the town's first ("北海道大|樹町", "中新川|郡上|市町"): the detector must read through
 * that and still refuse "東京都民" or "大阪市立" as places.
 */
class JapaneseAddressDictionaryRecallTest {

  private static final JapaneseAddressDetector DETECTOR = new JapaneseAddressDetector();

  private static final List<String> DISTRICTS = List.of("本町", "中央", "桜木町", "大字山田");

  /**
   * Districts named with 町 that Kuromoji glues to the suffix of the municipality before them
   * (町東, 市田, 村西, 町中 are words it knows), and two it does not.
   */
  private static final List<String> TOWN_DISTRICTS =
      List.of("東町", "西町", "田町", "新町", "中町", "本町");

  /** Any county: the dictionary lists none, and Kuromoji reads most as 郡 glued to a name. */
  private static final String COUNTY = "雨竜郡";

  @Test
  void findsAnAddressInEveryMunicipality() {
    List<String> missedWith = new ArrayList<>();
    List<String> missedWithout = new ArrayList<>();
    int addresses = 0;
    for (Place place : places()) {
      for (String district : DISTRICTS) {
        addresses++;
        String address = place.name() + district + "1-2-3";
        if (!foundWhole(place.prefecture() + address)) {
          missedWith.add(place.prefecture() + address);
        }
        if (!foundWhole(address)) {
          missedWithout.add(address);
        }
      }
    }
    assertTrue(addresses > 7000, "the dictionary was read");
    assertEquals(List.of(), missedWith);
    assertEquals(List.of(), missedWithout);
  }

  /**
   * A district named with 町 right after every town (町), village (村), city (市) and ward (区)
   * of the dictionary, those with 町 inside their names too (町田市, 十日町市, 大町町): with the
   * prefecture, with the prefecture and a county, and without either; down to the house or to
   * the chōme only.
   */
  @Test
  void findsADistrictNamedWith町AfterEveryMunicipality() {
    List<String> missed = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int addresses = 0;
    for (Place place : places()) {
      names.add(place.name());
      boolean townOrVillage = place.name().endsWith("町") || place.name().endsWith("村");
      for (String district : TOWN_DISTRICTS) {
        List<String> forms = new ArrayList<>(List.of(
            place.prefecture() + place.name() + district + "1-2-3",
            place.name() + district + "1-2-3",
            place.name() + district + "三丁目",
            place.prefecture() + place.name() + district + "四丁目5番6号"));
        if (townOrVillage) {
          forms.add(place.prefecture() + COUNTY + place.name() + district + "1-2-3");
        }
        for (String address : forms) {
          addresses++;
          if (!foundWhole(address)) {
            missed.add(address);
          }
        }
      }
    }
    assertTrue(names.containsAll(List.of("町田市", "十日町市", "大町市", "大町町", "北竜町", "菊陽町")),
        "the dictionary was read");
    assertTrue(addresses > 40_000, "every municipality was tried: " + addresses);
    assertEquals(List.of(), missed);
  }

  /** A municipality as an address names it: a designated city with its ward. */
  private record Place(String prefecture, String name) {}

  /** Every municipality of the dictionary but the designated cities, which have their wards. */
  private static List<Place> places() {
    List<String[]> rows = new ArrayList<>();
    Set<String> designatedCities = new HashSet<>();
    for (String row : WordList.load("places/municipalities.tsv")) {
      String[] cells = (row + "\t\t").split("\t", -1);
      rows.add(cells);
      if (!cells[3].isEmpty()) {
        designatedCities.add(cells[1] + cells[2]);
      }
    }
    List<Place> places = new ArrayList<>();
    for (String[] cells : rows) {
      boolean cityWithWards = cells[3].isEmpty() && designatedCities.contains(cells[1] + cells[2]);
      if (!cells[2].isEmpty() && !cityWithWards) {
        places.add(new Place(cells[1], cells[2] + cells[3]));
      }
    }
    return places;
  }

  /** The address, in a sentence, is the one finding, from its first char to its last. */
  private static boolean foundWhole(String address) {
    List<Finding> found = DETECTOR.detect(new DetectionText("住所は" + address + "です。"));
    return found.size() == 1 && found.get(0).text().equals(address);
  }
}
