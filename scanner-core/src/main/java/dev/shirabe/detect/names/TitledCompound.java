package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import java.util.List;

/**
 * A compound title glued after a name: nouns that end with a title of {@code names/titles.txt}
 * (ナティエ・ペレア国防大臣, ジョン・クインシー・アダムズ上院議員, 蔣介石国民党総裁, 林頼三郎大審院検事,
 * チェルコーフKGB第一副議長). The words before the title say whose or what office it is, often an
 * organisation (上院, 国民党, 司法省, which IPADIC marks so); the name before them is the office
 * holder's, not the first word of a compound (小林製薬) nor the organisation's name. Not where a
 * word of a firm, a school or a place stands among them (山田製作所所長, 中央区長: the name is
 * the firm's or the place's there).
 */
final class TitledCompound {

  /** The longest compound title read, in chars: 司法省刑事局第六課長 is ten. */
  static final int MAX_CHARS = 10;

  private final NameEvidence evidence;
  private final NameAffixes affixes;

  TitledCompound(NameEvidence evidence, NameAffixes affixes) {
    this.evidence = evidence;
    this.affixes = affixes;
  }

  /** A compound title is glued after token {@code last}, the end of a name. */
  boolean after(DetectionText text, List<JapaneseToken> tokens, int last) {
    int k = last + 1;
    if (k >= tokens.size() || tokens.get(k).start() != tokens.get(last).end()
        || tokens.get(k).partOfSpeech().startsWith("名詞-接尾")) {
      return false; // a suffix glued to the name makes it an institution's: 隆文 + 館 + 編集記者
    }
    int from = tokens.get(k).start();
    int m = k;
    while (true) {
      JapaneseToken t = tokens.get(m);
      if (!inCompound(t) || t.end() - from > MAX_CHARS) {
        return false;
      }
      boolean ends = m + 1 == tokens.size() || tokens.get(m + 1).start() != t.end()
          || !isNoun(tokens.get(m + 1)) || tokens.get(m + 1).partOfSpeech().startsWith(HONORIFIC);
      if (ends) {
        return evidence.titleEndsAt(text, tokens, from, t.end());
      }
      m++;
    }
  }

  private static final String HONORIFIC = "名詞-接尾-人名";

  /** A noun or a prefix (第, 副) not in hiragana: what a compound is made of. */
  private static boolean isNoun(JapaneseToken t) {
    String pos = t.partOfSpeech();
    return (pos.startsWith("名詞") || pos.startsWith("接頭詞"))
        && NameScript.of(t) != NameScript.HIRAGANA;
  }

  /** A word of the compound: a noun, no honorific, no firm's or place's word. */
  private boolean inCompound(JapaneseToken t) {
    String pos = t.partOfSpeech();
    return isNoun(t) && !pos.startsWith("名詞-接尾-地域") && !pos.startsWith(HONORIFIC)
        && !affixes.isSuffix(t);
  }
}
