package dev.shirabe.detect.addresses;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers at the end of a Japanese address, read from folded text (ASCII digits, '-' for
 * every dash): 丁目 (chōme), 番 or 番地 (block or lot) and 号 (house), written with their
 * counters ("五丁目二番一号", "1丁目2番地3", "1番地の2") or as a hyphenated chain ("5-2-1"), in
 * digits or kanji numerals. {@link Block#canonical()} writes them all alike: "5-2-1".
 *
 * <p>The shapes of other numbers are refused: a group with a leading zero (dates "2024-01-15",
 * phone numbers, postal codes), more than five digits in a group, a bare number glued to a unit
 * or a counter ("2020年", "3人", "1,234円", "1.5km") or to another number ("12:30", "3/4").
 */
final class AddressNumbers {

  /** What the numbers pin down. */
  enum Strength {
    /** Only a chōme ("一丁目"): an area of a few streets, not a house. */
    CHOME_ONLY,
    /** One bare number ("場之町599"): a lot number without its counter, or something else. */
    SINGLE,
    /** Two numbers or more, or one with its counter ("3番地"). */
    FULL
  }

  /**
   * The numbers found.
   *
   * @param numbers their values, in order
   * @param end the offset after the last char read (a counter included)
   */
  record Block(List<Integer> numbers, int end, Strength strength) {

    /** The numbers joined by hyphens: "1-2-3" for 一丁目2番3号, 1-2-3 and １－２－３. */
    String canonical() {
      StringBuilder out = new StringBuilder();
      for (int n : numbers) {
        if (out.length() > 0) {
          out.append('-');
        }
        out.append(n);
      }
      return out.toString();
    }
  }

  /** Block numbers have at most this many digits (番地 run to four or five in rural areas). */
  private static final int MAX_DIGITS = 5;

  /** More groups than this is a code or a list, not an address ("1-2-3-405" has four). */
  private static final int MAX_NUMBERS = 5;

  /** Kanji numerals longer than this are not block numbers. */
  private static final int MAX_KANJI_NUMERAL = 6;

  /** Counters and units that make a bare number something other than an address number. */
  private static final String UNITS = "年月日時分秒円万億件個名人回歳才倍位点度週期割階台本枚番号";

  private AddressNumbers() {}

  /** A number as written: its value, the offset after it, and whether it is in kanji. */
  private record Number(int value, int end, boolean kanji) {}

  /** The block numbers that start at {@code from}, or null when none do. */
  static Block parse(String folded, int from) {
    Number n = read(folded, from);
    List<Integer> numbers = new ArrayList<>();
    boolean chome = false;
    boolean counted = false;
    int end = from;
    while (n != null) {
      if (numbers.size() == MAX_NUMBERS) {
        return null;
      }
      int e = n.end();
      Number next = null;
      if (numbers.isEmpty() && folded.startsWith("丁目", e)) {
        chome = true;
        end = e + 2;
        next = read(folded, skipOneSpace(folded, end));
      } else if (folded.startsWith("番地", e)) {
        counted = true;
        end = e + 2;
        next = read(folded, skipJoiner(folded, end));
      } else if (folded.startsWith("番目", e)) {
        return null; // an ordinal ("1番目"), not a block
      } else if (folded.startsWith("番", e) && !isNamePart(folded, e + 1)) {
        counted = true;
        end = e + 1;
        next = read(folded, skipJoiner(folded, end));
      } else if (folded.startsWith("号室", e)) {
        // A room at the end of the chain ("9番9-1203号室") is kept, as in "9-9-9-1203".
        if (numbers.isEmpty()) {
          return null;
        }
        end = e + 2;
      } else if (folded.startsWith("号棟", e)
          || folded.startsWith("号館", e)
          || folded.startsWith("号線", e)) {
        return null; // a building ("3号棟") or a road ("国道1号線"), not a house
      } else if (folded.startsWith("号", e)) {
        counted = true;
        end = e + 1;
      } else if (!n.kanji() && isJoiner(folded, e) && readDigits(folded, e + 1) != null) {
        next = readDigits(folded, e + 1);
      } else if (!n.kanji() && endsCleanly(folded, e, numbers.isEmpty())) {
        end = e; // a bare number ends the chain: "1-2-3", "599"
      } else {
        return null; // kanji numerals are always counted; other numbers are not ours
      }
      numbers.add(n.value());
      n = next;
    }
    if (numbers.isEmpty()) {
      return null;
    }
    Strength strength =
        numbers.size() > 1 || counted
            ? Strength.FULL
            : chome ? Strength.CHOME_ONLY : Strength.SINGLE;
    return new Block(List.copyOf(numbers), end, strength);
  }

  /**
   * True when the kanji numeral at {@code at} is read as a block number: one followed by 丁目,
   * 番, 番地 or 号. A numeral followed by anything else is part of a place name (六本木, 八丁堀,
   * 十日町, 一番町).
   */
  static boolean startsBlock(String folded, int at) {
    Number n = read(folded, at);
    if (n == null) {
      return false;
    }
    int e = n.end();
    return folded.startsWith("丁目", e)
        || (folded.startsWith("番", e) && !isNamePart(folded, e + 1) && !folded.startsWith("番目", e))
        || (folded.startsWith("号", e) && !folded.startsWith("号棟", e) && !folded.startsWith("号館", e));
  }

  /**
   * Where a number that belongs to a district name ends, or -1: Hokkaido's grid districts
   * count 条 and 線 ("北1条西", "東3線"), Iwate's count 地割 ("第6地割").
   */
  static int districtCounterEnd(String folded, int at) {
    Number n = read(folded, at);
    if (n == null) {
      return -1;
    }
    int e = n.end();
    if (folded.startsWith("条", e) || folded.startsWith("線", e)) {
      return e + 1;
    }
    return folded.startsWith("地割", e) ? e + 2 : -1;
  }

  static boolean isKanjiNumeral(char c) {
    return "〇一二三四五六七八九十百千".indexOf(c) >= 0;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** 番 followed by 町 or 丁 names a district ("一番町", "二番丁"); it does not count a block. */
  private static boolean isNamePart(String folded, int at) {
    return at < folded.length() && (folded.charAt(at) == '町' || folded.charAt(at) == '丁');
  }

  private static boolean isJoiner(String folded, int at) {
    return at < folded.length() && (folded.charAt(at) == '-' || folded.charAt(at) == 'の');
  }

  private static int skipJoiner(String folded, int at) {
    return isJoiner(folded, at) ? at + 1 : at;
  }

  private static int skipOneSpace(String folded, int at) {
    return at < folded.length() && folded.charAt(at) == ' ' ? at + 1 : at;
  }

  /**
   * Whether a bare number may end here: not glued to a unit, a letter or a further number. A
   * comma continues only a lone number ("1,234円"); after a chain ("9-9-9,090-…") it separates
   * the cells of a CSV line.
   */
  private static boolean endsCleanly(String folded, int at, boolean lone) {
    if (at >= folded.length()) {
      return true;
    }
    char c = folded.charAt(at);
    boolean digitAfter = at + 1 < folded.length() && isDigit(folded.charAt(at + 1));
    if (digitAfter && (".:/-~〜".indexOf(c) >= 0 || (c == ',' && lone))) {
      return false;
    }
    boolean latin = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return !latin && c != '%' && UNITS.indexOf(c) < 0;
  }

  /** The number at {@code at}: ASCII digits without a leading zero, or a kanji numeral. */
  private static Number read(String folded, int at) {
    Number digits = readDigits(folded, at);
    if (digits != null || at >= folded.length() || !isKanjiNumeral(folded.charAt(at))) {
      return digits;
    }
    int e = at;
    while (e < folded.length() && isKanjiNumeral(folded.charAt(e))) {
      if (e - at == MAX_KANJI_NUMERAL) {
        return null;
      }
      e++;
    }
    int value = kanjiValue(folded, at, e);
    return value > 0 ? new Number(value, e, true) : null;
  }

  private static Number readDigits(String folded, int at) {
    if (at >= folded.length() || !isDigit(folded.charAt(at)) || folded.charAt(at) == '0') {
      return null;
    }
    int e = at;
    int value = 0;
    while (e < folded.length() && isDigit(folded.charAt(e))) {
      if (e - at == MAX_DIGITS) {
        return null;
      }
      value = value * 10 + (folded.charAt(e) - '0');
      e++;
    }
    return new Number(value, e, false);
  }

  /**
   * The value of a kanji numeral, in either style: with unit signs ("二十三" = 23, "百五" = 105)
   * or positional ("二〇一" = 201); 0 when it is malformed ("十十").
   */
  static int kanjiValue(CharSequence s, int from, int to) {
    int total = 0;
    int digits = -1; // digits read since the last unit sign, -1 when none
    int lastUnit = Integer.MAX_VALUE;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (unit == 0) {
        digits = Math.max(digits, 0) * 10 + "〇一二三四五六七八九".indexOf(c);
      } else {
        if (unit >= lastUnit) {
          return 0;
        }
        total += (digits < 0 ? 1 : digits) * unit;
        digits = -1;
        lastUnit = unit;
      }
    }
    return total + Math.max(digits, 0);
  }
}
