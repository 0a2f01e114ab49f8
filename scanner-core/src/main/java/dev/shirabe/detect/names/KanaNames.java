package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.Kana;
import java.util.ArrayList;
import java.util.List;

/**
 * Names written in kana, which the dictionaries cannot know (ヤマダ タロウ, はなこ): the second
 * pass of {@link JapanesePersonDetector}, over the runs of kana between the names the first
 * found. A run is a name on evidence: an honorific or title after it, a label before it, a name
 * column ({@link NameEvidence}), or the kanji name beside it whose reading it is (山田太郎
 * （ヤマダタロウ）, a フリガナ line over the name), which then takes that reading. Not a
 * loanword (メーカーさん), a label (フリガナ), or a word with its honorific (みなさん).
 */
final class KanaNames {

  /** The longest run of kana read as a name. */
  private static final int MAX_KANA_NAME = 16;

  /** How far a kana reading may stand from its kanji name (a label and a line between). */
  private static final int READING_REACH = 12;

  /** Honorifics written in hiragana, which run on from a name in hiragana (はなこさん). */
  private static final List<String> KANA_HONORIFICS = List.of("さん", "さま", "くん", "ちゃん");

  private final NameLexicon lexicon;
  private final NameAffixes affixes;
  private final NameEvidence evidence;

  KanaNames(NameLexicon lexicon, NameAffixes affixes, NameEvidence evidence) {
    this.lexicon = lexicon;
    this.affixes = affixes;
    this.evidence = evidence;
  }

  /**
   * Kana words that are names on evidence: an honorific, a label or a name column touching
   * them, or the kanji name beside them whose reading they are.
   */
  List<NameCandidate> find(
      DetectionText text, List<JapaneseToken> tokens, boolean[] used, List<NameCandidate> names) {
    List<NameCandidate> found = new ArrayList<>();
    String folded = text.folded();
    int nextName = 0; // index of the first name that ends after the current position
    int end = 0;
    for (int i = 0; i < tokens.size(); i++) {
      JapaneseToken t = tokens.get(i);
      if (used[i] || t.start() < end) {
        continue;
      }
      if (!Kana.isKana(t.surface().charAt(0))) {
        continue;
      }
      NameScript script = NameScript.of(t);
      if (script != NameScript.KATAKANA && script != NameScript.HIRAGANA
          || t.start() > 0 && script.has(folded.charAt(t.start() - 1))) {
        continue; // not kana, or inside a longer word of the same script
      }
      int runEnd = kanaRunEnd(folded, t.start(), script);
      end = runEnd;
      if (runEnd - t.start() > MAX_KANA_NAME || runEnd - t.start() < 2
          || companyInBankKana(folded, t.start(), runEnd)) {
        continue; // one kana is no name (the カ of "(カ"); a company's account name is none
      }
      boolean honorific = false;
      if (script == NameScript.HIRAGANA) {
        int h = honorificAt(folded, t.start(), runEnd);
        honorific = h >= 0;
        runEnd = honorific ? h : runEnd;
        if (runEnd - t.start() < 2 || !hiraganaNameOk(text, tokens, i, runEnd, honorific)) {
          continue;
        }
      }
      while (nextName < names.size() && names.get(nextName).end <= t.start()) {
        nextName++;
      }
      NameCandidate kana = new NameCandidate(i, t.start(), runEnd);
      String reading = Kana.toKatakana(folded.substring(t.start(), runEnd));
      NameCandidate kanji = readingMatch(folded, names, nextName, kana.start, kana.end, reading);
      boolean labelled = evidence.before(text, kana.start) || evidence.inColumn(text, kana.start);
      boolean evidenced = kanji == null && (labelled || honorific
          || evidence.after(text, tokens, kana.end)
              && (script == NameScript.KATAKANA || allContentNouns(tokens, i, kana.end)));
      boolean onlyFollowed = kanji == null && !labelled && !honorific;
      if (kanji == null && !evidenced
          || kanji == null && script == NameScript.KATAKANA
              && notAName(reading, onlyFollowed)
          || evidence.isLabel(text, kana.start, kana.end)) {
        // no evidence; a loanword (メーカーさん, ﾒｰﾙ), or a country before a title (アメリカ
        // 大統領); a label (フリガナ heads a column)
        continue;
      }
      kana.readAs(reading, kanji);
      if (kanji != null) {
        kanji.adoptReading(kana);
        kana.confidence = JapanesePersonDetector.KANA_READING;
        if (kanji.confidence < JapanesePersonDetector.KANA_READING) {
          kanji.confidence = JapanesePersonDetector.EVIDENCED; // its reading beside it vouches for a lone name
        }
      } else {
        kana.confidence = JapanesePersonDetector.EVIDENCED;
      }
      if (!affixes.before(tokens, i)) {
        found.add(kana);
      }
    }
    return found;
  }

