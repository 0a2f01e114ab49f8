package dev.shirabe.detect.addresses;

/**
 * What may stand between two parts of an address in folded text: spaces, or a line break with
 * spaces around it, as when a form or a business card puts the postal code above the address
 * or the building below the street. A blank line counts as one line break, because PDF text
 * often has one after every line. Between parts (not inside one) a tab may stand too: it is
 * the boundary between two cells, and a spreadsheet often spreads one address over 都道府県,
 * 市区町村, 番地 and 建物 columns.
 */
final class AddressGaps {

  private AddressGaps() {}

  /** After the spaces at {@code at}. */
  static int skipSpaces(String folded, int at) {
    int i = at;
    while (i < folded.length() && folded.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** After the gap at {@code at}: spaces or a tab, and at most one line break or blank line. */
  static int skipGap(String folded, int at) {
    int i = skipSpaces(folded, at);
    if (i < folded.length() && folded.charAt(i) == '\t') {
      i = skipSpaces(folded, i + 1);
    }
    for (int breaks = 0; breaks < 2 && isLineBreak(folded, i); breaks++) {
      i = skipSpaces(folded, folded.startsWith("\r\n", i) ? i + 2 : i + 1);
    }
    return i;
  }

  /** Where the gap that ends at {@code at} starts, looking no further back than {@code floor}. */
  static int gapStart(String folded, int at, int floor) {
    int i = skipSpacesBack(folded, at, floor);
    for (int breaks = 0; breaks < 2 && i > floor && folded.charAt(i - 1) == '\n'; breaks++) {
      i--;
      if (i > floor && folded.charAt(i - 1) == '\r') {
        i--;
      }
      i = skipSpacesBack(folded, i, floor);
    }
    return i;
  }

  /** True when a line break stands between {@code from} and {@code to}. */
  static boolean crossesLine(String folded, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isLineBreak(folded, i)) {
        return true;
      }
    }
    return false;
  }

  /** True when only spaces stand between {@code at} and the end of its line. */
  static boolean endsLine(String folded, int at) {
    int i = skipSpaces(folded, at);
    return i >= folded.length() || isLineBreak(folded, i);
  }

  static boolean isLineBreak(String folded, int at) {
    return at < folded.length() && (folded.charAt(at) == '\n' || folded.charAt(at) == '\r');
  }

  /** Where the spaces that end at {@code at} start, no further back than {@code floor}. */
  static int skipSpacesBack(String folded, int at, int floor) {
    int i = at;
    while (i > floor && folded.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }
}
