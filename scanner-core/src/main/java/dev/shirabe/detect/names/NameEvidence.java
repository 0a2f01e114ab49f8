package dev.shirabe.detect.names;

import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Whether a person-name word touches a span: a label or title right before it ("氏名：",
 * "担当\n", "【差出人】", "代表取締役 ": the words of {@code context/person.txt} but the
 * honorifics), an honorific or title right after it ("山田様", "ヤマダ さん", "鈴木部長": {@code
 * names/honorifics.txt}, {@code names/titles.txt}), or the head of its table column ("氏名",
 * "フリガナ"). Only separators may stand between. This is the evidence that lets a lone surname
 * or a name written in kana count; the same words, further away, only weigh on confidence
 * ({@link ContextScorer}).
 *
 * <p>Cheap for the many spans that have nothing of the kind: the char next to the span must
 * be one that a word ends (before) or starts (after) with before any word is compared.
 */
final class NameEvidence {

  private final List<String> supporting;
  private final Set<String> supportingSet;
  private final List<String> opposing;
  /** What may stand before a name: labels and titles. */
  private final List<String> before;
  /** What may stand after a name: honorifics and titles. */
  private final List<String> after;
  private final String lastChars;
  /** The titles alone, without the honorifics: what may end a compound title (国防大臣). */
  private final Set<String> titles;
  private final int longestTitle;
  /** {@link #after}'s words by their first char, each list in {@link #after}'s order. */
  private final Map<Character, List<String>> afterByFirstChar;