  /**
   * The legal forms of companies as bank transfers write them in kana (全銀 abbreviations):
   * 株式会社 カ, 有限会社 ユ, 合同会社 ド, 合名会社 メ, 合資会社 シ, 医療法人 イ, 学校法人 ガク, 財団法人
   * ザイ, 社団法人 シヤ, 宗教法人 シユウ.
   */
  private static final List<String> LEGAL_FORMS =
      List.of("カ", "ユ", "ド", "メ", "シ", "イ", "ガク", "ザイ", "シヤ", "シユウ");

  /**
   * The kana run is a company's name as a bank account holds it: a legal form in brackets
   * after it, "ヤマダデンキ(カ", or before it, "カ)ヤマダデンキ" (as in 口座名義 columns).
   */
  static boolean companyInBankKana(String folded, int start, int end) {
    if (end + 1 < folded.length() && (folded.charAt(end) == '(' || folded.charAt(end) == '（')) {
      int to = end + 1;
      while (to < folded.length() && isAnyKatakana(folded.charAt(to))) {
        to++;
      }
      if (LEGAL_FORMS.contains(Kana.toKatakana(folded.substring(end + 1, to)))) {
        return true;
      }
    }
    if (start > 1 && (folded.charAt(start - 1) == ')' || folded.charAt(start - 1) == '）')) {
      int from = start - 1;
      while (from > 0 && isAnyKatakana(folded.charAt(from - 1))) {
        from--;
      }
      return LEGAL_FORMS.contains(Kana.toKatakana(folded.substring(from, start - 1)));
    }
    return false;
  }

  private static boolean isAnyKatakana(char c) {
    return Kana.isKatakana(c) || Kana.isHalfWidthKatakana(c);
  }

