package dev.shirabe.detect.addresses;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.addresses.AddressNumbers.Block;
import dev.shirabe.detect.addresses.AddressNumbers.Strength;
import dev.shirabe.detect.addresses.Municipalities.Municipality;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.JapaneseTokenIndex;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds Japanese postal addresses: prefecture (都道府県), municipality (市区町村; a town after its
 * county, 郡; a designated city with its ward, 横浜市中区), district (町名, 大字, 字), block numbers
 * (丁目, 番, 番地, 号 or "1-2-3", in digits, full-width digits or kanji numerals), and the building
 * and room after them ({@link AddressBuilding}). A postal code written before it ("〒100-0001",
 * "〒1000001", or "100-0001" right before the prefecture) belongs to it. Its parts may be
 * spread over two lines, as on business cards and forms: the postal code above the address,
 * the street below the prefecture and city, the building below the street.
 *
 * <p>The text is read once: at each char that can start a prefecture's or a municipality's name,
 * a trie ({@link Municipalities}, from the local-government code list) says in a few steps
 * whether one does. Only then are Kuromoji's morphemes consulted, so that a name counts only
 * as a whole word ("東京都" is not in "東京都民", "大阪市" not in "大阪市立大学") and the
 * district ends where the nouns end ("東京都千代田区に本社を置く" has none).
 *
 * <p>A place name is not an address: block numbers must follow the district ("東京都の会社",
 * "大阪市が発表", "千代田区丸の内にある" yield nothing), and they must have the shape of block
 * numbers ({@link AddressNumbers}: no dates, amounts or phone numbers). An address may start at
 * its municipality ("横浜市中区山下町1-2"), but then needs a district. An address that stops at
 * its chōme ("西新井栄町一丁目") names an area: it is reported only when its context supports
 * it ("住所", …; {@code context/address.txt}).
 *
 * <p>{@code normalized} is six fields joined by "|": prefecture (inferred from the municipality
 * when not written and only one prefecture has it), municipality (its official spelling, a
 * designated city with its ward: "横浜市中区"; no county), district (without 大字 or 字, ケ
 * between kanji as ヶ), block numbers ("1-2-3"), building and room (NFKC, without spaces), postal
 * code ("〒100-0001"); a missing part is empty: "東京都|千代田区|丸の内|1-2-3|丸の内ビル3F|〒100-0001".
 */
public final class JapaneseAddressDetector implements Detector {

  public static final String NAME = "ja-address";

  // Confidence by what the address is made of.
  /** A prefecture and one of its listed municipalities. */
  private static final double LISTED = 0.85;
  /** A listed municipality, without a prefecture before it. */
  private static final double WITHOUT_PREFECTURE = 0.7;
  /** A prefecture and a municipality the list lacks (an old name, a misspelling). */
  private static final double UNLISTED = 0.65;
  /** Less for one bare number, which may be something else than a lot number. */
  private static final double SINGLE_NUMBER_PENALTY = 0.15;
  /** More for a postal code before it. */
  private static final double POSTAL_CODE_BONUS = 0.1;
  /** An address down to its chōme only: below the reporting threshold unless context helps. */
  private static final double CHOME_ONLY = 0.3;
  private static final double MAX_CONFIDENCE = 0.95;

  /** Longer than any district name, Kyoto's "烏丸通蛸薬師西入ル橋弁慶町" included. */
  private static final int MAX_DISTRICT = 24;

  /** The longest name of a municipality the list lacks, its suffix not counted. */
  private static final int MAX_UNLISTED_NAME = 5;

  /** The longest name of a county, 郡 not counted ("中新川", "西津軽"). */
  private static final int MAX_COUNTY_NAME = 5;

  /**
   * Kyoto's addresses name a crossing and a direction from it ("烏丸通三条上る"): the only
   * verbs a district holds.
   */
  private static final Set<String> KYOTO_DIRECTIONS = Set.of("上る", "下る", "入る", "上ル", "下ル", "入ル");

  private final Municipalities places;
  private final AddressBuilding buildings;

