package dev.shirabe.detect.names;

import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that, glued to a name, make it the name of an organisation, a place or a thing:
 * 株式会社山田, (株)鈴木 before it ({@code names/not-person-before.txt}); 山田商事, 鈴木銀行,
 * 田中大学, 佐藤賞 after it ({@code names/not-person-after.txt}); and IPADIC's own marks: a
 * place suffix (市, 区, 町, 駅: 名詞-接尾-地域) or an organisation name glued after it, a place
 * suffix glued before it (中央区山田: an address).
 *
 * <p>Words are matched on whole tokens, so that 社 rules out 山田社 but not 山田社長.
 */
final class NameAffixes {

  private static final String PLACE_SUFFIX = "名詞-接尾-地域";
  private static final String ORGANISATION = "名詞-固有名詞-組織";

  private final Set<String> before;
  private final Set<String> after;
  private final int longestBefore;
  private final int longestAfter;
  /** The last char of each word before a name: a word can end only on one of them. */
  private final String beforeLastChars;
  /** The first char of each word after a name: a word can start only with one of them. */
  private final String afterFirstChars;

  NameAffixes() {
    List<String> beforeWords = WordList.load("names/not-person-before.txt");
    List<String> afterWords = WordList.load("names/not-person-after.txt");
    this.before = Set.copyOf(beforeWords);
    this.after = Set.copyOf(afterWords);
    this.longestBefore = beforeWords.stream().mapToInt(String::length).max().orElse(0);
    this.longestAfter = afterWords.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder last = new StringBuilder();
    beforeWords.forEach(w -> last.append(w.charAt(w.length() - 1)));
    StringBuilder first = new StringBuilder();
    afterWords.forEach(w -> first.append(w.charAt(0)));
    this.beforeLastChars = last.toString();
    this.afterFirstChars = first.toString();
  }

  /** An organisation word ends right before token {@code first}, or a place suffix is glued to it. */
  boolean before(List<JapaneseToken> tokens, int first) {
    int k = first - 1;
    if (k >= 0 && tokens.get(k).partOfSpeech().startsWith(PLACE_SUFFIX)) {
      return true;
    }
    if (k >= 0 && isSpace(tokens.get(k))) {
      k--;
    }
    // Most names have no such word before them: the char it would end on says so without
    // building and lower-casing the words.
    if (k < 0 || !mayBeLowerCased(beforeLastChars, lastChar(tokens.get(k).surface()))) {
      return false;
    }
    StringBuilder word = new StringBuilder();
    for (int m = k; m >= 0 && word.length() < longestBefore; m--) {
      word.insert(0, tokens.get(m).surface());
      if (before.contains(word.toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * An organisation or place word starts right after token {@code last} and ends with a token,
   * or IPADIC marks the token after as a place suffix or an organisation.
   */
  boolean after(List<JapaneseToken> tokens, int last) {
    int k = last + 1;
    if (k < tokens.size()) {
      String pos = tokens.get(k).partOfSpeech();
      if (pos.startsWith(PLACE_SUFFIX) || pos.startsWith(ORGANISATION)) {
        return true;
      }
    }
    if (k < tokens.size() && isSpace(tokens.get(k))) {
      k++;
    }
    if (k >= tokens.size() || !mayBeLowerCased(afterFirstChars, tokens.get(k).surface().charAt(0))) {
      return false;
    }
    StringBuilder word = new StringBuilder();
    for (int m = k; m < tokens.size() && word.length() < longestAfter; m++) {
      word.append(tokens.get(m).surface());
      if (after.contains(word.toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The token is itself one of the words after names (大学 in 田中大学, tagged a given name). */
  boolean isSuffix(JapaneseToken token) {
    return after.contains(token.surface().toLowerCase(Locale.ROOT));
  }

  private static char lastChar(String s) {
    return s.charAt(s.length() - 1);
  }

  /**
   * Whether {@code c}, lower-cased as {@link String#toLowerCase(Locale)} lower-cases it at the
   * edge of a word, may be one of {@code chars}. Where that can differ from {@link
   * Character#toLowerCase(char)} (half of a surrogate pair, a final sigma, the dotted capital I)
   * it may.
   */
  static boolean mayBeLowerCased(String chars, char c) {
    return Character.isSurrogate(c) || c == '\u03a3' || c == '\u0130'
        || chars.indexOf(Character.toLowerCase(c)) >= 0;
  }

  /** One or two spaces, as between a surname and a given name. */
  static boolean isSpace(JapaneseToken token) {
    String s = token.surface();
    return (s.equals(" ") || s.equals("  "));
  }
}
