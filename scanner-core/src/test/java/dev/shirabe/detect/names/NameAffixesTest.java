package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words glued to a name and the titles after it, looked for only where the char next to the
 * name can start or end one, are found as the whole lists compared everywhere found them.
 */
class NameAffixesTest {

  private static final List<String> BEFORE = WordList.load("names/not-person-before.txt");
  private static final List<String> AFTER = WordList.load("names/not-person-after.txt");
  private static final List<String> TITLES = Stream.concat(
      WordList.load("names/honorifics.txt").stream(), WordList.load("names/titles.txt").stream())
      .toList();

  private final NameAffixes affixes = new NameAffixes();
  private final NameEvidence evidence = new NameEvidence(ContextWords.of(FindingType.PERSON),
      WordList.load("names/honorifics.txt"), WordList.load("names/titles.txt"));

  @Test
  void findsWhatTheWholeListsFoundInTheSamples() {
    int found = 0;
    int titles = 0;
    for (String sample : JapaneseSamples.texts()) {
      DetectionText text = new DetectionText(sample);
      List<JapaneseToken> tokens = text.japaneseTokens();
      for (int i = 0; i < tokens.size(); i++) {
        boolean before = affixes.before(tokens, i);
        boolean after = affixes.after(tokens, i);
        assertEquals(byWholeList(tokens, i - 1, -1, BEFORE), before, sample);
        assertEquals(byWholeList(tokens, i + 1, 1, AFTER), after, sample);
        int end = tokens.get(i).end();
        String title = evidence.wordAfter(text, tokens, end);
        assertEquals(titleByWholeList(text, tokens, end), title);
        found += before || after ? 1 : 0;
        titles += title != null ? 1 : 0;
      }
    }
    assertTrue(found > 20, "the samples hold words glued to names: " + found);
    assertTrue(titles > 5, "the samples hold titles after words: " + titles);
  }

  @Test
  void findsWhatTheWholeListsFoundInRandomMixesOfCaseAndScript() {
    String[] pieces = {"株式会社", "(株)", "商事", "銀行", "大学", "Inc", "INC", "inc", "Co", "CO",
        "ltd", "LTD", "Σ", "İ", "\uD801\uDC00", "山田", "は", "の", " ", "  ", "社", "社長", "様", "さん"};
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      List<JapaneseToken> tokens = new ArrayList<>();
      int at = 0;
      for (int k = random.nextInt(6) + 1; k > 0; k--) {
        String s = pieces[random.nextInt(pieces.length)];
        tokens.add(new JapaneseToken(at, at + s.length(), s, "名詞-一般", null));
        at += s.length();
      }
      for (int i = 0; i < tokens.size(); i++) {
        assertEquals(byWholeList(tokens, i - 1, -1, BEFORE), affixes.before(tokens, i), tokens.toString());
        assertEquals(byWholeList(tokens, i + 1, 1, AFTER), affixes.after(tokens, i), tokens.toString());
      }
    }
  }

  @Test
  void aCharWhoseLowerCaseDependsOnItsPlaceMayAlwaysMatch() {
    assertTrue(NameAffixes.mayBeLowerCased("c", 'C'));
    assertFalse(NameAffixes.mayBeLowerCased("c", 'D'));
    assertTrue(NameAffixes.mayBeLowerCased("", '\u03a3'));
    assertTrue(NameAffixes.mayBeLowerCased("", '\u0130'));
    assertTrue(NameAffixes.mayBeLowerCased("", '\uD801'));
    assertFalse(NameAffixes.mayBeLowerCased("社", 'は'));
  }

  /** NameAffixes' search before the first-or-last-char test: every word built and compared. */
  private static boolean byWholeList(List<JapaneseToken> tokens, int k, int step, List<String> words) {
    if (k >= 0 && k < tokens.size()) {
      String pos = tokens.get(k).partOfSpeech();
      if (pos.startsWith("名詞-接尾-地域") || step > 0 && pos.startsWith("名詞-固有名詞-組織")) {
        return true;
      }
    }
    if (k >= 0 && k < tokens.size() && NameAffixes.isSpace(tokens.get(k))) {
      k += step;
    }
    Set<String> set = Set.copyOf(words);
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder word = new StringBuilder();
    for (int m = k; m >= 0 && m < tokens.size() && word.length() < longest; m += step) {
      if (step < 0) {
        word.insert(0, tokens.get(m).surface());
      } else {
        word.append(tokens.get(m).surface());
      }
      if (set.contains(word.toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** NameEvidence's longest title after {@code end}, every title compared. */
  private static String titleByWholeList(DetectionText text, List<JapaneseToken> tokens, int end) {
    String folded = text.folded();
    int p = end;
    while (p < folded.length() && folded.charAt(p) == ' ') {
      p++;
    }
    int k = -1;
    for (int i = 0; i < tokens.size(); i++) {
      k = tokens.get(i).start() == p ? i : k;
    }
    if (k >= 0 && k + 1 < tokens.size()) {
      JapaneseToken t = tokens.get(k);
      if (t.surface().length() == 1 && t.partOfSpeech().startsWith("名詞-固有名詞-地域-国")
          && tokens.get(k + 1).start() == t.end()) {
        p = t.end();
      }
    }
    String found = null;
    for (String word : TITLES) {
      if ((found == null || word.length() > found.length()) && folded.startsWith(word, p)
          && endsAToken(tokens, p + word.length())) {
        found = word;
      }
    }
    return found;
  }

  /** A token starts there, or the last one ends there. */
  private static boolean endsAToken(List<JapaneseToken> tokens, int end) {
    return tokens.isEmpty() || tokens.get(tokens.size() - 1).end() == end
        || tokens.stream().anyMatch(t -> t.start() == end);
  }
}
