package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.detect.addresses.Municipalities.Municipality;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MunicipalitiesTest {

  private static final Municipalities PLACES = Municipalities.standard();

  @Test
  void findsPrefecturesAndMunicipalitiesAtAnOffset() {
    String text = "本社は神奈川県横浜市中区です";
    assertEquals("神奈川県", PLACES.prefectureAt(text, 3).value());
    assertEquals(7, PLACES.prefectureAt(text, 3).end());
    assertNull(PLACES.prefectureAt(text, 4));
    PlaceTrie.Match<List<Municipality>> city = PLACES.municipalityAt(text, 7);
    assertEquals(10, city.end());
    Municipality yokohama = city.value().get(0);
    assertEquals("神奈川県", yokohama.prefecture());
    assertEquals(18, yokohama.wards().size());
    assertEquals("中区", Municipalities.wardAt(yokohama, text, 10));
  }

  @Test
  void readsTheSmallAndFullSizeKeAlike() {
    // The list writes 茅ヶ崎市 and 保土ケ谷区; people write either.
    assertEquals("茅ヶ崎市", PLACES.municipalityAt("茅ケ崎市", 0).value().get(0).name());
    Municipality yokohama = PLACES.municipalityAt("横浜市", 0).value().get(0);
    assertEquals("保土ケ谷区", Municipalities.wardAt(yokohama, "保土ヶ谷区", 0));
  }

  @Test
  void infersThePrefectureOnlyOfANameThatStandsForOnePlace() {
    assertEquals("神奈川県", PLACES.prefectureOf("横浜市"));
    assertEquals("北海道", PLACES.prefectureOf("東神楽町"));
    assertNull(PLACES.prefectureOf("府中市"), "東京都 and 広島県");
    assertNull(PLACES.prefectureOf("北区"), "東京都, and a ward of several cities");
    assertNull(PLACES.prefectureOf("中央区"));
  }

  @Test
  void everyPrefectureIsListed() {
    for (String name : List.of("北海道", "東京都", "京都府", "大阪府", "沖縄県", "鹿児島県")) {
      assertEquals(name, PLACES.prefectureAt(name, 0).value());
    }
    assertFalse(PLACES.canStart('a'));
    assertTrue(PLACES.canStart('東'));
  }

  @Test
  void checksTheCheckDigitsOfLocalGovernmentCodes() {
    assertTrue(MunicipalityListGenerator.hasValidCheckDigit("131016")); // 千代田区
    assertTrue(MunicipalityListGenerator.hasValidCheckDigit("011002")); // 札幌市
    assertFalse(MunicipalityListGenerator.hasValidCheckDigit("131017"));
    assertFalse(MunicipalityListGenerator.hasValidCheckDigit("13101"));
    List<String> bad = List.of("code\tprefecture\tmunicipality\tward\treading", "131017\t東京都\t\t\t");
    assertThrows(IllegalArgumentException.class, () -> MunicipalityListGenerator.generate(bad));
  }

  @Test
  void theCommittedDictionaryIsWhatTheGeneratorMakesOfTheSharedList() throws Exception {
    String shared = System.getProperty("shirabe.shared");
    assumeTrue(shared != null, "shirabe.shared not set");
    Path source = Path.of(shared, "data", "jp-municipalities.tsv");
    assumeTrue(Files.isRegularFile(source), "no " + source);
    Path root = Path.of(System.getProperty("shirabe.root", ".."));
    Path committed = root.resolve(
        "dictionaries/src/main/resources/dev/shirabe/dictionaries/places/municipalities.tsv");
    assertEquals(
        MunicipalityListGenerator.generate(Files.readAllLines(source, StandardCharsets.UTF_8)),
        Files.readString(committed, StandardCharsets.UTF_8));
  }
}