  NameEvidence(ContextWords words, List<String> honorifics, List<String> titles) {
    this.supporting = words.supporting();
    this.supportingSet = Set.copyOf(supporting);
    this.opposing = words.opposing();
    this.before = supporting.stream().filter(w -> !honorifics.contains(w)).toList();
    this.after = Stream.concat(honorifics.stream(), titles.stream()).toList();
    this.titles = Set.copyOf(titles);
    this.longestTitle = titles.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder last = new StringBuilder();
    for (String word : before) {
      last.append(word.charAt(word.length() - 1));
    }
    this.lastChars = last.toString();
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String word : after) {
      byFirst.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
    }
    byFirst.replaceAll((c, list) -> List.copyOf(list));
    this.afterByFirstChar = Map.copyOf(byFirst);
  }

  /** A label before the span, an honorific after it, or a name column. */
  boolean touches(DetectionText text, List<JapaneseToken> tokens, int start, int end) {
    return before(text, start) || after(text, tokens, end) || inColumn(text, start);
  }

  /** The span is itself one of the words, kana read as katakana: a label (ﾌﾘｶﾞﾅ), no name. */
  boolean isLabel(DetectionText text, int start, int end) {
    String span = Kana.toKatakana(text.folded().substring(start, end).toLowerCase(Locale.ROOT));
    return supportingSet.contains(span);
  }

  /** Words for a person's kin ({@code names/kin-before.txt}). */
  private static final Set<String> KIN = Set.copyOf(WordList.load("names/kin-before.txt"));
  private static final int LONGEST_KIN = KIN.stream().mapToInt(String::length).max().orElse(0);

  /**
   * A word for a person's kin ends right before {@code start}, glued or across one ・ or の, and
   * starts where a token starts (父・種次郎, 長女の恵美子, 四女千恵子): the word after it is that
   * person's name, if it is a name at all. Only right before: further away (父の遺志, 妻の実家)
   * a kin word says nothing of the words around it.
   */
  boolean kinBefore(DetectionText text, List<JapaneseToken> tokens, int start) {
    String folded = text.folded();
    int p = start;
    if (p > 0 && (folded.charAt(p - 1) == '・' || folded.charAt(p - 1) == 'の')) {
      p--;
    }
    for (int length = 1; length <= LONGEST_KIN && length <= p; length++) {
      if (KIN.contains(folded.substring(p - length, p)) && tokenAt(tokens, p - length) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A label or title ends right before {@code start}, separators aside. */
  boolean before(DetectionText text, int start) {
    String folded = text.folded();
    int p = start;
    while (p > 0 && isSeparator(folded.charAt(p - 1))) {
      p--;
    }
    if (p == 0 || lastChars.indexOf(Character.toLowerCase(folded.charAt(p - 1))) < 0) {
      return false;
    }
    for (String word : before) {
      int from = p - word.length();
      if (from >= 0 && folded.regionMatches(true, from, word, 0, word.length())
          && !(isLatin(word.charAt(0)) && from > 0 && isLatin(folded.charAt(from - 1)))) {
        return true; // a Latin word must start a word: "mr" not in "summr"
      }
    }
    return false;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * An honorific or title starts right after {@code end}, spaces aside, and ends where a token
   * ends: 選手 in 選手権 or 様 in 様子 is none.
   */
  boolean after(DetectionText text, List<JapaneseToken> tokens, int end) {
    return wordAfter(text, tokens, end, false) != null;
  }

  /**
   * A title (no honorific) ends at {@code end} and starts where a token starts, at {@code from}
   * or after it: 大臣 of 国防大臣, 課長 of 刑事局第六課長.
   */
  boolean titleEndsAt(DetectionText text, List<JapaneseToken> tokens, int from, int end) {
    String folded = text.folded();
    for (int length = 1; length <= longestTitle && end - length >= from; length++) {
      int start = end - length;
      if (titles.contains(folded.substring(start, end)) && tokenAt(tokens, start) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The longest honorific or title that {@link #after} finds after {@code end}, or null. */
  String wordAfter(DetectionText text, List<JapaneseToken> tokens, int end) {
    return wordAfter(text, tokens, end, true);
  }

  /** @param longest look on after the first word found, for a longer one */
  private String wordAfter(DetectionText text, List<JapaneseToken> tokens, int end, boolean longest) {
    String folded = text.folded();
    int p = end;
    while (p < folded.length() && folded.charAt(p) == ' ') {
      p++;
    }
    p = afterCountryAbbreviation(tokens, p);
    // Only the words that start with the char there: a title follows a name rarely, and the
    // whole list was compared at every name and kana word before.
    List<String> words = p == folded.length() ? null : afterByFirstChar.get(folded.charAt(p));
    if (words == null) {
      return null;
    }
    String found = null;
    for (String word : words) {
      if ((found == null || word.length() > found.length()) && folded.startsWith(word, p)
          && endsToken(tokens, p + word.length())) {
        found = word;
        if (!longest) {
          break;
        }
      }
    }
    return found;
  }

  /**
   * Past a one-kanji country (米, 英, 露 as IPADIC reads them) that starts at {@code p}: a title
   * follows it as it follows the name (レーガン米大統領, ブラウン英首相); else {@code p}.
   */
  private static int afterCountryAbbreviation(List<JapaneseToken> tokens, int p) {
    int k = tokenAt(tokens, p);
    if (k >= 0 && k + 1 < tokens.size()) {
      JapaneseToken t = tokens.get(k);
      if (t.surface().length() == 1 && t.partOfSpeech().startsWith(COUNTRY)
          && tokens.get(k + 1).start() == t.end()) {
        return t.end();
      }
    }
    return p;
  }

  private static final String COUNTRY = "名詞-固有名詞-地域-国";

  /** The index of the token that starts at {@code offset}, or -1. */
  private static int tokenAt(List<JapaneseToken> tokens, int offset) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = tokens.get(mid).start();
      if (start < offset) {
        low = mid + 1;
      } else if (start > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** A token ends at {@code offset}: the text ends there or a token starts there. */
  private static boolean endsToken(List<JapaneseToken> tokens, int offset) {
    return tokenAt(tokens, offset) >= 0
        || tokens.isEmpty() || tokens.get(tokens.size() - 1).end() == offset;
  }

  /** The head of the span's table column names a person ("氏名") and nothing else ("会社名"). */
  boolean inColumn(DetectionText text, int start) {
    String header = text.columnHeader(start);
    if (header.isEmpty()) {
      return false;
    }
    return supporting.stream().anyMatch(header::contains)
        && opposing.stream().noneMatch(header::contains);
  }

  /** What may stand between a label and the name it labels. */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == '】' || c == ']';
  }
}
