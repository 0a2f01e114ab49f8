package dev.shirabe.detect.addresses;

import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.JapaneseTokenIndex;
import java.text.Normalizer;
import java.util.List;

/**
 * The building and room that may follow an address's block numbers: a building name that holds
 * a building word anywhere ("ひかりビル", "サクラハイツ", "コーポ山田": {@code
 * places/building-words.txt}),
 * with or without a floor or room after it ("3F", "12階", "202号室", "101"), or a floor or room
 * alone ("#201", "5F", "1階"). It stands on the same line, glued or after spaces, or alone on
 * the next line, as on business cards and forms. A name with no building word counts only when
 * a floor or room number ends it ("コスモ渋谷305号室").
 *
 * <p>The name is read as far as Kuromoji's morphemes are nouns: a particle or a verb ends it, so
 * that "1-2-3にある本社ビル" yields no building. Thread-safe.
 */
final class AddressBuilding {

  /** Longer than any building name worth joining. */
  private static final int MAX_NAME = 30;

  /** Folded, lower-cased words that make a name a building's. */
  private final List<String> buildingWords;

  AddressBuilding(List<String> buildingWords) {
    this.buildingWords = List.copyOf(buildingWords);
  }

  /** Where the building part that follows {@code from} starts and ends. */
  record Span(int start, int end) {}

  /** The building part after the block numbers that end at {@code from}, or null. */
  Span after(String folded, int from, JapaneseTokenIndex tokens) {
    int start = AddressGaps.skipGap(folded, from);
    boolean nextLine = AddressGaps.crossesLine(folded, from, start);
    int end = roomEnd(folded, start, false);
    if (end < 0) {
      end = buildingEnd(folded, start, tokens);
    }
    if (end < 0 || (nextLine && !AddressGaps.endsLine(folded, end))) {
      return null; // on the next line, only a line that holds the building alone is joined
    }
    return new Span(start, end);
  }

  private int buildingEnd(String folded, int start, JapaneseTokenIndex tokens) {
    int run = start;
    while (run < folded.length() && run - start < MAX_NAME && isNameChar(folded.charAt(run))) {
      char c = folded.charAt(run);
      if (JapaneseScript.isJapanese(c) && c != '・' && !tokens.isNounAt(run)) {
        break;
      }
      run++;
    }
    if (run == start) {
      return -1;
    }
    if (hasBuildingWord(folded.substring(start, run))) {
      int room = roomEnd(folded, AddressGaps.skipSpaces(folded, run), true);
      return room > 0 ? room : run;
    }
    // No building word: a room or floor number must end the name, glued or after a space.
    int room = roomEnd(folded, AddressGaps.skipSpaces(folded, run), false);
    if (room > 0) {
      return room;
    }
    for (int i = start + 1; i < run; i++) {
      if (AddressNumbers.isDigit(folded.charAt(i))
          && !AddressNumbers.isDigit(folded.charAt(i - 1))
          && roomEnd(folded, i, false) == run) {
        return run;
      }
    }
    return -1;
  }

  /**
   * Whether the name holds a building word, before ("コーポ山田"), inside or after its other
   * words. Half-width katakana, which legacy systems write ("ﾒﾃﾞｨｶﾙﾋﾞﾙ"), is compared in its
   * NFKC form.
   */
  private boolean hasBuildingWord(String name) {
    String normalized =
        Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    for (String word : buildingWords) {
      if (normalized.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The end of a floor or room number at {@code at}, or -1: "#201", "3F", "B1F", "地下1階",
   * "12階", "101号室", "101号"; and, right after a building word, a bare "101" that ends the
   * line or the phrase.
   */
  static int roomEnd(String folded, int at, boolean afterBuildingWord) {
    int n = folded.length();
    if (at < n && folded.charAt(at) == '#') {
      int e = digitsEnd(folded, at + 1);
      return e > at + 1 ? e : -1;
    }
    int i = at;
    if (folded.startsWith("地下", i)) {
      i += 2;
    } else if (i < n && (folded.charAt(i) == 'B' || folded.charAt(i) == 'b')) {
      i++;
    }
    int e = digitsEnd(folded, i);
    if (e == i || e - i > 4) {
      return -1;
    }
    if (e < n && (folded.charAt(e) == 'F' || folded.charAt(e) == 'f')) {
      return e + 1 < n && Character.isLetter(folded.charAt(e + 1)) && folded.charAt(e + 1) < 0x80
          ? -1
          : e + 1;
    }
    if (folded.startsWith("階", e)) {
      return e + 1;
    }
    if (i > at) {
      return -1; // "B" and "地下" count floors only
    }
    if (folded.startsWith("号室", e)) {
      return e + 2;
    }
    if (folded.startsWith("号", e)) {
      return e + 1;
    }
    return afterBuildingWord && endsPhrase(folded, e) ? e : -1;
  }

  private static int digitsEnd(String folded, int at) {
    int e = at;
    while (e < folded.length() && AddressNumbers.isDigit(folded.charAt(e))) {
      e++;
    }
    return e;
  }

  /** Chars a building name is written with. */
  private static boolean isNameChar(char c) {
    return JapaneseScript.isJapanese(c)
        || c == '々' || c == 'ヶ' || c == '・' || c == '&' || c == '.' || c == '-'
        || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean endsPhrase(String folded, int at) {
    if (at >= folded.length()) {
      return true;
    }
    char c = folded.charAt(at);
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || "、。,()[]「」".indexOf(c) >= 0;
  }
}
