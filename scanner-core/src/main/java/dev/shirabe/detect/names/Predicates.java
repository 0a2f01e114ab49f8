package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.WordList;
import java.util.List;

/**
 * What the predicate of a sentence says of its subject: a person (…に生まれる, …を指名した,
 * 出演), an organisation (…設立された, 創立当初, 本社, 製造), or nothing either way. A lone
 * katakana word at the head of a sentence (シェクリイは, ゴンゾは) looks the same whether it names a
 * writer or a studio; what the sentence goes on to say it did tells them apart, where nothing
 * before the word does. The words are {@code names/person-predicates.txt} and {@code
 * names/organisation-predicates.txt}; a person's word wins over an organisation's (a founder:
 * 田中は…会社を設立し、社長に就任した).
 *
 * <p>Cost: asked only of a proposed name that is a whole run right before は or が; it reads the
 * rest of that sentence (to its 。 or the line's end) once per list word, a few dozen short
 * substring searches.
 */
final class Predicates {

  static final int NONE = 0;
  static final int PERSON = 1;
  static final int ORGANISATION = 2;

  static final Predicates STANDARD = new Predicates(
      WordList.load("names/person-predicates.txt"),
      WordList.load("names/organisation-predicates.txt"));

  /** The longest sentence read after the subject, in chars: a subject this far off is another's. */
  static final int MAX_SENTENCE = 160;

  private final List<String> person;
  private final List<String> organisation;

  Predicates(List<String> person, List<String> organisation) {
    this.person = List.copyOf(person);
    this.organisation = List.copyOf(organisation);
  }

  /**
   * What the sentence says of a word (a whole run of tokens, for the caller to know) that ends
   * with token {@code last}, when it is written right before the particle of a subject, は or
   * が; {@link #NONE} otherwise.
   */
  int ofSubject(DetectionText text, List<JapaneseToken> tokens, int last) {
    if (last + 1 >= tokens.size()) {
      return NONE;
    }
    JapaneseToken particle = tokens.get(last + 1);
    String p = particle.surface();
    if (particle.start() != tokens.get(last).end() || !(p.equals("は") || p.equals("が"))
        || !particle.partOfSpeech().startsWith("助詞")) {
      return NONE;
    }
    return of(text.folded(), particle.end());
  }

  /** What the rest of the sentence from {@code from} says of its subject. */
  int of(String text, int from) {
    int to = from;
    int limit = Math.min(text.length(), from + MAX_SENTENCE);
    while (to < limit && text.charAt(to) != '。' && text.charAt(to) != '\n') {
      to++;
    }
    String rest = text.substring(from, to);
    for (String word : person) {
      if (rest.contains(word)) {
        return PERSON;
      }
    }
    for (String word : organisation) {
      if (rest.contains(word)) {
        return ORGANISATION;
      }
    }
    return NONE;
  }
}
