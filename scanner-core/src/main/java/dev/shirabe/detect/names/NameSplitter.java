package dev.shirabe.detect.names;

import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.WidthFolding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a full name as someone types it into a subject lookup, where no document's context
 * helps the person detector: splits it into surname and given name with the name lexicons
 * (IPADIC's names and ENAMDICT's, {@link NameReadings}) when it is written without a space
 * (松友美佐紀, マツトモミサキ), and reads a kanji name the detector cannot. Thread-safe.
 */
public final class NameSplitter {

  private final NameLexicon lexicon = NameLexicon.standard();

  /**
   * A kanji full name's keys as the person detector writes them ({@code reading|romaji|written},
   * perhaps with other readings: {@link JapanesePersonDetector}), read by the lexicons: split at
   * its space, else where the lexicons know what comes before as a surname and the rest as a
   * given name; each part read as IPADIC reads it as a name, else as ENAMDICT does. Of two
   * splits (金大中: 金 + 大中, 金大 + 中) the one with more parts IPADIC knows as such wins, then
   * the one with a surname of two kanji, as most are, then the longer surname. Empty when the
   * name is no two kanji words or the lexicons know no such split.
   *
   * @param name width-folded
   */
  public Optional<String> kanjiName(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length == 2) {
      return isKanji(words[0]) && isKanji(words[1]) ? Optional.of(read(words[0], words[1])) : Optional.empty();
    }
    if (words.length != 1 || !isKanji(name.strip())) {
      return Optional.empty();
    }
    String whole = words[0];
    List<Integer> splits = new ArrayList<>();
    for (int at = 1; at < whole.length(); at++) {
      if (lexicon.isSurname(whole.substring(0, at)) && lexicon.isGivenName(whole.substring(at))) {
        splits.add(at);
      }
    }
    Comparator<Integer> best = Comparator.<Integer>comparingInt(at -> -knownToIpadic(whole, at))
        .thenComparingInt(at -> Math.abs(at - 2))
        .thenComparingInt(at -> -at);
    return splits.stream().min(best).map(at -> read(whole.substring(0, at), whole.substring(at)));
  }

  /**
   * The reading of a full name in kana written without a space (マツトモミサキ, まつともみさき)
   * split into surname and given name, in katakana: where what comes before is a surname's
   * reading and the rest a given name's in ENAMDICT, the split whose two readings are the
   * most common among names (スズキ + イチロウ, not スズ + キイチロウ). Empty when the name
   * has a space or other letters, or no such split is known.
   */
  public List<String> kanaParts(String name) {
    String kana = Kana.toKatakana(WidthFolding.fold(name).strip());
    if (NameScript.of(kana) != NameScript.KATAKANA) {
      return List.of();
    }
    NameReadings readings = NameReadings.standard();
    long bestScore = 0;
    int bestAt = -1;
    for (int at = 1; at < kana.length(); at++) {
      long score = (long) readings.namesReadAs(kana.substring(0, at), NameReadings.Kind.SURNAME)
          * readings.namesReadAs(kana.substring(at), NameReadings.Kind.GIVEN);
      if (score > bestScore) {
        bestScore = score;
        bestAt = at;
      }
    }
    return bestAt < 0 ? List.of() : List.of(kana.substring(0, bestAt), kana.substring(bestAt));
  }

  private String read(String surname, String given) {
    return NameCandidate.normalized(List.of(surname, given), List.of(
        lexicon.nameReadings(surname, NameReadings.Kind.SURNAME),
        lexicon.nameReadings(given, NameReadings.Kind.GIVEN)));
  }

  private int knownToIpadic(String whole, int at) {
    return (lexicon.lookup(whole.substring(0, at)).surname() ? 1 : 0)
        + (lexicon.lookup(whole.substring(at)).givenName() ? 1 : 0);
  }

  private static boolean isKanji(String word) {
    return NameScript.of(word) == NameScript.KANJI;
  }
}
