package dev.shirabe.detect.addresses;

import dev.shirabe.detect.text.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of English and international street addresses, from the dictionaries module
 * ({@code places/}): street suffixes and unit designators with their abbreviations (USPS
 * Publication 28), street types written before the name, the endings of street names that the
 * number follows (Hauptstraße 5), US states and Canadian provinces with
 * their codes, and countries. Lookups take lower-cased words; a suffix or designator comes
 * back as its full name, capitalised, for the normalised form. Loaded once, immutable.
 */
public final class EnglishAddressWords {

  public static final EnglishAddressWords INSTANCE = new EnglishAddressWords();

  /** More words than any listed name has ("northern mariana islands"). */
  static final int MAX_NAME_WORDS = 4;

  /** Street types that are English words too: they lead a street only when capitalised. */
  private static final Set<String> ENGLISH_PREFIXES = Set.of("via", "plaza");

  private final Map<String, String> suffixes = fullNames("places/street-suffixes.txt");
  private final Map<String, String> units = fullNames("places/unit-designators.txt");
  private final Set<String> prefixes = Set.copyOf(WordList.load("places/street-prefixes.txt"));
  private final Set<String> stateNames = new HashSet<>();
  private final Set<String> stateCodes = new HashSet<>();
  private final Set<String> countries = Set.copyOf(WordList.load("places/countries.txt"));
  private final List<String> endings = WordList.load("places/street-endings.txt");

  /** The first word of every state's and country's name: most words are none, and cheaply so. */
  private final Set<String> firstWords = new HashSet<>();

  private EnglishAddressWords() {
    for (String line : WordList.load("places/us-states.txt")) {
      String[] parts = line.split("\\|");
      stateNames.add(parts[0]);
      stateCodes.add(parts[1].toUpperCase(Locale.ROOT));
    }
    for (String name : stateNames) {
      firstWords.add(name.split(" ")[0]);
    }
    for (String name : countries) {
      firstWords.add(name.split(" ")[0]);
    }
  }

  /** True when some state's or country's name starts with this lower-cased word. */
  boolean startsPlaceName(String lower) {
    return firstWords.contains(lower);
  }

  /** The full name of a street suffix ("Street" for "st"), or null when it is none. */
  public String suffix(String lower) {
    return suffixes.get(lower);
  }

  /** The full name of a unit designator ("Suite" for "ste"), or null when it is none. */
  String unit(String lower) {
    return units.get(lower);
  }

  /** True for a street type that stands before the name ("rue", "via", "ul." with its dot). */
  boolean isPrefix(String lower) {
    return prefixes.contains(lower);
  }

  /**
   * True for a street type as written before a name: capitalised, or in lower case as French,
   * Polish and others write it ("56 rue La Boétie", "ul. Miła 53"), unless it is also an
   * English word that precedes capitalised words in running text ("sent via Email 3 times").
   */
  boolean isPrefixAsWritten(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return prefixes.contains(lower)
        && (Character.isUpperCase(word.charAt(0)) || !ENGLISH_PREFIXES.contains(lower));
  }

  /**
   * Where the street type written at {@code at} ends (past the dot of an abbreviation: "ul."),
   * or -1 when there is none ({@link #isPrefixAsWritten}).
   */
  int prefixEnd(String s, int at) {
    int end = EnglishAddressText.wordEnd(s, at);
    if (end == at) {
      return -1;
    }
    if (end < s.length() && s.charAt(end) == '.' && isPrefixAsWritten(s.substring(at, end + 1))) {
      return end + 1;
    }
    return isPrefixAsWritten(s.substring(at, end)) ? end : -1;
  }

  /**
   * True for a word that ends as street names do where the number follows the name
   * ("hauptstraße", "mannerheimintie") or is the street word itself ("utca", "tér").
   */
  boolean endsStreetName(String lower) {
    for (String ending : endings) {
      // An abbreviation ("u." of utca) is a word of its own; as an ending it would end others.
      if (ending.endsWith(".") ? lower.equals(ending) : lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word is a street word of its own rather than a compound ("tér"). */
  boolean isStreetWord(String lower) {
    return endings.contains(lower);
  }

  /** True for a state's or province's code as written on mail: upper case ("CA", "ON"). */
  boolean isStateCode(String word) {
    return stateCodes.contains(word);
  }

  /** True for a state's or province's name, lower-cased, its words joined by one space. */
  boolean isStateName(String lower) {
    return stateNames.contains(lower);
  }

  /** True for a country's name, lower-cased, its words joined by one space. */
  boolean isCountry(String lower) {
    return countries.contains(lower);
  }

  private static Map<String, String> fullNames(String list) {
    Map<String, String> byForm = new HashMap<>();
    for (String line : WordList.load(list)) {
      String[] forms = line.split("\\|");
      String full = forms[0].substring(0, 1).toUpperCase(Locale.ROOT) + forms[0].substring(1);
      for (String form : List.of(forms)) {
        byForm.put(form, full);
      }
    }
    return Map.copyOf(byForm);
  }
}
