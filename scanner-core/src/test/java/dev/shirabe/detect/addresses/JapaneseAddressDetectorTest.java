package dev.shirabe.detect.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseAddressDetectorTest {

  private static final JapaneseAddressDetector DETECTOR = new JapaneseAddressDetector();
  private static final DetectorProbe PROBE = new DetectorProbe(DETECTOR, FindingType.ADDRESS);
  private static final DetectorSet WITH_CONTEXT = new DetectorSet(List.of(DETECTOR));

  /** The one address in the text, checked to be the text between its offsets. */
  @Test
  void findsAFullAddressAndSplitsItsParts() {
    Finding f = PROBE.only("送付先：〒100-0005 東京都千代田区丸の内9-9-9 丸の内ビルディング12階 宛");
    assertEquals("〒100-0005 東京都千代田区丸の内9-9-9 丸の内ビルディング12階", f.text());
    assertEquals("東京都|千代田区|丸の内|9-9-9|丸の内ビルディング12階|〒100-0005", f.normalized());
    assertTrue(f.confidence() >= 0.9, "prefecture, municipality, numbers and a postal code");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "東京都千代田区丸の内1-2-3",
        "東京都千代田区丸の内１－２－３", // full-width digits and hyphen-minus
        "東京都千代田区丸の内１−２−３", // minus sign
        "東京都千代田区丸の内1‐2‐3", // hyphen
        "東京都千代田区丸の内１ー２ー３", // prolonged sound mark between digits
        "東京都千代田区丸の内一丁目2番3号", // kanji chōme, digits after
        "東京都千代田区丸の内一丁目二番三号", // all kanji
        "東京都千代田区丸の内１丁目２番３号",
        "東京都千代田区丸の内1丁目2-3",
        "東京都千代田区丸の内1丁目2番地3",
        "東京都千代田区丸の内1丁目2番地の3",
        "東京都　千代田区　丸の内　1-2-3" // ideographic spaces between the parts
      })
  void writesEveryFormOfTheNumbersAlike(String address) {
    Finding f = PROBE.only(address);
    assertEquals(address, f.text());
    assertEquals("東京都|千代田区|丸の内|1-2-3||", f.normalized());
  }

  @ParameterizedTest
  @CsvSource({
    "港区六本木二十三番地, 23",
    "港区六本木百五番地, 105",
    "港区六本木二〇一番地, 201",
    "港区六本木十丁目十番十号, 10-10-10",
  })
  void readsKanjiNumeralsInBothStyles(String address, String numbers) {
    assertEquals(numbers, PROBE.only("東京都" + address).normalized().split("\\|")[3]);
  }

  @Test
  void keepsNumeralsThatArePartOfPlaceNames() {
    assertEquals("東京都|千代田区|一番町|1-2||", PROBE.only("東京都千代田区一番町1-2").normalized());
    assertEquals("東京都|港区|六本木|6-10-1||", PROBE.only("東京都港区六本木六丁目10番1号").normalized());
    assertEquals("東京都|中央区|八丁堀|2-3-4||", PROBE.only("東京都中央区八丁堀2-3-4").normalized());
    assertEquals("新潟県|十日町市|本町|1-2||", PROBE.only("新潟県十日町市本町1-2").normalized());
    // Hokkaido's grid districts count 条 (in kanji or digits); Iwate's count 地割.
    assertEquals("北海道|札幌市中央区|北一条西|9-9-9||", PROBE.only("北海道札幌市中央区北一条西9-9-9").normalized());
    assertEquals("北海道|札幌市中央区|北1条西|2-1||", PROBE.only("北海道札幌市中央区北1条西2丁目1番地").normalized());
    assertEquals("岩手県|矢巾町|南矢幅第6地割|100||", PROBE.only("岩手県紫波郡矢巾町大字南矢幅第6地割100番地").normalized());
  }

  @ParameterizedTest
  @CsvSource({
    "'〒100-0001 東京都千代田区千代田1-1', 〒100-0001",
    "'〒1000001東京都千代田区千代田1-1', 〒100-0001",
    "'〒 100-0001　東京都千代田区千代田1-1', 〒100-0001",
    "'100-0001 東京都千代田区千代田1-1', 〒100-0001",
  })
  void takesThePostalCodeBeforeTheAddressIn(String text, String code) {
    Finding f = PROBE.only(text);
    assertEquals(0, f.start(), "the postal code is part of the span");
    assertTrue(f.normalized().endsWith("|" + code), f.normalized());
  }

  @Test
  void leavesOutNumbersBeforeTheAddressThatAreNoPostalCode() {
    // Seven bare digits could be anything; a phone number's tail is not a postal code.
    assertEquals("東京都千代田区千代田1-1", PROBE.only("1000001 東京都千代田区千代田1-1").text());
    assertEquals("東京都千代田区千代田1-1", PROBE.only("TEL 045-555-0211 東京都千代田区千代田1-1").text());
  }

  @Test
  void startsAtAMunicipalityAndInfersAnUnambiguousPrefecture() {
    assertEquals("神奈川県|横浜市中区|山下町|1-2||", PROBE.only("横浜市中区山下町1-2").normalized());
    assertEquals("大阪府|大阪市北区|梅田|9-9-9||", PROBE.only("本社　大阪市北区梅田9-9-9").normalized());
    // 府中市 is in 東京都 and 広島県; 北区 is 東京都's and a ward of several cities.
    assertEquals("|府中市|宮西町|2-24||", PROBE.only("府中市宮西町2-24").normalized());
    assertEquals("|北区|梅田|9-9-9||", PROBE.only("北区梅田9-9-9").normalized());
  }

  @Test
  void aMunicipalityWithoutAPrefectureReadsLessCertain() {
    double withPrefecture = PROBE.only("東京都千代田区丸の内1-2-3").confidence();
    double without = PROBE.only("千代田区丸の内1-2-3").confidence();
    assertTrue(without < withPrefecture);
    assertTrue(without >= DetectorSet.MIN_CONFIDENCE);
  }

  @Test
  void readsCountiesAndTheWardsOfDesignatedCities() {
    Finding county = PROBE.only("北海道上川郡東神楽町ひじり野北1条西3丁目2番地");
    assertEquals("北海道|東神楽町|ひじり野北1条西|3-2||", county.normalized());
    Finding countyFirst = PROBE.only("住所 上川郡東神楽町ひじり野1-2");
    assertEquals("上川郡東神楽町ひじり野1-2", countyFirst.text());
    assertEquals("北海道|東神楽町|ひじり野|1-2||", countyFirst.normalized());
    assertEquals("埼玉県|さいたま市大宮区|桜木町|9-9-9||", PROBE.only("埼玉県さいたま市大宮区桜木町9-9-9").normalized());
    assertEquals("大阪府|堺市堺区|南瓦町|3-1||", PROBE.only("大阪府堺市堺区南瓦町3番1号").normalized());
    // The list writes 保土ケ谷区; the small ヶ is read alike, the official name is kept.
    assertEquals("神奈川県|横浜市保土ケ谷区|岩間町|1-7-15||", PROBE.only("横浜市保土ヶ谷区岩間町1-7-15").normalized());
  }

  @Test
  void acceptsAPrefectureWithAMunicipalityTheListLacks() {
    // 浦和市 merged into さいたま市 in 2001; old records still carry it.
    Finding f = PROBE.only("埼玉県浦和市常盤9-9-9");
    assertEquals("埼玉県|浦和市|常盤|9-9-9||", f.normalized());
    assertTrue(f.confidence() < PROBE.only("埼玉県さいたま市浦和区常盤9-9-9").confidence());
  }

  @Test
  void readsKyotoStreetAddressesAndRuralLotNumbers() {
    assertEquals("京都府|京都市中京区|烏丸通蛸薬師西入ル橋弁慶町|123||",
        PROBE.only("京都市中京区烏丸通蛸薬師西入ル橋弁慶町123").normalized());
    assertEquals("京都府|京都市中京区|三条通|9-9-9||", PROBE.only("京都府京都市中京区三条通9-9-9").normalized());
    Finding lot = PROBE.only("沖縄県島尻郡与那原町字与那原1234");
    assertEquals("沖縄県|与那原町|与那原|1234||", lot.normalized());
    assertTrue(lot.confidence() < PROBE.only("沖縄県島尻郡与那原町字与那原1234番地").confidence(),
        "one bare number is weaker than one with its counter");
  }

  @ParameterizedTest
  @CsvSource({
    "'東京都世田谷区桜新町9丁目9番9号 サクラハイツ202号室', サクラハイツ202号室",
    "'東京都千代田区神田錦町9-9-9 ひかりビル3F', ひかりビル3F",
    "'東京都港区芝公園9-9-9 あおば芝公園ビル 8階 大会議室', あおば芝公園ビル8階",
    "'大阪府大阪市北区梅田9-9-9 梅田ﾒﾃﾞｨｶﾙﾋﾞﾙ7F', 梅田メディカルビル7F",
    "'千葉県市川市八幡2-3-4 コーポ山田 101', コーポ山田101",
    "'東京都渋谷区渋谷1-2-3 コスモ渋谷305号室', コスモ渋谷305号室",
    "'東京都渋谷区渋谷1-2-3 #201', #201",
    "'東京都渋谷区渋谷1-2-3 1階', 1階",
    "'東京都渋谷区渋谷9-9-9-405', ''",
    "'東京都文京区本郷二丁目40番14号山崎ビル401号室に事務局を置く', 山崎ビル401号室",
  })
  void takesTheBuildingAndRoom(String text, String building) {
    String[] parts = PROBE.only(text).normalized().split("\\|", -1);
    assertEquals(building, parts[4]);
  }

  @Test
  void keepsARoomWrittenInTheChainWithTheNumbers() {
    assertEquals("9-9-9-405", PROBE.only("東京都渋谷区渋谷9-9-9-405").normalized().split("\\|")[3]);
    assertEquals("9-9-9-1203",
        PROBE.only("神奈川県横浜市西区みなとみらい九丁目9番9-1203号").normalized().split("\\|")[3]);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "東京都港区芝公園9-9-9にある本社ビル", // prose after the numbers
        "東京都港区芝公園9-9-9\n株式会社ひかり", // the next line is something else
        "東京都港区芝公園9-9-9\nあおばビル5F 受付", // a building, but not alone on its line
        "東京都港区芝公園9-9-9 電話 03-5555-0100",
      })
  void takesNoBuildingWhereNoneIs(String text) {
    assertEquals("東京都港区芝公園9-9-9", PROBE.only(text).text());
  }

  @Test
  void joinsAnAddressSplitOverLines() {
    Finding card = PROBE.only("〒100-0005\n東京都千代田区丸の内9-9-9\n丸の内ビルディング12階\nTEL 03-5555-0100");
    assertEquals("〒100-0005\n東京都千代田区丸の内9-9-9\n丸の内ビルディング12階", card.text());
    assertEquals("東京都|千代田区|丸の内|9-9-9|丸の内ビルディング12階|〒100-0005", card.normalized());
    Finding form = PROBE.only("住所：神奈川県横浜市西区\r\n　みなとみらい9-9-9");
    assertEquals("神奈川県|横浜市西区|みなとみらい|9-9-9||", form.normalized());
    // PDF text has a blank line after every line.
    Finding pdf = PROBE.only("〒220-0012\n\n神奈川県横浜市西区みなとみらい九丁目9番9号");
    assertEquals(0, pdf.start());
    // Two blank lines part two paragraphs.
    assertEquals("東京都千代田区千代田1-1", PROBE.only("〒100-0001\n\n\n東京都千代田区千代田1-1").text());
  }

  @Test
  void findsEachAddressOfATableRow() {
    String row = "A-0312,森田 修一,1961/04/18,静岡県静岡市葵区追手町9-9-9,090-5555-0701,\n"
        + "A-0644,近藤 涼,1988/08/08,東京都練馬区練馬9-9-9,０８０－５５５５－０７０３,\n";
    List<Finding> findings = PROBE.detect(row);
    assertEquals(List.of("静岡県静岡市葵区追手町9-9-9", "東京都練馬区練馬9-9-9"),
        findings.stream().map(Finding::text).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "東京都の会社に勤めています",
        "大阪市が発表した",
        "東京都千代田区に本社を置く",
        "千代田区丸の内にある",
        "東京都民銀行の本店は1-2", // a name inside a longer word
        "大阪市立大学3-1で勝利",
        "札幌電機株式会社",
        "横浜市場1-2",
        "東京都千代田区丸の内 2024-01-15", // a date
        "大阪市北区梅田で2020年に",
        "東京都千代田区丸の内 1,234円", // an amount
        "千代田区丸の内3年",
        "東京都千代田区千代田1.5km",
        "東京都千代田区丸の内 03-1234-5678", // a phone number
        "大阪市 3-1", // a score
        "東京都千代田区 2-3",
        "国道1号線沿いの横浜市中区山下町",
        "横浜市中区山下町3号棟",
        "東京都千代田区丸の内1番目",
        "東京都千代田区千代田1-1-1-1-1-1",
        "東京都出身。1-2で勝利" // particles end the district
      })
  void findsNoAddressInPlaceNamesWithoutBlockNumbers(String text) {
    PROBE.none(text);
  }

  @Test
  void anAddressDownToItsChomeNeedsContext() {
    String prose = "アリオは、東京都足立区西新井栄町一丁目に立地する商業施設である。";
    Finding area = PROBE.only(prose);
    assertEquals("東京都|足立区|西新井栄町|1||", area.normalized());
    assertTrue(area.confidence() < DetectorSet.MIN_CONFIDENCE);
    assertTrue(WITH_CONTEXT.detect(prose).isEmpty());
    List<Finding> labelled = WITH_CONTEXT.detect("現住所：東京都足立区西新井栄町一丁目");
    assertEquals(1, labelled.size());
    assertTrue(labelled.get(0).confidence() >= DetectorSet.MIN_CONFIDENCE);
  }

  @Test
  void contextWordsWeighTheFinding() {
    double plain = WITH_CONTEXT.detect("東京都港区六本木1-2").get(0).confidence();
    double labelled = WITH_CONTEXT.detect("住所 東京都港区六本木1-2").get(0).confidence();
    double opposed = WITH_CONTEXT.detect("東京都港区六本木1-2付近で事故").get(0).confidence();
    assertTrue(labelled > plain, labelled + " > " + plain);
    assertTrue(opposed < plain, opposed + " < " + plain);
  }

  /**
   * A district named with 町 after a town (町): Kuromoji reads 北竜|町東|町 and 菊陽|町東|町; a
   * county whose 郡 it glues to the town (中新川|郡上|市町); a prefecture it glues to the town
   * (北海道大|樹町).
   */
  @ParameterizedTest
  @CsvSource({
    "北海道雨竜郡北竜町東町1-2-3, 北海道|北竜町|東町|1-2-3||",
    "北竜町東町1-2-3, 北海道|北竜町|東町|1-2-3||",
    "熊本県菊池郡菊陽町東町四丁目5番6号, 熊本県|菊陽町|東町|4-5-6||",
    "富山県中新川郡上市町西町1-2, 富山県|上市町|西町|1-2||",
    "兵庫県赤穂郡上郡町田町3番地, 兵庫県|上郡町|田町|3||",
    "北海道大樹町東町1-2-3, 北海道|大樹町|東町|1-2-3||",
    "北海道函館市田町1-2-3, 北海道|函館市|田町|1-2-3||",
    "佐賀県杵島郡大町町大字大町1-2, 佐賀県|大町町|大町|1-2||",
  })
  void findsADistrictNamedWith町AfterATown(String address, String normalized) {
    Finding f = PROBE.only("住所は" + address + "です。");
    assertEquals(address, f.text());
    assertEquals(normalized, f.normalized());
  }

  @Test
  void findsATownDistrictDownToItsChomeUnderALabel() {
    List<Finding> found = WITH_CONTEXT.detect("住所：熊本県菊池郡菊陽町東町四丁目");
    assertEquals(List.of("熊本県菊池郡菊陽町東町四丁目"), found.stream().map(Finding::text).toList());
  }

  @Test
  void writesDistrictsInOneForm() {
    assertEquals("東京都|町田市|桜ヶ丘|1-2||", PROBE.only("東京都町田市桜ケ丘1-2").normalized());
    assertEquals("北海道|倶知安町|山田|1-2||", PROBE.only("北海道虻田郡倶知安町字山田1-2").normalized());
  }

  @Test
  void findsSeveralAddressesInOneText() {
    String text = "本社：〒105-0011 東京都港区芝公園9-9-9 あおば芝公園ビル5F\n"
        + "大阪支店：〒530-0001 大阪府大阪市北区梅田9-9-9 梅田第一ビル10F\n"
        + "名古屋営業所：〒450-0002 愛知県名古屋市中村区名駅9-9-9";
    List<String> postalCodes = PROBE.detect(text).stream()
        .map(f -> f.normalized().substring(f.normalized().lastIndexOf('|') + 1))
        .toList();
    assertEquals(List.of("〒105-0011", "〒530-0001", "〒450-0002"), postalCodes);
  }

  @Test
  void isOneOfTheStandardDetectors() {
    assertTrue(DetectorSet.standard().detectors().stream()
        .anyMatch(d -> d.name().equals(JapaneseAddressDetector.NAME)));
  }
}
