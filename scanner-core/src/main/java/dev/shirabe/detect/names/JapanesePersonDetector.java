package dev.shirabe.detect.names;

import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.LanguageScope;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names of people in Japanese text, from the parts of speech Kuromoji (IPADIC and
 * Shirabe's user dictionary) gives the part's shared tokens ({@link
 * DetectionText#japaneseTokens()}), in one pass over them and a second over the kana words
 * between.
 *
 * <p>What is read as a name:
 *
 * <ul>
 *   <li>A surname with its given name, written together (山田太郎), with a half- or full-width
 *       space (山田 太郎), or as the only words of two table cells or lines (山田⏎太郎), where
 *       Tika puts a cell's line break or each cell on a line of its own. Over a space or a line
 *       break the second word must be a given name in the dictionary, since Kuromoji often
 *       misreads a word standing apart (太郎 as a place). A given name in hiragana right after
 *       a kanji surname counts too (山本さくら).
 *   <li>A foreign name in katakana, its parts joined by ・, = or a space, with middle initials
 *       (ジョン・スミス, ジョン・F・ケネディ), when a part at one end is a name in the dictionary,
 *       the first is no city or company and no part an ordinary word, but a surname after a
 *       given name (not ヒューストン・ロケッツ, ジョンソン・エンド・ジョンソン; ブラッド・ピット).
 *   <li>A lone surname or given name of a full name found in the same text (坂本龍一 … 坂本).
 *   <li>A name in kana that the dictionary cannot know (ヤマダ タロウ, はなこ), on evidence: an
 *       honorific or title right after it, a name label right before it, a name column
 *       ({@link NameEvidence}), or the kanji name right beside it whose reading it is
 *       (山田太郎（ヤマダタロウ）, a フリガナ line over the name): {@link KanaNames}.
 *   <li>A surname or given name alone (山田), which says little by itself: it counts with
 *       evidence touching it, or with context words nearby ({@link ContextScorer}, applied
 *       by {@link DetectorSet}); a one-char name (森) or a word that is mostly an ordinary
 *       word (中央) only with evidence touching it.
 * </ul>
 *
 * <p>Honorifics and labels are never part of a name. A name glued to the words of an
 * organisation or place (株式会社山田, 山田商事, 田中大学, 中央区山田) is not a person's
 * ({@link NameAffixes}).
 *
 * <p>Confidence follows the evidence: a full name 0.7; a full name over a space or line break,
 * or a kana name that is the reading of the kanji name beside it, 0.6; a lone name or kana name
 * touching evidence, 0.55; a full name glued to a noun as the first word of a compound
 * (山田雄三ゼミナール) 0.45; a lone name otherwise 0.3, which {@link DetectorSet} drops unless
 * context words raise it. Names of two kanji (1 + 1) count as lone: as often some other word.
 *
 * <p>{@code normalized} holds three keys for the subject lookup, joined by {@code |}: the
 * reading in katakana, the romaji ({@link Romaji}) and the written form, each with its parts
 * (surname, given name; the parts of a foreign name) separated by one space and no space
 * inside a part, kana as full-width katakana: {@code ヤマダ タロウ|yamada taro|山田 太郎}. The
 * reading comes from the dictionary, or from a kana reading written beside the name, which
 * wins; for a part IPADIC has no name reading for, from ENAMDICT ({@link
 * NameLexicon#enamdictReadings}: 松友美佐紀 is {@code マツトモ ミサキ|matsutomo misaki|松友 美佐紀}).
 * A name ENAMDICT reads several ways has its other readings in a fourth field, separated by
 * {@code ;}, each a key too: {@code タナカ コウスケ|tanaka kosuke|田中 光祐|タナカ ミツスケ;タナカ ミユ}.
 * Reading and romaji are empty when a part's reading is unknown ({@code ||陳 水扁}).
 */
public final class JapanesePersonDetector implements Detector {

  public static final String NAME = "kuromoji-name";

  static final double FULL_NAME = 0.7;
  static final double NAME_OVER_GAP = 0.6;
  static final double KANA_READING = 0.6;
  static final double EVIDENCED = 0.55;
  static final double IN_COMPOUND = 0.45;
  static final double LONE = 0.3;

  /** The longest given name in kana or kanji read after a surname, in chars. */
  static final int MAX_GIVEN_NAME = 5;

  private static final String HONORIFIC_POS = "名詞-接尾-人名";

  /**
   * Kanji that follow a name without being part of it or making it something else: the
   * family (伊藤家), plurals (吉村ら, 山田等), a side, a home, care of (山田方).
   */
  private static final String PERSON_SUFFIXES = "家等達側宅邸方";

  private final NameLexicon lexicon = NameLexicon.standard();
  private final KatakanaWords katakanaWords = KatakanaWords.standard();
  private final NameAffixes affixes = new NameAffixes();
  private final NameEvidence evidence = new NameEvidence(ContextWords.of(FindingType.PERSON),
      WordList.load("names/honorifics.txt"), WordList.load("names/titles.txt"));
  private final KanaNames kana = new KanaNames(lexicon, affixes, evidence);
  private final TitledCompound titled = new TitledCompound(evidence, affixes);
  private final ModelNames proposed;

  /** With the model on the class path, loaded when Japanese text first needs it. */
  public JapanesePersonDetector() {
    this.proposed = new ModelNames(
        JapaneseNameModel::standard, lexicon, katakanaWords, affixes, evidence, this::inCompound);
  }

  /** With a name model of one's own (training measures one before it is written). */
  public JapanesePersonDetector(JapaneseNameModel model) {
    this.proposed = new ModelNames(
        () -> model, lexicon, katakanaWords, affixes, evidence, this::inCompound);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Kuromoji's parts of speech say something of Japanese text only. */
  @Override
  public LanguageScope scope() {
    return LanguageScope.JAPANESE;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    List<JapaneseToken> tokens = text.japaneseTokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    boolean[] used = new boolean[tokens.size()];
    List<NameCandidate> names = ruleNames(text, tokens, used);
    proposed.addTo(text, tokens, names, used, marks(tokens, names));
    ModelNames.dropUnsureInTitles(text, names);
    linkLoneNames(text, names);
    List<NameCandidate> kanaNames = kana.find(text, tokens, used, names);
    List<NameCandidate> all = new ArrayList<>(names.size() + kanaNames.size());
    for (NameCandidate c : names) {
      if (c.confidence > 0) {
        all.add(c);
      }
    }
    all.addAll(kanaNames);
    all.sort((a, b) -> Integer.compare(a.start, b.start));
    List<Finding> findings = new ArrayList<>(all.size());
    for (NameCandidate c : joinNameColumns(text, all)) {
      findings.add(c.toFinding(text, NAME, lexicon));
    }
    return findings;
  }

  /**
   * A surname and a given name in two cells side by side whose column heads say so (姓 and 名,
   * セイ and メイ, Last Name and First Name: a CSV export of a name card list or a payroll) are one
   * person's name, as the same name in one cell is: one finding, with both parts for the subject
   * lookup's keys.
   */
  private static List<NameCandidate> joinNameColumns(DetectionText text, List<NameCandidate> names) {
    List<NameCandidate> out = new ArrayList<>(names.size());
    String folded = text.folded();
    for (int k = 0; k < names.size(); k++) {
      NameCandidate a = names.get(k);
      NameCandidate b = k + 1 < names.size() ? names.get(k + 1) : null;
      boolean besideInRow = b != null && a.partCount() == 1 && b.partCount() == 1
          && b.start == a.end + 1 && (folded.charAt(a.end) == ',' || folded.charAt(a.end) == '\t');
      if (besideInRow && isSurnameColumn(text.columnHeader(a.start))
          && isGivenNameColumn(text.columnHeader(b.start))) {
        a.parts.add(b.parts.get(0));
        a.end = b.end;
        a.confidence = Math.max(a.confidence, b.confidence);
        out.add(a);
        k++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean isSurnameColumn(String head) {
    return head.startsWith("姓") || head.startsWith("せい") || head.startsWith("セイ")
        || head.contains("last name") || head.contains("family name") || head.equals("surname");
  }

  private static boolean isGivenNameColumn(String head) {
    return head.startsWith("名") && !head.startsWith("名前") && !head.startsWith("名称")
        || head.startsWith("めい") || head.startsWith("メイ")
        || head.contains("first name") || head.contains("given name");
  }

  /** The names the rules read, from the dictionary's parts of speech, marking their tokens used. */
  private List<NameCandidate> ruleNames(
      DetectionText text, List<JapaneseToken> tokens, boolean[] used) {
    List<NameCandidate> names = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      NameCandidate name = nameAt(text, tokens, i);
      if (name != null) {
        names.add(name);
        for (int k = name.firstToken; k <= name.lastToken; k++) {
          used[k] = true;
        }
        i = name.lastToken;
      }
    }
    return names;
  }

  /**
   * What the rules made of each token, for the name model to weigh beside its other features
   * ({@link JapaneseNameFeatures}): the same marks when it learns ({@link #ruleMarks}) and when
   * it detects.
   */
  public String[] ruleMarks(DetectionText text) {
    List<JapaneseToken> tokens = text.japaneseTokens();
    return marks(tokens, ruleNames(text, tokens, new boolean[tokens.size()]));
  }

  private static String[] marks(List<JapaneseToken> tokens, List<NameCandidate> names) {
    String[] marks = new String[tokens.size()];
    for (NameCandidate name : names) {
      String mark = name.rejected ? "rejected"
          : name.confidence >= NAME_OVER_GAP ? "full"
          : name.confidence >= EVIDENCED ? "evidenced"
          : name.confidence >= IN_COMPOUND ? "compound"
          : name.confidence > 0 ? "lone" : "kept";
      for (int k = name.firstToken; k <= name.lastToken; k++) {
        marks[k] = mark;
      }
    }
    return marks;
  }

  /**
   * A lone surname or given name that is a part of a full name found in the same text names
   * that person again ("坂本龍一は…。坂本は…", a mail's "山田太郎" then "山田"): it counts as if
   * evidence touched it.
   */
  private static void linkLoneNames(DetectionText text, List<NameCandidate> names) {
    Set<String> parts = new HashSet<>();
    for (NameCandidate name : names) {
      if (name.partCount() > 1 && name.confidence >= NAME_OVER_GAP) {
        for (int k = 0; k < name.partCount(); k++) {
          parts.add(name.partText(text, k));
        }
      }
    }
    for (NameCandidate name : names) {
      if (name.confidence == LONE && parts.contains(name.partText(text, 0))) {
        name.confidence = EVIDENCED;
      }
    }
  }

  // ---------------------------------------------------------------- names from the dictionary

  /** The name that starts with token i, or null. */
  private NameCandidate nameAt(DetectionText text, List<JapaneseToken> tokens, int i) {
    JapaneseToken t = tokens.get(i);
    if (t.isPersonName()) {
      NameScript script = NameScript.of(t);
      return script == NameScript.KATAKANA ? foreignName(text, tokens, i)
          : script == NameScript.KANJI ? kanjiName(text, tokens, i, false) : null;
    }
    if (surnameBeforeGivenName(text, tokens, i) || placeSurnameBeforeTitle(text, tokens, i)) {
      return kanjiName(text, tokens, i, true);
    }
    return nameByLexicon(tokens, i)
        ? kanjiName(text, tokens, i, lexicon.lookup(t.surface()).surname()) : null;
  }

  /**
   * A kanji word Kuromoji read as a place or a common noun (石田, 青葉, 南) that the dictionary
   * has as a surname, or any kanji word after a label, right before a given name: glued to one
   * Kuromoji read as such, or a space before a word that is a given name in the dictionary
   * (石田 隆, 青葉 一郎).
   */
  private boolean surnameBeforeGivenName(DetectionText text, List<JapaneseToken> tokens, int i) {
    if (i + 2 >= tokens.size()) {
      return false;
    }
    JapaneseToken t = tokens.get(i);
    JapaneseToken next = tokens.get(i + 1);
    JapaneseToken afterGap = tokens.get(i + 2);
    boolean glued = next.isGivenName() && NameScript.of(next) == NameScript.KANJI;
    boolean spaced = !glued && NameAffixes.isSpace(next)
        && afterGap.partOfSpeech().startsWith("名詞")
        && NameScript.of(afterGap) == NameScript.KANJI;
    if (!glued && !spaced || t.surface().length() > 3 || !t.partOfSpeech().startsWith("名詞")
        || NameScript.of(t) != NameScript.KANJI) {
      return false;
    }
    // Read as a suffix only after a word: Kuromoji reads 林 after "主任," as one (林 = grove).
    boolean startsWord = t.start() == 0
        || !JapaneseScript.isJapanese(text.folded().charAt(t.start() - 1));
    if (t.partOfSpeech().startsWith("名詞-接尾") && !startsWord
        || evidence.isLabel(text, t.start(), t.end())) {
      return false; // a suffix, or a title: 社長 in "代表取締役社長 青葉 一郎"
    }
    // A surname the dictionary lacks counts after a label or title (代表取締役 向陽 誠司).
    if (!lexicon.lookup(t.surface()).surname() && !evidence.before(text, t.start())) {
      return false;
    }
    return glued || afterGap.isGivenName() && !afterGap.isSurname()
        || lexicon.lookup(afterGap.surface()).givenName();
  }

  /**
   * A place's name that is a surname too (等々力, 太田, 徳山), right before a title that follows
   * people and not places (等々力警部, 太田社長): a surname. Before an office that a place has too
   * (市長, 知事, 大統領: {@code names/place-offices.txt}) it stays a place.
   */
  private boolean placeSurnameBeforeTitle(DetectionText text, List<JapaneseToken> tokens, int i) {
    JapaneseToken t = tokens.get(i);
    if (!t.isPlaceName() || t.surface().length() > 3 || NameScript.of(t) != NameScript.KANJI) {
      return false;
    }
    String title = evidence.wordAfter(text, tokens, t.end());
    return title != null && !PLACE_OFFICES.contains(title) && lexicon.isSurname(t.surface());
  }

  private static final Set<String> PLACE_OFFICES = Set.copyOf(WordList.load("names/place-offices.txt"));

  /**
   * A kanji word Kuromoji did not read as a name where the dictionary has it mostly as one:
   * after a colon ("担当:山田") or before an honorific, Kuromoji may read it as any noun; before
   * a particle or an inflection ("営業部の山田です"), IPADIC's common-noun sense of a surname
   * (山田, 名詞-一般) may win.
   */
  private boolean nameByLexicon(List<JapaneseToken> tokens, int i) {
    JapaneseToken t = tokens.get(i);
    String pos = t.partOfSpeech();
    if (!pos.startsWith("名詞") || t.surface().length() > 3 || t.isPlaceName()) {
      return false;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).partOfSpeech() : "記号";
    // One kanji alone is no name without evidence touching it: not worth a look-up there.
    boolean commonNounBeforeFunctionWord = pos.startsWith("名詞-一般") && t.surface().length() > 1
        && (next.startsWith("助詞") || next.startsWith("助動詞") || next.startsWith("記号"));
    boolean afterColon = i > 0 && tokens.get(i - 1).surface().equals(":");
    if (!commonNounBeforeFunctionWord && !afterColon && !next.startsWith(HONORIFIC_POS)) {
      return false;
    }
    return NameScript.of(t) == NameScript.KANJI && lexicon.lookup(t.surface()).mostlyName();
  }

  /**
   * A name in kanji from token {@code first}: a surname, its given name, or one of them.
   *
   * @param surname the first token is a surname, whatever Kuromoji read it as
   */
  private NameCandidate kanjiName(
      DetectionText text, List<JapaneseToken> tokens, int first, boolean surname) {
    NameCandidate name = new NameCandidate(first);
    JapaneseToken t0 = tokens.get(first);
    name.openPart(t0.start(), readingOf(t0));
    name.extend(first, t0.end());
    boolean inSurname = surname || t0.isSurname();
    boolean overGap = false;
    int last = first;
    while (last + 1 < tokens.size()) {
      JapaneseToken next = tokens.get(last + 1);
      NameScript script = NameScript.of(next);
      // A name in katakana after a kanji one (土屋アンナ) must end its word: not ミカ of ミカド.
      boolean wordEnds = script != NameScript.KATAKANA || !isKatakanaWord(tokens, last + 2);
      if (next.isPersonName() && (script == NameScript.KANJI || script == NameScript.KATAKANA) && wordEnds) {
        if (inSurname && !next.isSurname()) {
          name.openPart(next.start(), readingOf(next));
          inSurname = false;
        } else {
          name.appendReading(readingOf(next));
        }
        name.extend(++last, next.end());
        continue;
      }
      int glued = inSurname || name.partCount() < 2 ? -1 : gluedToGivenName(text, tokens, last + 1, name);
      if (glued > last) {
        name.appendReading(null); // a common noun's reading is no name's reading
        name.extend(glued, tokens.get(glued).end());
        last = glued;
        continue;
      }
      int givenEnd = inSurname && name.partCount() == 1 && script == NameScript.KANJI
          ? givenNameAt(text, tokens, last + 1) : -1;
      if (givenEnd > last) {
        String word = text.folded().substring(next.start(), tokens.get(givenEnd).end());
        name.openPart(next.start(), lexicon.lookup(word).reading());
        name.extend(givenEnd, tokens.get(givenEnd).end());
        last = givenEnd;
        inSurname = false;
        continue;
      }
      if (inSurname && name.partCount() == 1 && script == NameScript.HIRAGANA) {
        int end = hiraganaGivenName(text, tokens, last + 1);
        if (end > 0) {
          name.openPart(next.start(), Kana.toKatakana(text.folded().substring(next.start(), end)));
          name.extend(lastTokenBefore(tokens, last + 1, end), end);
          inSurname = false;
          last = name.lastToken;
        }
        break;
      }
      boolean gap = inSurname && name.partCount() == 1 && isGap(text, tokens, first, last + 1)
          && last + 2 < tokens.size();
      int cellGiven = gap ? givenNameAt(text, tokens, last + 2, true) : -1;
      if (cellGiven > last + 2 && endsCell(text.folded(), tokens.get(cellGiven).end())) {
        // A given name Kuromoji split (悠 + 真) filling the cell after a surname's (中村,悠真):
        // whole, where the lexicons know it as a given name.
        JapaneseToken given = tokens.get(last + 2);
        String word = text.folded().substring(given.start(), tokens.get(cellGiven).end());
        name.openPart(given.start(), lexicon.lookup(word).reading());
        last = cellGiven;
        name.extend(last, tokens.get(last).end());
        inSurname = false;
        overGap = true;
        continue;
      }
      if (gap && isGivenNameAfterGap(text, tokens, last + 2, first)) {
        JapaneseToken given = tokens.get(last + 2);
        name.openPart(given.start(), readingOf(given));
        last += 2;
        name.extend(last, given.end());
        inSurname = false;
        overGap = true;
        continue;
      }
      int hiragana = gap && NameAffixes.isSpace(next)
          && NameScript.of(tokens.get(last + 2)) == NameScript.HIRAGANA
          ? hiraganaGivenName(text, tokens, last + 2) : -1;
      if (hiragana > 0) { // 山本　さくら
        JapaneseToken given = tokens.get(last + 2);
        name.openPart(given.start(),
            Kana.toKatakana(text.folded().substring(given.start(), hiragana)));
        name.extend(lastTokenBefore(tokens, last + 2, hiragana), hiragana);
        overGap = true;
      }
      break;
    }
    return judge(text, tokens, name, overGap);
  }

  /**
   * The last of the kanji tokens from k that finish a given name IPADIC split, or -1: kanji
   * that Kuromoji took for common nouns, numbers or places after the first char or two of an
   * unknown given name (江上波夫: 波 + 夫, 伊藤穣一: 穣 + 一, 林頼三郎: 頼 + 三郎), three kanji in
   * all at most, up to the end of the word (punctuation, kana, an honorific).
   */
  private int gluedToGivenName(
      DetectionText text, List<JapaneseToken> tokens, int k, NameCandidate name) {
    int length = name.lastPartLength();
    int last = -1;
    for (int m = k; m < tokens.size(); m++) {
      JapaneseToken t = tokens.get(m);
      if (NameScript.of(t) != NameScript.KANJI) {
        break;
      }
      length += t.surface().length();
      if (length > 3 || !mayFinishGivenName(t)) {
        return -1;
      }
      last = m;
      if (evidence.after(text, tokens, t.end())) {
        break;
      }
    }
    return last;
  }

  /**
   * A kanji token that can be the end of a given name: one kanji of a noun, or a proper noun
   * of two (三郎 read as a place); not a suffix after a name (家, 市, 様, 社), not a common word
   * of two kanji (甲陽軍鑑: 軍鑑).
   */
  private boolean mayFinishGivenName(JapaneseToken t) {
    String pos = t.partOfSpeech();
    boolean suffix = pos.startsWith("名詞-接尾") && !pos.startsWith("名詞-接尾-一般");
    boolean fits = t.surface().length() == 1 || pos.startsWith("名詞-固有名詞");
    return pos.startsWith("名詞") && fits && !suffix && !affixes.isSuffix(t)
        && !(t.surface().length() == 1 && PERSON_SUFFIXES.indexOf(t.surface().charAt(0)) >= 0);
  }

  /**
   * The name is the first word of a compound noun (熊井鉄鋼, 神田祭, 山田ゼミ): a noun glued
   * after it that is neither an honorific or title nor a suffix of persons.
   */
  private boolean inCompound(DetectionText text, List<JapaneseToken> tokens, NameCandidate name) {
    return inCompound(text, tokens, name.lastToken, name.end);
  }

  /** The name that ends with token {@code last}, at {@code end}, is the first word of a compound. */
  private boolean inCompound(DetectionText text, List<JapaneseToken> tokens, int last, int end) {
    int k = last + 1;
    if (k >= tokens.size()) {
      return false;
    }
    JapaneseToken next = tokens.get(k);
    NameScript script = NameScript.of(next);
    if (script != NameScript.KANJI && script != NameScript.KATAKANA || !next.partOfSpeech().startsWith("名詞")
        || next.partOfSpeech().startsWith(HONORIFIC_POS) || next.partOfSpeech().startsWith("名詞-数")) {
      return false;
    }
    if (next.surface().length() == 1 && PERSON_SUFFIXES.indexOf(next.surface().charAt(0)) >= 0) {
      return false;
    }
    return !evidence.after(text, tokens, end) && !titled.after(text, tokens, last);
  }

  /**
   * The end of a given name in hiragana that starts at token k, right after a kanji surname
   * (山本さくら), or -1: two to five hiragana up to an honorific or the end of the word; it may
   * not start with a particle or an inflection (山田です, 山田は).
   */
  private int hiraganaGivenName(DetectionText text, List<JapaneseToken> tokens, int k) {
    JapaneseToken t = tokens.get(k);
    if (!KanaNames.isContentNoun(t)) {
      return -1; // 山田です, 山田は, 山田さん
    }
    String folded = text.folded();
    int end = t.start();
    while (end < folded.length() && Kana.isHiragana(folded.charAt(end))
        && end - t.start() < MAX_GIVEN_NAME + 3) {
      end++;
    }
    int honorific = KanaNames.honorificAt(folded, t.start(), end);
    if (honorific >= 0) {
      end = honorific;
    } else if (end < folded.length() && JapaneseScript.isJapanese(folded.charAt(end))
        && !evidence.after(text, tokens, end)) {
      return -1; // the word runs on: not a name's end
    }
    int length = end - t.start();
    return length >= 2 && length <= MAX_GIVEN_NAME ? end : -1;
  }

  /** The index of the last token that starts before {@code end}. */
  private static int lastTokenBefore(List<JapaneseToken> tokens, int from, int end) {
    int k = from;
    while (k + 1 < tokens.size() && tokens.get(k + 1).start() < end) {
      k++;
    }
    return k;
  }

  /**
   * The last token of a given name that starts at token k, right after a surname, or -1: the
   * kanji up to the end of the word (three at most) that Kuromoji read as common nouns, which
   * together are a given name in the lexicon (伊藤隼と, 須藤元気の, 三浦春馬: 春 + 馬).
   */
  private int givenNameAt(DetectionText text, List<JapaneseToken> tokens, int k) {
    return givenNameAt(text, tokens, k, false);
  }

  /** @param anyLexicon the name lexicon (ENAMDICT) may vouch for the given name too, not IPADIC only */
  private int givenNameAt(DetectionText text, List<JapaneseToken> tokens, int k, boolean anyLexicon) {
    StringBuilder word = new StringBuilder();
    for (int m = k; m < tokens.size(); m++) {
      JapaneseToken t = tokens.get(m);
      String pos = t.partOfSpeech();
      if (NameScript.of(t) != NameScript.KANJI || !pos.startsWith("名詞") || t.isPlaceName()
          || pos.startsWith("名詞-接尾") && m == k) {
        return -1;
      }
      word.append(t.surface());
      if (word.length() > 3) {
        return -1;
      }
      boolean endsWord = m + 1 == tokens.size()
          || NameScript.of(tokens.get(m + 1)) != NameScript.KANJI
          || evidence.after(text, tokens, t.end());
      if (endsWord) {
        String given = word.toString();
        return (anyLexicon ? lexicon.isGivenName(given) : lexicon.lookup(given).givenName()) ? m : -1;
      }
    }
    return -1;
  }

  /**
   * Token k separates a surname from a given name: one or two spaces, or a line break or tab
   * between two cells when the surname is the whole of its cell.
   */
  private static boolean isGap(DetectionText text, List<JapaneseToken> tokens, int first, int k) {
    JapaneseToken gap = tokens.get(k);
    if (NameAffixes.isSpace(gap)) {
      return true;
    }
    String s = gap.surface();
    boolean cellBreak = s.equals("\n") || s.equals("\t") || s.equals("\r\n");
    return cellBreak && startsCell(text.folded(), tokens.get(first).start());
  }

  private static boolean startsCell(String folded, int start) {
    int p = start;
    while (p > 0 && folded.charAt(p - 1) == ' ') {
      p--;
    }
    return p == 0 || folded.charAt(p - 1) == '\n' || folded.charAt(p - 1) == '\t';
  }

  private static boolean endsCell(String folded, int end) {
    int p = end;
    while (p < folded.length() && folded.charAt(p) == ' ') {
      p++;
    }
    return p == folded.length() || folded.charAt(p) == '\n' || folded.charAt(p) == '\t'
        || folded.charAt(p) == '\r';
  }

  /**
   * Token k, after a surname and a gap, is its given name: a kanji word the dictionary has as
   * a given name (whatever Kuromoji made of it there), not read as a surname, that ends there:
   * at an honorific or title, outside Japanese words, or, after a cell break, at its cell's end.
   */
  private boolean isGivenNameAfterGap(
      DetectionText text, List<JapaneseToken> tokens, int k, int first) {
    JapaneseToken t = tokens.get(k);
    if (NameScript.of(t) != NameScript.KANJI || t.surface().length() > MAX_GIVEN_NAME - 1) {
      return false;
    }
    // After a cell break the given name must fill its cell, as the surname fills its own.
    if (!NameAffixes.isSpace(tokens.get(k - 1)) && !endsCell(text.folded(), t.end())) {
      return false;
    }
    if (k + 1 < tokens.size()) {
      JapaneseToken after = tokens.get(k + 1);
      boolean runsOn = NameScript.of(after) == NameScript.KANJI
          && !after.partOfSpeech().startsWith(HONORIFIC_POS) && !evidence.after(text, tokens, t.end());
      if (runsOn) {
        return false;
      }
    }
    // Read as a surname (美穂 in "林 美穂"), it must be a given name in the dictionary too, and
    // only over a space: two cells of surnames side by side ("山田⇥鈴木" under 承認, 確認) are
    // two people, 鈴木 a given name too in IPADIC.
    if (t.isSurname()) {
      return NameAffixes.isSpace(tokens.get(k - 1)) && lexicon.lookup(t.surface()).givenName();
    }
    return t.isGivenName() || lexicon.lookup(t.surface()).givenName();
  }

  /** A foreign name in katakana around token i, its parts joined by ・ or =. */
  private NameCandidate foreignName(DetectionText text, List<JapaneseToken> tokens, int i) {
    int first = i;
    while (true) {
      if (first >= 1 && isKatakanaWord(tokens, first - 1) && adjacent(tokens, first - 1)) {
        first--;
      } else if (first >= 2 && isJoiner(tokens.get(first - 1)) && adjacent(tokens, first - 1)
          && isKatakanaWord(tokens, first - 2) && adjacent(tokens, first - 2)) {
        first -= 2;
      } else {
        break;
      }
    }
    NameCandidate name = new NameCandidate(first);
    int last = first;
    name.openPart(tokens.get(first).start(), tokens.get(first).surface());
    name.extend(first, tokens.get(first).end());
    while (last + 1 < tokens.size()) {
      if (isKatakanaWord(tokens, last + 1) && adjacent(tokens, last)) {
        JapaneseToken next = tokens.get(last + 1);
        name.appendReading(next.surface());
        name.extend(++last, next.end());
      } else if (last + 2 < tokens.size() && NameAffixes.isSpace(tokens.get(last + 1))
          && isKatakanaWord(tokens, last + 2) && tokens.get(last + 2).isPersonName()) {
        JapaneseToken next = tokens.get(last + 2); // エミリー カーター: a space, then a name
        name.openPart(next.start(), next.surface());
        last += 2;
        name.extend(last, next.end());
      } else if (joinsNextPart(tokens, last) && isKatakanaWord(tokens, last + 2)) {
        JapaneseToken next = tokens.get(last + 2);
        name.openPart(next.start(), next.surface());
        last += 2;
        name.extend(last, next.end());
      } else if (joinsNextPart(tokens, last) && tokens.get(last + 2).isInitial()) {
        int k = last + 2; // middle initials: ジョン・F・ケネディ, ジョージ・H・W・ブッシュ
        while (joinsNextPart(tokens, k) && tokens.get(k + 2).isInitial()) {
          k += 2;
        }
        if (!joinsNextPart(tokens, k) || !isKatakanaWord(tokens, k + 2)) {
          break;
        }
        for (int m = last + 2; m <= k; m += 2) {
          JapaneseToken initial = tokens.get(m);
          name.openPart(initial.start(), initial.surface().substring(0, 1));
          name.extend(m, initial.end());
        }
        JapaneseToken next = tokens.get(k + 2);
        name.openPart(next.start(), next.surface());
        last = k + 2;
        name.extend(last, next.end());
      } else {
        break;
      }
    }
    // A transliterated name is made of names: one end at least is a name the dictionary
    // knows (ジョン・スミス, ノアム・チョムスキー), where a firm or a team is made of unknown
    // words (ヒューレット・パッカード, サンアントニオ・スパーズ). A city or a company first makes
    // it a team or a firm (デトロイト・ピストンズ); an ordinary loanword, a title, a product or
    // a company (ジョンソン・エンド・ジョンソン), unless it ends the name after a given name: a
    // surname that is also a word (ブラッド・ピット, ビリー・グリーン).
    if (name.partCount() > 1) {
      NameLexicon.Senses head = lexicon.lookup(name.partText(text, 0));
      NameLexicon.Senses tail = lexicon.lookup(name.partText(text, name.partCount() - 1));
      boolean nameAtAnEnd = head.person() || tail.person()
          || (katakanaWords.kinds(name.partText(text, 0)) & KatakanaWords.NAME) != 0
          || (katakanaWords.kinds(name.partText(text, name.partCount() - 1)) & KatakanaWords.NAME) != 0;
      if (!nameAtAnEnd || head.mostlyPlaceOrOrganisation()) {
        return name.reject();
      }
      List<String> parts = new ArrayList<>(name.partCount());
      for (int k = 0; k < name.partCount(); k++) {
        boolean surnameAfterName = k == name.partCount() - 1 && head.givenName();
        if (!surnameAfterName && lexicon.lookup(name.partText(text, k)).ordinaryWord()) {
          return name.reject();
        }
        parts.add(name.partText(text, k));
      }
      if (katakanaWords.anyPartNoName(parts)) {
        return name.reject();
      }
    }
    return judge(text, tokens, name, false);
  }

  /** A joiner follows token k, and the token after it touches it. */
  private static boolean joinsNextPart(List<JapaneseToken> tokens, int k) {
    return k + 2 < tokens.size() && isJoiner(tokens.get(k + 1)) && adjacent(tokens, k)
        && adjacent(tokens, k + 1);
  }


  private static boolean isKatakanaWord(List<JapaneseToken> tokens, int k) {
    return k < tokens.size() && NameScript.of(tokens.get(k)) == NameScript.KATAKANA;
  }

  private static boolean isJoiner(JapaneseToken t) {
    return t.surface().equals("・") || t.surface().equals("=");
  }

  /** Token k and token k + 1 touch. */
  private static boolean adjacent(List<JapaneseToken> tokens, int k) {
    return k + 1 < tokens.size() && tokens.get(k).end() == tokens.get(k + 1).start();
  }

  /**
   * The name is one kanji word of three chars or more that IPADIC has as a person's name, but
   * neither a surname nor a given name (名詞-固有名詞-人名-一般): a famous person's full name
   * the dictionary holds whole (毛沢東, 聖徳太子, 大伴旅人), not a lone part of one. Measured on
   * the four validation folds of ja_wikipedia_person (1,621 names): five names more, none wrong.
   */
  private static boolean isWholeName(List<JapaneseToken> tokens, NameCandidate name) {
    JapaneseToken t = tokens.get(name.firstToken);
    return name.firstToken == name.lastToken && name.end - name.start >= 3
        && t.partOfSpeech().startsWith(WHOLE_NAME) && NameScript.of(t) == NameScript.KANJI;
  }

  private static final String WHOLE_NAME = "名詞-固有名詞-人名-一般";

  /** A name read from the tokens, weighed: rejected (confidence 0) or given its confidence. */
  private NameCandidate judge(
      DetectionText text, List<JapaneseToken> tokens, NameCandidate name, boolean overGap) {
    takeSuffixOfGivenName(text, tokens, name);
    for (int k = name.firstToken + 1; k <= name.lastToken; k++) {
      if (affixes.isSuffix(tokens.get(k))) {
        return name.reject(); // 田中大学: IPADIC reads 大学 as a given name there
      }
    }
    if (affixes.before(tokens, name.firstToken) || affixes.after(tokens, name.lastToken)
        || KanaNames.companyInBankKana(text.folded(), name.start, name.end)) {
      return name.reject();
    }
    boolean compound = inCompound(text, tokens, name);
    // Two kanji, one a surname and one a given name, are as often any other word (建保, 西昌).
    boolean twoChars = name.end - name.start == 2;
    if ((name.partCount() > 1 || isWholeName(tokens, name)) && !twoChars) {
      name.confidence = compound ? IN_COMPOUND : overGap ? NAME_OVER_GAP : FULL_NAME;
      return name;
    }
    if (evidence.touches(text, tokens, name.start, name.end)
        || evidence.kinBefore(text, tokens, name.start)) {
      name.confidence = EVIDENCED;
    } else if (!compound && name.end - name.start > 1 && !anyOrdinary(text, name)) {
      name.confidence = LONE; // what context words nearby may lift
    } else {
      name.confidence = 0; // kept for its reading: a kana reading beside it may vouch for it
    }
    return name;
  }

  /**
   * A given name whose last kanji Kuromoji read as a place's suffix (土屋圭市 as 土屋 + 圭 + 市, a
   * city): the name takes it where the lexicons know the given name written so (圭市), with its
   * reading, instead of being rejected as a place.
   */
  private void takeSuffixOfGivenName(
      DetectionText text, List<JapaneseToken> tokens, NameCandidate name) {
    int k = name.lastToken + 1;
    if (name.partCount() < 2 || k >= tokens.size() || !adjacent(tokens, name.lastToken)) {
      return;
    }
    JapaneseToken suffix = tokens.get(k);
    if (suffix.surface().length() != 1 || !suffix.partOfSpeech().startsWith(PLACE_SUFFIX)) {
      return;
    }
    String given = name.partText(text, name.partCount() - 1) + suffix.surface();
    List<String> readings = lexicon.nameReadings(given, NameReadings.Kind.GIVEN);
    if (lexicon.isGivenName(given) && !readings.isEmpty()) {
      name.parts.get(name.partCount() - 1).reading = readings.get(0);
      name.extend(k, suffix.end());
    }
  }

  private static final String PLACE_SUFFIX = "名詞-接尾-地域";

  /** A lone name that is mostly something else in the dictionary (中央, 平成, 日本). */
  private boolean anyOrdinary(DetectionText text, NameCandidate name) {
    NameLexicon.Senses senses = lexicon.lookup(text.folded().substring(name.start, name.end));
    return senses.person() && !senses.mostlyName();
  }

  /** The reading of a name token: the dictionary's name reading where Kuromoji read it otherwise. */
  private String readingOf(JapaneseToken t) {
    if (t.isPersonName() && t.reading() != null) {
      return t.reading();
    }
    String reading = lexicon.lookup(t.surface()).reading();
    return reading != null ? reading : NameScript.of(t) == NameScript.KATAKANA ? t.surface() : null;
  }
}
