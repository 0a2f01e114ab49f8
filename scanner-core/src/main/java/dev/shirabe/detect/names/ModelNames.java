package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names the trained model ({@link JapaneseNameModel}) proposes, weighed and cut into parts for
 * {@link JapanesePersonDetector}. The model proposes; the evidence the detector has confirms or
 * vetoes: a name glued to the words of a company or a place (株式会社…, …大学, …市) is none, a
 * katakana name with a part UniDic knows only as a word or a place is none ({@link
 * KatakanaWords#anyPartNoName}), nor is the subject of a sentence that says what only an
 * organisation does ({@link Predicates}: ゴンゾは創立当初から), and a name the rules read with
 * confidence is theirs.
 *
 * <p>Parts, for the subject lookup's keys: a katakana name splits at its joiners and spaces
 * (ジョン・F・ケネディ); a kanji name where the lexicons have a surname followed by a given name
 * (the longest surname that leaves a given name), or else stays one part; a name of kanji and
 * katakana (テリー伊藤) splits where the script changes.
 */
final class ModelNames {

  /**
   * Below this mean probability a proposed name is dropped. On the validation fold 0.6 and 0.7
   * traded more recall than they gained in precision (F1 0.81 at 0.5, 0.80 at 0.7), and 0.65
   * for katakana or kanji names alone, or of several parts, made no difference (0.811-0.816).
   */
  static final double MIN_PROBABILITY = 0.5;
  /** The confidence of a proposed name: under the rules' full names, over their lone ones. */
  static final double PROPOSED = 0.5;
  /** The shortest line read as running text, in chars. */
  static final int MIN_PROSE_LINE = 16;
  /** The shortest line read as running text when it is a sentence, with a comma and a full stop. */
  static final int MIN_SENTENCE = 8;
  /**
   * The least probability of beginning a name at which the model's unsure proposal of one word
   * (a token the likeliest labelling left outside a name) is weighed at all ({@link
   * #standsAsName}). On the validation fold, with the same model: F1 0.872 without these
   * proposals (P 0.894, R 0.851), 0.879 from 0.25 (0.891, 0.868), 0.875 from 0.2, where three
   * loanwords more came in and no name.
   */
  static final double MIN_LONE_WORD = 0.25;
  /**
   * The least probability at which an unsure katakana word that no lexicon has as anything but a
   * name is weighed as the subject of a sentence that says what only a person does ({@link
   * Predicates#PERSON}: スクルートンは…主張する文章を…投稿していた): the model, which does not read
   * the predicate, gives such a word at the start of a line 0.1 to 0.25.
   */
  static final double MIN_PERSON_SUBJECT = 0.1;
  /** A name found again, on its own, elsewhere in the text. */
  static final double AGAIN = 0.55;
  /**
   * The letters of a sports club (Football Club, Associazione Calcio, Sport-Verein...) glued
   * before a katakana name make it the club's (ACミラン, FCバルセロナ). Not any capitals: a
   * player's position stands so before a person (GKバート・ウィリアムズ, FWイバ).
   */
  private static final Set<String> CLUB_LETTERS = Set.of("AC", "AS", "CF", "FC", "SC", "SS", "SV",
      "CD", "UD", "RCD", "FK", "SK", "IF", "TSV", "VFB", "VFL");

  private final Supplier<JapaneseNameModel> model;
  private final NameLexicon lexicon;
  private final KatakanaWords katakana;
  private final NameAffixes affixes;
  private final Compound compound;
  private final NameEvidence evidence;
  private final Predicates predicates = Predicates.STANDARD;
  private final TitledCompound titled;

  /** Whether a name ending with token {@code last}, at {@code end}, is the first word of a compound. */
  interface Compound {
    boolean at(DetectionText text, List<JapaneseToken> tokens, int last, int end);
  }

  ModelNames(Supplier<JapaneseNameModel> model, NameLexicon lexicon, KatakanaWords katakana,
      NameAffixes affixes, NameEvidence evidence, Compound compound) {
    this.evidence = evidence;
    this.model = model;
    this.lexicon = lexicon;
    this.katakana = katakana;
    this.affixes = affixes;
    this.compound = compound;
    this.titled = new TitledCompound(evidence, affixes);
  }

  /**
   * Adds the model's names to those the rules found: a proposed name over tokens no rule took
   * becomes a candidate; one over a lone name the rules were unsure of (not rejected) lifts it.
   */
  void addTo(DetectionText text, List<JapaneseToken> tokens, List<NameCandidate> names,
      boolean[] used, String[] ruleMarks) {
    // The runs, marked once: the model's features read them, and so does all that follows.
    int[] runStart = new int[tokens.size()];
    int[] runEnd = new int[tokens.size()];
    JapaneseNameFeatures.runs(tokens, runStart, runEnd);
    double[] inName = new double[tokens.size()];
    List<JapaneseNameModel.Span> spans = new java.util.ArrayList<>(
        model.get().find(text, tokens, ruleMarks, MIN_PERSON_SUBJECT, runStart, runEnd, inName));
    if (spans.isEmpty()) {
      return;
    }
    // An unsure one-token name is worth a look only as a word of its own (standsAsName).
    spans.removeIf(span -> span.first() == span.last() && span.probability() < MIN_PROBABILITY
        && (runStart[span.first()] != span.first() || runEnd[span.first()] != span.first()));
    spans = wholeRuns(tokens, runStart, runEnd, spans);
    spans = withLastPiece(text, tokens, runEnd, spans);
    NameCandidate[] byToken = new NameCandidate[tokens.size()];
    for (NameCandidate name : names) {
      for (int k = name.firstToken; k <= name.lastToken; k++) {
        byToken[k] = name;
      }
    }
    for (JapaneseNameModel.Span span : spans) {
      boolean unsure = span.probability() < MIN_PROBABILITY;
      if (unsure && !standsAsName(text, tokens, span) || vetoed(text, tokens, span)
          || runStart[span.first()] == span.first() && runEnd[span.last()] == span.last()
              && predicates.ofSubject(text, tokens, span.last()) == Predicates.ORGANISATION) {
        continue;
      }
      NameCandidate ruled = null;
      boolean free = true;
      boolean weakerInside = true;
      for (int k = span.first(); k <= span.last(); k++) {
        if (used[k]) {
          free = false;
          ruled = byToken[k];
          weakerInside &= ruled != null && ruled.confidence < PROPOSED
              && ruled.firstToken >= span.first() && ruled.lastToken <= span.last();
        }
      }
      if (!free && weakerInside && !ruled.rejected
          && ruled.firstToken == span.first() && ruled.lastToken == span.last()) {
        ruled.confidence = PROPOSED;
      } else if (free || weakerInside) {
        // Rules that read the span or pieces of it and were unsure or said no give way to the
        // name the model reads whole, having weighed their marks among its features: マイク・リー,
        // whose マイク IPADIC has only as a microphone; グロス, a piece of ヘルマン・グロスマン. The
        // words of companies and places around the span were checked above (vetoed).
        for (int k = span.first(); k <= span.last(); k++) {
          if (byToken[k] != null) {
            byToken[k].confidence = 0;
            byToken[k].rejected = true;
          }
        }
        NameCandidate name = candidate(text, tokens, span);
        names.add(name);
        for (int k = span.first(); k <= span.last(); k++) {
          used[k] = true;
        }
      }
    }
    propagate(text, tokens, runStart, runEnd, names, used);
    listedWithNames(text, tokens, runStart, runEnd, names, used, inName);
    titledRuns(text, tokens, runEnd, names, used, inName);
    names.sort((a, b) -> Integer.compare(a.start, b.start));
  }

  /**
   * The names the rules were unsure of (no evidence touching them) that stand inside a title
   * ({@link #inTitle}: 「西上総文化展」, 「荒川強啓デイ・キャッチ!」) are the title's, as the
   * model's names there are ({@link #vetoed}).
   */
  static void dropUnsureInTitles(DetectionText text, List<NameCandidate> names) {
    for (NameCandidate name : names) {
      if (name.confidence > 0 && name.confidence < PROPOSED
          && inTitle(text.folded(), name.start, name.end)) {
        name.confidence = 0;
      }
    }
  }

  /**
   * A name the model ends on a joiner or an initial goes on to the end of its katakana run
   * (ジェイムズ・J・ and フィン, ミック・ and ジョーンズ): a joiner or an initial is inside a name,
   * not at its end. Names within one run, apart only by a joiner, are one (Y and モリーナ).
   */
  private static List<JapaneseNameModel.Span> wholeRuns(List<JapaneseToken> tokens,
      int[] runStart, int[] runEnd, List<JapaneseNameModel.Span> spans) {
    List<JapaneseNameModel.Span> out = new java.util.ArrayList<>(spans.size());
    for (JapaneseNameModel.Span span : spans) {
      int last = span.last();
      JapaneseToken end = tokens.get(last);
      if (last < runEnd[last] && (isJoiner(end) || end.isInitial())) {
        span = new JapaneseNameModel.Span(span.first(), runEnd[last], span.probability());
      }
      JapaneseNameModel.Span before = out.isEmpty() ? null : out.get(out.size() - 1);
      if (before != null && runStart[before.first()] == runStart[span.first()]
          && (before.last() >= span.first() - 1
              || before.last() == span.first() - 2 && isJoiner(tokens.get(span.first() - 1)))) {
        out.set(out.size() - 1, new JapaneseNameModel.Span(before.first(),
            Math.max(before.last(), span.last()), Math.min(before.probability(), span.probability())));
      } else {
        out.add(span);
      }
    }
    return out;
  }

  /** The longest kanji name taken whole over a last piece ({@link #withLastPiece}), in chars. */
  static final int MAX_PIECED_NAME = 4;

  /**
   * A kanji name the model ends one kanji before the end of its run takes that kanji too
   * (宇土為 and 光, 有道出 and 人): Kuromoji cuts a name it does not know into pieces, and a last
   * piece of one kanji the model left outside would otherwise make the name the first word of a
   * compound (小林製薬) and drop it. Not a suffix (家, 様, 市: 名詞-接尾) nor a word that makes a
   * name a firm's, a place's or a thing's (組, 城, 賞: {@link NameAffixes}); three or four kanji
   * with it, as a Japanese or Chinese full name is (one kanji and a piece is a word: 鑵詰). A
   * name of one kanji alone takes a last piece of two (蔣 and 経国), the shape of a Chinese or
   * Korean name, unless that piece is a title (米 and 首相).
   */
  private List<JapaneseNameModel.Span> withLastPiece(DetectionText text,
      List<JapaneseToken> tokens, int[] runEnd, List<JapaneseNameModel.Span> spans) {
    List<JapaneseNameModel.Span> out = new java.util.ArrayList<>(spans.size());
    for (JapaneseNameModel.Span span : spans) {
      int last = span.last();
      if (span.probability() >= MIN_PROBABILITY && runEnd[last] == last + 1) {
        JapaneseToken piece = tokens.get(last + 1);
        String s = piece.surface();
        int length = piece.end() - tokens.get(span.first()).start();
        String first = tokens.get(span.first()).surface();
        // A surname of one kanji and a given name of two (蔣 and 経国): the shape of Chinese and
        // Korean names, which Kuromoji cuts so; not a title (米 and 首相).
        boolean chinese = span.first() == last && first.length() == 1 && s.length() == 2
            && !evidence.after(text, tokens, tokens.get(last).end());
        if ((s.length() == 1 || chinese) && length >= 3 && NameScript.of(s) == NameScript.KANJI
            && length <= MAX_PIECED_NAME && NameScript.of(first) == NameScript.KANJI
            && !piece.partOfSpeech().startsWith("名詞-接尾") && !affixes.isSuffix(piece)) {
          span = new JapaneseNameModel.Span(span.first(), last + 1, span.probability());
        }
      }
      out.add(span);
    }
    return out;
  }

  /**
   * A name the model found names the same person where it stands again on its own, whole or a
   * part of it (ジョン・ケリー … ケリーは, 松友美佐紀 … 松友は): a run of katakana or kanji that
   * no rule took and that is exactly such a name or part, of two chars or more, counts as if
   * evidence touched it.
   */
  private void propagate(DetectionText text, List<JapaneseToken> tokens, int[] runStart,
      int[] runEnd, List<NameCandidate> names, boolean[] used) {
    java.util.Set<String> known = new java.util.HashSet<>();
    for (NameCandidate name : names) {
      if (name.confidence >= PROPOSED) {
        for (int k = 0; k < name.partCount(); k++) {
          String part = name.partText(text, k);
          if (part.length() >= 2) {
            known.add(part);
          }
        }
      }
    }
    if (known.isEmpty()) {
      return;
    }
    int n = tokens.size();
    String folded = text.folded();
    for (int i = 0; i < n; i = runEnd[i] + 1) {
      int last = runEnd[i];
      boolean free = tokens.get(last).end() - tokens.get(i).start() >= 2; // as every known part
      for (int k = i; k <= last && free; k++) {
        free &= !used[k];
      }
      if (!free) {
        continue;
      }
      NameScript script = NameScript.of(tokens.get(i));
      if (script != NameScript.KATAKANA && script != NameScript.KANJI) {
        continue;
      }
      String run = folded.substring(tokens.get(i).start(), tokens.get(last).end());
      JapaneseNameModel.Span span = new JapaneseNameModel.Span(i, last, 1);
      if (known.contains(run) && !vetoed(text, tokens, span)) {
        NameCandidate name = candidate(text, tokens, span);
        name.confidence = AGAIN;
        names.add(name);
        for (int k = i; k <= last; k++) {
          used[k] = true;
        }
      }
    }
  }

  /**
   * A run listed with a name, across a 、, と, や (or a ・ between kanji), is a name too where the
   * model gives it at least this probability of being in one, though it did not take it: what
   * is listed together is of one kind (片山右京 of 鈴木亜久里や片山右京、鈴木利男, 吉川島次 of
   * 吉川島次と南口重太郎). Measured on the four validation folds with their models (1,621 names):
   * F1 0.854 without, 0.856 from 0.3 (P 0.889, R 0.825), 0.856 from 0.15 and 0.05, where more
   * places came in (順天, 北大雪); folds 2 to 4 gained, fold 1 stayed.
   */
  static final double MIN_LISTED = 0.3;

  /**
   * The runs listed with names ({@link #MIN_LISTED}), as {@link #PROPOSED} names; each one found
   * counts as a name for the next in its list.
   */
  private void listedWithNames(DetectionText text, List<JapaneseToken> tokens, int[] runStart,
      int[] runEnd, List<NameCandidate> names, boolean[] used, double[] inName) {
    int n = tokens.size();
    boolean[] named = new boolean[n];
    for (NameCandidate name : names) {
      if (name.confidence >= PROPOSED) {
        for (int k = name.firstToken; k <= name.lastToken; k++) {
          named[k] = true;
        }
      }
    }
    // Forward, then back: a list is taken from its first name on and from its last one back.
    int[] order = new int[n];
    int runs = 0;
    for (int i = 0; i < n; i = runEnd[i] + 1) {
      order[runs++] = i;
    }
    for (int r = 0; r < 2 * runs; r++) {
      int a = order[r < runs ? r : 2 * runs - 1 - r];
      int b = runEnd[a];
      if (!(a >= 2 && named[a - 2]) && !(b + 2 < n && named[b + 2])) {
        continue; // no name two tokens away, so not listed with one (below); most runs
      }
      NameScript script = NameScript.of(tokens.get(a));
      if (script != NameScript.KATAKANA && script != NameScript.KANJI
          || tokens.get(b).end() - tokens.get(a).start() < 2) {
        continue;
      }
      double most = freeRunInName(used, inName, a, b);
      boolean listed = a >= 2 && named[a - 2] && isListing(tokens.get(a - 1), script)
          || b + 2 < n && named[b + 2] && isListing(tokens.get(b + 1), script);
      JapaneseNameModel.Span span = new JapaneseNameModel.Span(a, b, most);
      if (!listed || most < MIN_LISTED || vetoed(text, tokens, span)) {
        continue;
      }
      names.add(candidate(text, tokens, span));
      for (int k = a; k <= b; k++) {
        used[k] = true;
        named[k] = true;
      }
    }
  }

  /**
   * A katakana run right before a title, plain or compound ({@link TitledCompound}), is a name
   * where the model gives it at least this probability of being in one, though it did not take
   * it (サラ・サンダース報道官 after a line break, チェルコーフKGB第一副議長): the title says a person
   * stands there, which the model, reading two tokens either side, weighs too little. Measured
   * on the four validation folds (1,621 names): four names more from 0.05 to 0.2, three from
   * 0.3, none wrong; the titles that countries and firms take too (大統領, 社長) count, since
   * the run must still pass {@link #vetoed} (フォード, a company in IPADIC, does not).
   */
  static final double MIN_TITLED = 0.2;

  /**
   * A katakana or kanji run right after a word for the person's kin, glued or across ・ or の
   * ({@link NameEvidence#kinBefore}: 父・種次郎, 長女の恵美子, 妻・オリエ), is a name where the
   * model gives it at least this probability of being in one, though it did not take it: the
   * kin word says a person's name follows, which the model weighs too little (恵美子 0.08).
   * Measured on the four validation folds (1,621 names): two names more, none wrong.
   */
  static final double MIN_KIN = 0.05;

  /**
   * The katakana runs before titles ({@link #MIN_TITLED}) and the runs after kin words ({@link
   * #MIN_KIN}), as {@link #PROPOSED} names.
   */
  private void titledRuns(DetectionText text, List<JapaneseToken> tokens, int[] runEnd,
      List<NameCandidate> names, boolean[] used, double[] inName) {
    for (int a = 0; a < tokens.size(); a = runEnd[a] + 1) {
      int b = runEnd[a];
      NameScript script = NameScript.of(tokens.get(a));
      if (script != NameScript.KATAKANA && script != NameScript.KANJI
          || tokens.get(b).end() - tokens.get(a).start() < 2) {
        continue;
      }
      double most = freeRunInName(used, inName, a, b);
      boolean titledRun = script == NameScript.KATAKANA && most >= MIN_TITLED
          && (evidence.after(text, tokens, tokens.get(b).end()) || titled.after(text, tokens, b));
      if (!titledRun
          && (most < MIN_KIN || !evidence.kinBefore(text, tokens, tokens.get(a).start()))) {
        continue;
      }
      JapaneseNameModel.Span span = new JapaneseNameModel.Span(a, b, most);
      if (vetoed(text, tokens, span)) {
        continue;
      }
      names.add(candidate(text, tokens, span));
      for (int k = a; k <= b; k++) {
        used[k] = true;
      }
    }
  }

  /**
   * The most probability of being in a name the model gives a token of the run from {@code a}
   * to {@code b}, or -1 where a rule or a name took a token of it or the model was not asked.
   */
  private static double freeRunInName(boolean[] used, double[] inName, int a, int b) {
    double most = 0;
    for (int k = a; k <= b; k++) {
      if (used[k] || Double.isNaN(inName[k])) {
        return -1;
      }
      most = Math.max(most, inName[k]);
    }
    return most;
  }

  /** {@link #isListing(JapaneseToken)}, or a ・ between kanji words. */
  private static boolean isListing(JapaneseToken t, NameScript script) {
    return isListing(t) || script == NameScript.KANJI && t.surface().equals("・");
  }

  /**
   * An unsure proposal of one word is a name where it stands as one and no lexicon makes it
   * something else: a word of its own (its run is itself), right before a particle that follows
   * the subject or the object of a sentence (シェクリイは, カレロが, ネヴィンソンは), and in
   * katakana a word UniDic has as a name only or not at all (not ホテルは, ピアノの), in kanji a
   * word IPADIC reads there as a person's name and mostly has as one (猪木と; not 水田が, 中之島の).
   */
  private boolean standsAsName(DetectionText text, List<JapaneseToken> tokens, JapaneseNameModel.Span span) {
    int i = span.first();
    if (span.last() != i || span.probability() < MIN_PERSON_SUBJECT || i + 1 >= tokens.size()) {
      return false;
    }
    JapaneseToken t = tokens.get(i);
    JapaneseToken next = tokens.get(i + 1);
    String s = t.surface();
    if (t.end() != next.start() || !isCaseParticle(next) || s.length() < 2) {
      return false;
    }
    NameScript script = NameScript.of(s);
    boolean sure = span.probability() >= MIN_LONE_WORD;
    if (script == NameScript.KANJI) {
      return sure && t.isPersonName() && lexicon.lookup(s).mostlyName();
    }
    return script == NameScript.KATAKANA && (katakana.kinds(s) & ~KatakanaWords.NAME) == 0
        && (sure || predicates.ofSubject(text, tokens, i) == Predicates.PERSON);
  }

  /** は, が, の, を, に, と, も: what follows a person as the subject or object of a sentence. */
  private static boolean isCaseParticle(JapaneseToken t) {
    String pos = t.partOfSpeech();
    return (pos.startsWith("助詞-係助詞") || pos.startsWith("助詞-格助詞") || pos.startsWith("助詞-並立助詞"))
        && t.surface().length() == 1 && "はがのをにとも".contains(t.surface());
  }

  /**
   * A company's or a place's words glued to it or inside it; the first word of a compound
   * (小林製薬, 神田祭); a piece of a longer katakana run (ヒューレット・ of ヒューレット・パッカード),
   * which names a firm or a team more often than a person when the model will not take it whole.
   */
  private boolean vetoed(DetectionText text, List<JapaneseToken> tokens, JapaneseNameModel.Span span) {
    int first = span.first();
    int last = span.last();
    boolean sure = span.probability() >= SURE_PARTS;
    if (!inProse(text.folded(), tokens.get(first).start())
        || inTitle(text.folded(), tokens.get(first).start(), tokens.get(last).end())) {
      return true;
    }
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    for (int k = first + 1; k <= last; k++) {
      // A suffix inside the name makes it a place's or a firm's (三宅川 is a river, 今井郁文堂 a
      // shop) unless a given name follows it: then it ends a surname (三宅川百太郎).
      if (affixes.isSuffix(tokens.get(k))
          && !(k < last && givenNameAfter(text, tokens.get(k + 1).start(), end))) {
        return true;
      }
    }
    if (!wordLike(text, tokens, start, end, sure)) {
      return true;
    }
    if (isJoiner(tokens.get(first)) || isJoiner(tokens.get(last))
        || joinedKatakana(tokens, first - 1, first) || joinedKatakana(tokens, last, last + 1)) {
      return true;
    }
    return affixes.before(tokens, first)
        || affixes.after(tokens, last) && !titled.after(text, tokens, last)
        || compound.at(text, tokens, last, tokens.get(last).end())
        || listedWithOrganisation(tokens, first, last) || afterClubLetters(tokens, first);
  }

  /** {@link #CLUB_LETTERS} glued before a katakana name make it the club's. */
  private static boolean afterClubLetters(List<JapaneseToken> tokens, int first) {
    if (first == 0 || tokens.get(first - 1).end() != tokens.get(first).start()
        || NameScript.of(tokens.get(first)) != NameScript.KATAKANA) {
      return false;
    }
    return CLUB_LETTERS.contains(tokens.get(first - 1).surface().toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * The span is listed with an organisation, right before or after it across a 、, と or や
   * (ディー・エヌ・エーと三菱東京UFJ銀行, …GmbHとゲルハルディ・アルテクニーク): what is listed
   * together is of one kind, and a firm's or a school's word of two chars or more ({@link
   * NameAffixes#isSuffix}: 銀行, 大学; not 社, 川) ends the other word. In the training and
   * validation files of ja_wikipedia_person no gold name stands so.
   */
  private boolean listedWithOrganisation(List<JapaneseToken> tokens, int first, int last) {
    int n = tokens.size();
    if (last + 2 < n && isListing(tokens.get(last + 1))) {
      int end = last + 2;
      while (end + 1 < n && tokens.get(end + 1).start() == tokens.get(end).end()
          && tokens.get(end + 1).partOfSpeech().startsWith("名詞")) {
        end++;
      }
      if (isOrganisationWord(tokens.get(end))) {
        return true;
      }
    }
    return first >= 2 && isListing(tokens.get(first - 1)) && isOrganisationWord(tokens.get(first - 2));
  }

  private boolean isOrganisationWord(JapaneseToken t) {
    return t.surface().length() >= 2 && affixes.isSuffix(t);
  }

  /** 、, と or や between two words of a list. */
  private static boolean isListing(JapaneseToken t) {
    String s = t.surface();
    return s.equals("、") || (s.equals("と") || s.equals("や")) && t.partOfSpeech().startsWith("助詞");
  }

  /**
   * At or above this probability a name of several katakana parts (ポルフィリオ・ロボ・ソサ,
   * マハトマ・ガンディー) is not dropped for a part UniDic knows only as a word (ロボ, マハトマ)
   * where another part is a name ({@link #wordLike}): the model has read the sentence, and a word
   * that is a piece of a name is a name there. Measured on the four validation folds (1,621
   * names): four names more, none wrong, from 0.5 and from 0.6.
   */
  static final double SURE_PARTS = 0.6;

  /**
   * The span may be a name by what it is, whatever stands around it: it holds kanji or kana; it
   * is no label (フリガナ, 氏名); it is not a word the dictionary has only as something else
   * (学歴, 連 絡 先 spaced out as a heading is), nor, in katakana, mostly as something else
   * (ルーター); one char only with evidence touching it
   * (済 in a cell is a tick, not a person).
   *
   * @param sure the model gives the span at least {@link #SURE_PARTS}
   */
  private boolean wordLike(
      DetectionText text, List<JapaneseToken> tokens, int start, int end, boolean sure) {
    String span = text.folded().substring(start, end);
    String compact = SpanWords.withoutSpaces(span);
    boolean japanese = SpanWords.anyJapanese(compact);
    if (!japanese || evidence.isLabel(text, start, end) || SpanWords.wordCount(span) > 2) {
      return false;
    }
    if (compact.length() == 1) {
      return evidence.touches(text, tokens, start, end);
    }
    List<String> parts = katakanaParts(compact);
    if (katakana.anyPartNoName(parts) && !(sure && parts.size() >= 2
        && parts.stream().anyMatch(part -> (katakana.kinds(part) & KatakanaWords.NAME) != 0))) {
      return false;
    }
    NameLexicon.Senses senses = lexicon.lookup(compact);
    if (NameScript.of(compact) == NameScript.KATAKANA) {
      // A katakana word IPADIC knows is a loanword more often than a name (ルーター, ブース),
      // unless a name is what it mostly is there.
      return !senses.known() || senses.mostlyName();
    }
    return !senses.known() || senses.person();
  }

  /** The katakana words of a name, split at its joiners; none if it holds other chars. */
  private static List<String> katakanaParts(String compact) {
    return SpanWords.katakanaParts(compact);
  }

  /**
   * The model reads running text: a line of a sentence or more, with its commas or full stops.
   * In forms, lists and tables the labels, honorifics and columns say where the names are, and
   * the rules read them; there the model, which learned from prose, mostly finds headings and
   * ticks in cells (連 絡 先, 済, 配偶者).
   */
  static boolean inProse(String text, int at) {
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    to = to < 0 ? text.length() : to;
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from >= MIN_SENTENCE && text.charAt(to - 1) == '。' && text.indexOf('、', from) >= 0
        && text.indexOf('、', from) < to) {
      return true; // a short sentence: 「河下水希は、日本の漫画家。」
    }
    if (to - from < MIN_PROSE_LINE) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '。' || c == '、' || c == '，' || c == '．') {
        return true;
      }
    }
    return false;
  }

  /**
   * The kanji from {@code from} to {@code end} are a given name the lexicons know, of two chars
   * or more (百太郎 of 三宅川百太郎).
   */
  private boolean givenNameAfter(DetectionText text, int from, int end) {
    String rest = text.folded().substring(from, end);
    return rest.length() >= 2 && NameScript.of(rest) == NameScript.KANJI && lexicon.isGivenName(rest);
  }

  /** The longest bracketed text read as a title (of a work, a show, an event), in chars. */
  static final int MAX_TITLE = 30;

  /**
   * The span is a piece of a title in brackets: 「…」 or 『…』 around it on its line hold more
   * than the span, no comma or full stop, and no hiragana but の and と (「ルパン三世」,
   * 「荒川強啓デイ・キャッチ!」, 「西上総文化展」, 「兵動・野爆のキャンピング王国」). A name in a
   * title names the work, not a person the text speaks of; quoted speech, where names of people
   * do stand (「田中に金権選挙でしてやられた」), has its verbs and particles in hiragana.
   */
  static boolean inTitle(String text, int start, int end) {
    int from = text.lastIndexOf('\n', start) + 1;
    // The opening bracket nearest before the span on its line (a search of the whole text
    // before it, twice, was most of this test on long texts without brackets).
    int open = start - 1;
    while (open >= from && text.charAt(open) != '「' && text.charAt(open) != '『') {
      open--;
    }
    return open >= from && titleFrom(text, open, start, end);
  }

  /**
   * Whether the bracket at {@code open}, the nearest before the span on its line, closes after
   * it as a title does (the rest of {@link #inTitle}).
   */
  static boolean titleFrom(String text, int open, int start, int end) {
    int close = open + 1;
    while (close < text.length() && close - open <= MAX_TITLE + 1) {
      char c = text.charAt(close);
      if (c == '」' || c == '』') {
        break;
      }
      if (c == '\n' || c == '「' || c == '『' || c == '、' || c == '。'
          || dev.shirabe.detect.text.Kana.isHiragana(c) && c != 'の' && c != 'と') {
        return false;
      }
      close++;
    }
    return close < text.length() && close - open <= MAX_TITLE + 1 && close >= end
        && (text.charAt(close) == '」' || text.charAt(close) == '』')
        && (open + 1 < start || end < close);
  }

  /** Tokens a and b are katakana (or a joiner) written together: one run. */
  private static boolean joinedKatakana(List<JapaneseToken> tokens, int a, int b) {
    if (a < 0 || b >= tokens.size() || tokens.get(a).end() != tokens.get(b).start()) {
      return false;
    }
    JapaneseToken x = tokens.get(a);
    JapaneseToken y = tokens.get(b);
    boolean kx = NameScript.of(x) == NameScript.KATAKANA;
    boolean ky = NameScript.of(y) == NameScript.KATAKANA;
    if (ky && isJoiner(x) && a > 0 && tokens.get(a - 1).end() == x.start()
        && NameScript.of(tokens.get(a - 1)) == NameScript.KANJI) {
      return false; // 妻・オリエ: a ・ after kanji lists, it does not join katakana
    }
    return kx && (ky || isJoiner(y)) || ky && isJoiner(x);
  }

  private static boolean isJoiner(JapaneseToken t) {
    return JapaneseNameFeatures.isJoiner(t);
  }

  private NameCandidate candidate(
      DetectionText text, List<JapaneseToken> tokens, JapaneseNameModel.Span span) {
    NameCandidate name = new NameCandidate(span.first());
    String folded = text.folded();
    int start = tokens.get(span.first()).start();
    int end = tokens.get(span.last()).end();
    String written = folded.substring(start, end);
    NameScript script = NameScript.of(written.replaceAll("[・=･ 　.]", ""));
    if (script == NameScript.KATAKANA || written.indexOf('・') >= 0) {
      katakanaParts(name, tokens, span);
    } else if (script == NameScript.KANJI) {
      int split = surnameEnd(written);
      if (split > 0) {
        name.openPart(start, lexicon.lookup(written.substring(0, split)).reading());
        name.extend(span.first(), start + split);
        name.openPart(start + split, lexicon.lookup(written.substring(split)).reading());
      } else {
        name.openPart(start, lexicon.lookup(written).reading());
      }
    } else {
      scriptParts(name, folded, start, end);
    }
    name.extend(span.last(), end);
    name.confidence = PROPOSED;
    return name;
  }

  /** Parts at the joiners and spaces; each part's reading is itself. */
  private static void katakanaParts(
      NameCandidate name, List<JapaneseToken> tokens, JapaneseNameModel.Span span) {
    boolean open = false;
    for (int k = span.first(); k <= span.last(); k++) {
      JapaneseToken t = tokens.get(k);
      String s = t.surface();
      if (isJoiner(t) || s.isBlank()) {
        open = false;
        continue;
      }
      String reading = NameScript.of(s) == NameScript.KATAKANA ? s : null;
      if (!open) {
        name.openPart(t.start(), reading);
        open = true;
      } else {
        name.appendReading(reading);
      }
      name.extend(k, t.end());
    }
  }

  /** Parts where the script changes (テリー伊藤); readings of katakana parts only. */
  private void scriptParts(NameCandidate name, String folded, int start, int end) {
    int partStart = start;
    for (int p = start + 1; p <= end; p++) {
      if (p == end || NameScript.of(folded.charAt(p)) != NameScript.of(folded.charAt(p - 1))) {
        String part = folded.substring(partStart, p);
        NameScript script = NameScript.of(part);
        name.openPart(partStart, script == NameScript.KATAKANA ? part
            : script == NameScript.KANJI ? lexicon.lookup(part).reading() : null);
        name.parts.get(name.parts.size() - 1).end = p;
        partStart = p;
      }
    }
  }

  /**
   * Where the surname of a kanji name ends: the longest prefix the lexicons have as a surname
   * that leaves a given name, or 0 when none does.
   */
  private int surnameEnd(String written) {
    for (int k = Math.min(written.length() - 1, 4); k >= 1; k--) {
      if (lexicon.isSurname(written.substring(0, k)) && lexicon.isGivenName(written.substring(k))) {
        return k;
      }
    }
    return 0;
  }
}