  public JapaneseAddressDetector() {
    this.places = Municipalities.standard();
    this.buildings = new AddressBuilding(WordList.load("places/building-words.txt"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    Reading reading = new Reading(text);
    String folded = text.folded();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      if (places.canStart(folded.charAt(i))) {
        Address address = reading.addressAt(i);
        if (address != null) {
          findings.add(address.finding(text));
          reading.floor = address.end();
          i = address.end() - 1;
        }
      }
    }
    return findings;
  }

  /** A municipality as read: its name (a designated city with its ward), where it ends. */
  private record Place(String name, int end, boolean listed) {}

  private record PostalCode(int start, String code) {}

  /** An address found, its parts normalised. */
  private record Address(
      int start,
      int end,
      String prefecture,
      String municipality,
      String district,
      String numbers,
      String building,
      String postalCode,
      double confidence) {

    Finding finding(DetectionText text) {
      String normalized =
          String.join("|", prefecture, municipality, district, numbers, building, postalCode);
      return text.finding(FindingType.ADDRESS, null, start, end, normalized, confidence, NAME);
    }
  }

  /** One text being read; its morphemes fetched on the first place name found. */
  private final class Reading {
    private final DetectionText text;
    private final String f;
    private JapaneseTokenIndex tokens;
    /** Where the last address ended: a postal code is not looked for before it. */
    private int floor;

    Reading(DetectionText text) {
      this.text = text;
      this.f = text.folded();
    }

    private JapaneseTokenIndex tokens() {
      if (tokens == null) {
        tokens = new JapaneseTokenIndex(text.japaneseTokens());
      }
      return tokens;
    }

    Address addressAt(int i) {
      Address address = afterPrefecture(i);
      return address != null ? address : fromMunicipality(i);
    }

    private Address afterPrefecture(int i) {
      PlaceTrie.Match<String> prefecture = places.prefectureAt(f, i);
      if (prefecture == null || !startsWord(i)) {
        return null;
      }
      String name = prefecture.value();
      int at = skipGap(prefecture.end());
      Place place = listedIn(name, at);
      if (place == null) {
        place = afterCounty(name, at);
      }
      // Kuromoji may glue the prefecture's last char to the town's first ("北海道大|樹町"): a
      // town of the prefecture's own list is evidence enough, a name it lacks is not
      // ("東京都民銀行").
      if (place == null && tokens().isBoundary(prefecture.end())) {
        place = unlisted(at);
      }
      return place == null ? null : rest(i, name, place, true);
    }

    private Address fromMunicipality(int i) {
      PlaceTrie.Match<List<Municipality>> match = places.municipalityAt(f, i);
      if (match == null || !startsWord(i) || !endsPlaceName(match.end())) {
        return null;
      }
      Place place = withWard(match.value(), match.end());
      String prefecture = places.prefectureOf(match.value().get(0).name());
      return rest(countyStart(i, place), prefecture == null ? "" : prefecture, place, false);
    }

    /**
     * The listed municipality of the prefecture whose name starts at {@code at}, or null. The
     * prefecture or county written before it vouches for its start.
     */
    private Place listedIn(String prefecture, int at) {
      PlaceTrie.Match<List<Municipality>> match = places.municipalityAt(f, at);
      if (match == null || !endsPlaceName(match.end())) {
        return null;
      }
      List<Municipality> inPrefecture =
          match.value().stream().filter(m -> m.prefecture().equals(prefecture)).toList();
      return inPrefecture.isEmpty() ? null : withWard(inPrefecture, match.end());
    }

    /** The municipality, with the ward written after it when it is a designated city. */
    private Place withWard(List<Municipality> candidates, int end) {
      int at = AddressGaps.skipSpaces(f, end);
      for (Municipality city : candidates) {
        String ward = Municipalities.wardAt(city, f, at);
        if (ward != null && endsPlaceName(at + ward.length())) {
          return new Place(city.name() + ward, at + ward.length(), true);
        }
      }
      return new Place(candidates.get(0).name(), end, true);
    }

    /**
     * The listed municipality of the prefecture after a county's name ("上川郡", "中新川郡"), or
     * null. Kuromoji often reads 郡 together with the town's first char ("中新川|郡上|市町",
     * "赤穂|郡上|郡町"), so the county is read by its chars: a few kanji and 郡, followed by a
     * town of the prefecture's list.
     */
    private Place afterCounty(String prefecture, int at) {
      int limit = Math.min(f.length(), at + MAX_COUNTY_NAME + 1);
      for (int k = at + 1; k < limit && JapaneseScript.isKanji(f.charAt(k)); k++) {
        if (f.charAt(k) == '郡' && JapaneseScript.isKanji(f.charAt(at))) {
          Place place = listedIn(prefecture, AddressGaps.skipSpaces(f, k + 1));
          if (place != null) {
            return place;
          }
        }
      }
      return null;
    }

    /** Where a town's county starts, when it is written right before it; else {@code i}. */
    private int countyStart(int i, Place place) {
      boolean townOrVillage = place.name().endsWith("町") || place.name().endsWith("村");
      if (!townOrVillage || i == 0 || f.charAt(i - 1) != '郡') {
        return i;
      }
      JapaneseToken county = tokens().at(i - 1);
      if (county == null || county.end() != i || !isKanjiNoun(county)) {
        return i;
      }
      if (county.surface().length() > 1) {
        return county.start();
      }
      JapaneseToken name = county.start() > 0 ? tokens().at(county.start() - 1) : null;
      return name != null && name.end() == county.start() && isKanjiNoun(name) ? name.start() : i;
    }

    /**
     * A municipality the list lacks, after a prefecture: a noun and a place suffix 市, 区, 町
     * or 村 as Kuromoji reads them ("埼玉県浦和市", merged into さいたま市 in 2001).
     */
    private Place unlisted(int at) {
      JapaneseToken name = tokens().at(at);
      if (name == null
          || name.start() != at
          || name.surface().length() > MAX_UNLISTED_NAME
          || !name.partOfSpeech().startsWith("名詞")
          || !name.surface().chars().allMatch(c -> JapaneseScript.isJapanese((char) c))) {
        return null;
      }
      JapaneseToken suffix = tokens().next(name);
      if (suffix == null
          || suffix.surface().length() != 1
          || "市区町村".indexOf(suffix.surface().charAt(0)) < 0
          || !suffix.partOfSpeech().startsWith("名詞-接尾-地域")) {
        return null;
      }
      return new Place(name.surface() + suffix.surface(), suffix.end(), false);
    }

    /** The district, block numbers and building after the municipality, or null. */
    private Address rest(int start, String prefecture, Place place, boolean prefectureWritten) {
      int districtStart = skipGap(place.end());
      int districtEnd = districtEnd(districtStart);
      Block block = AddressNumbers.parse(f, AddressGaps.skipSpaces(f, districtEnd));
      if (block == null) {
        return null;
      }
      if (districtEnd == districtStart) {
        // A few villages have no districts ("東京都利島村248番地"): numbers glued to the name
        // of a municipality after its prefecture. "大阪市 3-1" is a score.
        boolean glued = place.end() == districtStart;
        if (!prefectureWritten || !glued || block.strength() != Strength.FULL) {
          return null;
        }
      }
      AddressBuilding.Span building = buildings.after(f, block.end(), tokens());
      int end = building == null ? block.end() : building.end();
      PostalCode postal = postalCodeBefore(start);

      double confidence =
          prefectureWritten ? (place.listed() ? LISTED : UNLISTED) : WITHOUT_PREFECTURE;
      if (block.strength() == Strength.SINGLE) {
        confidence -= SINGLE_NUMBER_PENALTY;
      } else if (block.strength() == Strength.CHOME_ONLY) {
        confidence = CHOME_ONLY;
      }
      if (postal != null) {
        confidence = Math.min(MAX_CONFIDENCE, confidence + POSTAL_CODE_BONUS);
      }
      return new Address(
          postal == null ? start : postal.start(),
          end,
          prefecture,
          place.name(),
          normalizeDistrict(f.substring(districtStart, districtEnd)),
          block.canonical(),
          building == null ? "" : normalizeBuilding(f.substring(building.start(), building.end())),
          postal == null ? "" : "〒" + postal.code(),
          Math.round(confidence * 1000) / 1000.0);
    }

    /**
     * Where the district that starts at {@code from} ends: at the block numbers, or where the
     * nouns end. Numerals inside names (六本木, 八丁堀, 一番町) and the counted parts of grid
     * districts (北1条西, 第6地割) belong to it.
     */
    private int districtEnd(int from) {
      int limit = Math.min(f.length(), from + MAX_DISTRICT);
      int k = from;
      while (k < limit) {
        char c = f.charAt(k);
        boolean digit = AddressNumbers.isDigit(c);
        if (digit || AddressNumbers.isKanjiNumeral(c)) {
          int counter = AddressNumbers.districtCounterEnd(f, k);
          if (counter > 0) {
            k = counter;
            continue;
          }
          if (digit || AddressNumbers.startsBlock(f, k)) {
            break;
          }
        } else if (!isNameChar(c)) {
          break;
        }
        if (!inDistrict(k)) {
          break;
        }
        k++;
      }
      return k;
    }

    private boolean inDistrict(int offset) {
      JapaneseToken t = tokens().at(offset);
      return t == null
          || tokens().isNounAt(offset)
          || KYOTO_DIRECTIONS.contains(t.surface());
    }

    /** The postal code written before the address: on its line, or alone on the line above. */
    private PostalCode postalCodeBefore(int start) {
      int k = AddressGaps.gapStart(f, start, floor);
      boolean hyphenated =
          k - 8 >= floor && f.charAt(k - 5) == '-' && digits(k - 8, k - 5) && digits(k - 4, k);
      boolean plain = !hyphenated && k - 7 >= floor && digits(k - 7, k);
      if (!hyphenated && !plain) {
        return null;
      }
      int digitsStart = hyphenated ? k - 8 : k - 7;
      if (digitsStart > 0
          && (AddressNumbers.isDigit(f.charAt(digitsStart - 1)) || f.charAt(digitsStart - 1) == '-')) {
        return null; // the tail of a longer number
      }
      String code = hyphenated
          ? f.substring(digitsStart, k)
          : f.substring(digitsStart, digitsStart + 3) + "-" + f.substring(digitsStart + 3, k);
      int mark = digitsStart;
      while (mark > floor && f.charAt(mark - 1) == ' ') {
        mark--;
      }
      if (mark > floor && f.charAt(mark - 1) == '〒') {
        return new PostalCode(mark - 1, code);
      }
      // Seven bare digits could be anything; "100-0001" right before a prefecture is a code.
      return hyphenated ? new PostalCode(digitsStart, code) : null;
    }

    private boolean digits(int from, int to) {
      for (int i = from; i < to; i++) {
        if (!AddressNumbers.isDigit(f.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    private int skipGap(int at) {
      return AddressGaps.skipGap(f, at);
    }

    /**
     * Whether a place name that starts at {@code start} is not, after a kanji, the tail of a
     * longer word. After kana Kuromoji may glue a particle to a kana name ("住所は|つがる市" read
     * as "はつがる"), so there the start is not checked. Where a name ends is checked by what
     * follows it: a town of the prefecture's list ({@link #afterPrefecture}), or {@link
     * #endsPlaceName}.
     */
    private boolean startsWord(int start) {
      boolean afterKanji = start > 0 && JapaneseScript.isKanji(f.charAt(start - 1));
      return !afterKanji || tokens().isBoundary(start);
    }

    /**
     * Whether a municipality's or a ward's name from the dictionary ends at {@code end} as a
     * word. Kuromoji often reads its suffix (市, 区, 町, 村) together with the head of the
     * district after it as one noun, a place or a surname it knows: "北竜町東町" as 北竜|町東|町,
     * "函館市田町" as 函館|市田|町, "せたな町中町" as せ|た|な|町中|町, "岩内町東町" as 岩内町東|町.
     * The name ends there all the same when the district closes, after that noun, with a place
     * suffix of its own (the district's 町 or 村): the words realign at the district's end. A name
     * inside a longer word closes no such district ("大阪市立大学3-1").
     */
    private boolean endsPlaceName(int end) {
      if (tokens().isBoundary(end)) {
        return true;
      }
      JapaneseToken glued = tokens().at(end - 1);
      if (glued == null || !glued.partOfSpeech().startsWith("名詞")) {
        return false;
      }
      int districtEnd = districtEnd(end);
      JapaneseToken last = districtEnd > glued.end() ? tokens().at(districtEnd - 1) : null;
      return last != null
          && last.start() >= glued.end()
          && last.end() == districtEnd
          && last.partOfSpeech().startsWith("名詞-接尾-地域");
    }
  }

  private static boolean isKanjiNoun(JapaneseToken t) {
    return t.partOfSpeech().startsWith("名詞")
        && t.surface().chars().allMatch(c -> JapaneseScript.isKanji((char) c));
  }

  /** Kanji, kana and the marks place names are written with (々, ヶ, ー). */
  private static boolean isNameChar(char c) {
    return (JapaneseScript.isJapanese(c) && c != '・') || c == '々';
  }

  private static String normalizeDistrict(String district) {
    String d = district.startsWith("大字") ? district.substring(2)
        : district.startsWith("字") ? district.substring(1) : district;
    char[] chars = d.toCharArray();
    for (int i = 1; i + 1 < chars.length; i++) {
      if ((chars[i] == 'ケ' || chars[i] == 'ヵ')
          && JapaneseScript.isKanji(chars[i - 1])
          && JapaneseScript.isKanji(chars[i + 1])) {
        chars[i] = 'ヶ';
      }
    }
    return new String(chars);
  }

  private static String normalizeBuilding(String building) {
    return Normalizer.normalize(building, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }
}