  /** The end of the run of kana of one script from {@code start}, single spaces and ・ inside. */
  private static int kanaRunEnd(String folded, int start, NameScript script) {
    int p = start;
    while (p < folded.length()) {
      char c = folded.charAt(p);
      if (script.has(c)) {
        p++;
      } else if ((c == ' ' || c == '・') && p + 1 < folded.length() && p > start
          && script.has(folded.charAt(p + 1)) && script.has(folded.charAt(p - 1))) {
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /** Where the first hiragana honorific starts in [start + 2, end), or -1. */
  static int honorificAt(String folded, int start, int end) {
    for (int at = start + 2; at < end; at++) {
      char c = folded.charAt(at);
      if (c != 'さ' && c != 'く' && c != 'ち') {
        continue; // no honorific starts here
      }
      for (String h : KANA_HONORIFICS) {
        if (at + h.length() <= end && folded.startsWith(h, at)) {
          return at;
        }
      }
    }
    return -1;
  }

  /**
   * A run of hiragana before an honorific, or standing alone, may be a given name unless it is
   * a word with its honorific (みなさん, おじさん) or, inside a sentence, starts with a
   * particle or an inflection (今日はさくらさん: は is a particle).
   */
  private boolean hiraganaNameOk(
      DetectionText text, List<JapaneseToken> tokens, int i, int end, boolean honorific) {
    String folded = text.folded();
    int start = tokens.get(i).start();
    if (end - start > JapanesePersonDetector.MAX_GIVEN_NAME * 2) {
      return false;
    }
    if (honorific) {
      int h = end;
      for (String k : KANA_HONORIFICS) {
        if (folded.startsWith(k, h) && lexicon.lookup(folded.substring(start, h + k.length())).known()) {
          return false;
        }
      }
    } else if (end < folded.length() && JapaneseScript.isJapanese(folded.charAt(end))
        && !evidence.after(text, tokens, end)) {
      return false; // the run does not end where a name would
    }
    boolean midSentence = start > 0 && JapaneseScript.isJapanese(folded.charAt(start - 1));
    return !midSentence || isContentNoun(tokens.get(i));
  }

  /**
   * Every token from i that starts before {@code end} is a noun that can be a name: a word
   * before 様 in hiragana is a name only then (not という様子, など様々).
   */
  private static boolean allContentNouns(List<JapaneseToken> tokens, int i, int end) {
    for (int k = i; k < tokens.size() && tokens.get(k).start() < end; k++) {
      if (!isContentNoun(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** A noun that can be a name: not a suffix (さん), a dependent noun (こと) or a pronoun. */
  static boolean isContentNoun(JapaneseToken t) {
    String pos = t.partOfSpeech();
    return pos.startsWith("名詞") && !pos.startsWith("名詞-接尾") && !pos.startsWith("名詞-非自立")
        && !pos.startsWith("名詞-代名詞");
  }

  /**
   * Some word of the katakana run is an ordinary word, never a name (メーカー, メール), or, when
   * only a title follows it, mostly a country or a company (アメリカ大統領, インド大使).
   */
  private boolean notAName(String katakana, boolean onlyTitleAfter) {
    for (String word : katakana.split("[ ・]")) {
      NameLexicon.Senses senses = lexicon.lookup(word);
      if (senses.ordinaryWord() || onlyTitleAfter && senses.mostlyCountryOrOrganisation()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kanji name whose reading the kana run is: the nearest name before or after it within
   * {@link #READING_REACH} chars, no sentence between, with the same reading by {@link
   * Kana#looseKey}, or, right beside it, a reading that starts with the surname's (the
   * dictionary may guess a given name's reading wrong: 山田太郎（ヤマダタカオ）).
   */
  private static NameCandidate readingMatch(
      String folded, List<NameCandidate> names, int nextName, int start, int end, String reading) {
    NameCandidate before = nextName > 0 ? names.get(nextName - 1) : null;
    NameCandidate after = nextName < names.size() ? names.get(nextName) : null;
    if (after != null && after.start < end) {
      after = nextName + 1 < names.size() ? names.get(nextName + 1) : null;
    }
    for (NameCandidate name : new NameCandidate[] {before, after}) {
      if (name == null || name.rejected) {
        continue;
      }
      int gapStart = name.end <= start ? name.end : end;
      int gapEnd = name.end <= start ? start : name.start;
      if (gapEnd - gapStart > READING_REACH || folded.substring(gapStart, gapEnd).contains("。")
          || name.reading() == null) {
        continue;
      }
      if (Kana.looseKey(reading).equals(Kana.looseKey(name.reading()))) {
        return name;
      }
      String surname = name.surnameReading();
      String key = Kana.looseKey(reading);
      String surnameKey = surname == null ? "" : Kana.looseKey(surname);
      boolean beside = folded.substring(gapStart, gapEnd).chars().allMatch(c -> "()[] \t".indexOf(c) >= 0);
      if (beside && name.partCount() > 1 && !surnameKey.isEmpty() && key.startsWith(surnameKey)
          && key.length() > surnameKey.length()) {
        return name;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- values
}
