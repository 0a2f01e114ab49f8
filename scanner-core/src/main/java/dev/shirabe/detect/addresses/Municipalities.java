package dev.shirabe.detect.addresses;

import dev.shirabe.detect.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Japan's prefectures, municipalities and the wards of its designated cities, from {@code
 * places/municipalities.tsv} in the dictionaries module (see the NOTICE there), in tries that
 * find a name at any offset of a text in a few steps. Loaded once; thread-safe.
 */
final class Municipalities {

  private static final String RESOURCE = "places/municipalities.tsv";

  /**
   * A city, ward, town or village.
   *
   * @param prefecture the prefecture it belongs to ("神奈川県")
   * @param name its official name ("横浜市", "千代田区", "東神楽町")
   * @param wards the wards of a designated city ("中区", …), empty for other municipalities
   */
  record Municipality(String prefecture, String name, List<String> wards) {}

  private final PlaceTrie<String> prefectures;
  private final PlaceTrie<List<Municipality>> municipalities;
  /** Names that stand for one place only, with its prefecture. */
  private final Map<String, String> unambiguous = new HashMap<>();

  private Municipalities(List<String> rows) {
    Map<String, List<String>> wardsByCity = new LinkedHashMap<>();
    Map<String, List<Municipality>> byName = new LinkedHashMap<>();
    Map<String, String> prefectureNames = new HashMap<>();
    Set<String> wardNames = new HashSet<>();
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      String prefecture = cells[1];
      String municipality = cell(cells, 2);
      String ward = cell(cells, 3);
      if (municipality.isEmpty()) {
        prefectureNames.put(prefecture, prefecture);
      } else if (ward.isEmpty()) {
        wardsByCity.put(prefecture + municipality, new ArrayList<>());
      } else {
        wardsByCity.get(prefecture + municipality).add(ward);
        wardNames.add(ward);
      }
    }
    for (String row : rows) {
      String[] cells = row.split("\t", -1);
      if (!cell(cells, 2).isEmpty() && cell(cells, 3).isEmpty()) {
        List<String> wards = List.copyOf(wardsByCity.get(cells[1] + cells[2]));
        byName.computeIfAbsent(cells[2], n -> new ArrayList<>())
            .add(new Municipality(cells[1], cells[2], wards));
      }
    }
    Map<String, List<Municipality>> municipalityNames = new HashMap<>();
    for (Map.Entry<String, List<Municipality>> e : byName.entrySet()) {
      List<Municipality> places = List.copyOf(e.getValue());
      municipalityNames.put(e.getKey(), places);
      boolean onePrefecture =
          places.stream().map(Municipality::prefecture).distinct().count() == 1;
      if (onePrefecture && !wardNames.contains(e.getKey())) {
        unambiguous.put(e.getKey(), places.get(0).prefecture());
      }
    }
    prefectures = new PlaceTrie<>(prefectureNames);
    municipalities = new PlaceTrie<>(municipalityNames);
  }

  /** A row's cell; {@link WordList} strips the empty cells at the end of a row. */
  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i] : "";
  }

  /** The dictionary of the dictionaries module. */
  static Municipalities standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Municipalities STANDARD = new Municipalities(WordList.load(RESOURCE));
  }

  /** True when a prefecture's or a municipality's name may start with this char. */
  boolean canStart(char c) {
    return prefectures.canStart(c) || municipalities.canStart(c);
  }

  /** The prefecture whose name starts at {@code from}, or null. */
  PlaceTrie.Match<String> prefectureAt(CharSequence text, int from) {
    return prefectures.longestAt(text, from);
  }

  /** The municipalities (one name, several prefectures) whose name starts at {@code from}. */
  PlaceTrie.Match<List<Municipality>> municipalityAt(CharSequence text, int from) {
    return municipalities.longestAt(text, from);
  }

  /**
   * The name of the city's ward that starts at {@code from} (the longest, in the city's own
   * spelling), or null. A city has at most a few dozen wards: they are compared one by one.
   */
  static String wardAt(Municipality city, CharSequence text, int from) {
    String best = null;
    for (String ward : city.wards()) {
      if (from + ward.length() <= text.length()
          && (best == null || ward.length() > best.length())
          && sameName(ward, text, from)) {
        best = ward;
      }
    }
    return best;
  }

  private static boolean sameName(String name, CharSequence text, int from) {
    for (int i = 0; i < name.length(); i++) {
      if (PlaceTrie.canonical(name.charAt(i)) != PlaceTrie.canonical(text.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The prefecture of a municipality written without one, when its name stands for one place
   * only: "横浜市" is in 神奈川県, but "府中市" (東京都, 広島県) and "北区" (東京都, and a ward of
   * several designated cities) could be more than one, and get null.
   */
  String prefectureOf(String municipality) {
    return unambiguous.get(municipality);
  }
}
