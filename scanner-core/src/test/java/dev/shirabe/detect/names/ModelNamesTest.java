package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trained name model inside the person detector: it loads from the class path, proposes
 * names in running text that no honorific, label or column marks, and its proposals are weighed
 * by the rules (lines that are no prose, companies, ordinary words). How well it does is measured
 * on the held-out files of ja_wikipedia_person ({@code JaWikipediaPersonEvaluationTest}); these
 * tests hold what it is for and what keeps it in check.
 */
class ModelNamesTest {

  private final JapanesePersonDetector withModel = new JapanesePersonDetector();

  @Test
  void theModelLoadsFromTheClassPathAndReadsEveryToken() {
    DetectionText text = new DetectionText("彼は議会で演説した。");
    List<JapaneseNameModel.Span> spans = JapaneseNameModel.standard()
        .find(text, text.japaneseTokens(), new String[text.japaneseTokens().size()]);
    for (JapaneseNameModel.Span span : spans) {
      assertTrue(span.first() <= span.last() && span.last() < text.japaneseTokens().size());
      assertTrue(span.probability() >= 0 && span.probability() <= 1);
    }
  }

  @Test
  void theModelsWeightsAreSummedAsOpenNlpSumsThem() throws Exception {
    opennlp.tools.ml.model.MaxentModel raw;
    try (java.io.InputStream in = getClass().getResourceAsStream(JapaneseNameModel.RESOURCE)) {
      raw = JapaneseNameModel.read(in);
    }
    JapaneseNameModel model = new JapaneseNameModel(raw, JapaneseNameFeatures.standard());
    DetectionText text = new DetectionText(
        "1990年、ロバート・キャロルは上院議員に選ばれ、山田太郎と共に委員会を率いた。");
    List<long[]> contexts = JapaneseNameFeatures.standard()
        .of(text, text.japaneseTokens(), new String[text.japaneseTokens().size()]);
    int compared = 0;
    for (long[] context : contexts) {
      if (context != null) {
        double[] expected = raw.eval(JapaneseNameFeatures.names(context));
        double[] actual = model.eval(context);
        for (int o = 0; o < expected.length; o++) {
          assertEquals(expected[o], actual[o], 1e-9);
        }
        compared++;
      }
    }
    assertTrue(compared > 5);
  }

  @Test
  void theModelIsNotAskedAboutRunsNoLexiconHasAsANameButLearnsFromThem() {
    // 鉄道, 会社 and 議会 are words every lexicon knows and none as a name, 年 a counter; 江上波夫
    // and a katakana word UniDic lacks may be names.
    DetectionText text = new DetectionText("1950年、江上波夫はハルトヴィヒを訪ねた。鉄道会社の経営者で、議会に出席した。");
    List<JapaneseToken> tokens = text.japaneseTokens();
    String[] marks = new String[tokens.size()];
    List<long[]> asked = JapaneseNameFeatures.standard().of(text, tokens, marks);
    List<long[]> learned = JapaneseNameFeatures.standard().forTraining(text, tokens, marks);
    for (int i = 0; i < tokens.size(); i++) {
      String surface = tokens.get(i).surface();
      boolean plain = List.of("鉄道", "会社", "議会", "年").contains(surface);
      boolean maybeName = "江上波夫ハルトヴィヒ".contains(surface) && !surface.isEmpty();
      if (plain) {
        assertTrue(asked.get(i) == null, surface + " is asked about");
        assertTrue(learned.get(i) != null, surface + " is not learned from");
      } else if (maybeName) {
        assertTrue(asked.get(i) != null, surface + " is not asked about");
      }
    }
    assertTrue(tokens.stream().filter(t -> List.of("鉄道", "会社", "議会", "年").contains(t.surface())).count() == 4);
  }

  @Test
  void theModelFindsNamesInRunningTextThatTheRulesAloneMiss() {
    // Names in prose with nothing but the sentence around them, of the kinds the rules miss: a
    // foreign surname alone, Chinese and unusual Japanese names IPADIC does not know (written
    // for this test; how often the model is right is measured on the held-out corpus).
    String[] sentences = {
      "翌年、マクレガーは議会に新しい法案を提出した。",
      "同年、李承元が視察のために島を訪れた。",
      "この作品は、漫画家の沙倉柚葉の代表作である。",
      "その後、ペトレンコは部隊を率いて北へ向かった。",
      "1998年、ガルシアは代表に選ばれ、国際大会に出場した。",
      "この寺は、鎌倉時代に僧の覚阿弥が開いたと伝えられる。",
    };
    JapanesePersonDetector rulesOnly = new JapanesePersonDetector(
        new JapaneseNameModel(new NothingModel(), JapaneseNameFeatures.standard()));
    int byRules = 0;
    int withModel = 0;
    for (String sentence : sentences) {
      byRules += persons(rulesOnly, sentence).isEmpty() ? 0 : 1;
      withModel += persons(this.withModel, sentence).isEmpty() ? 0 : 1;
    }
    assertTrue(withModel >= byRules + 3,
        "sentences with a name: rules " + byRules + ", with the model " + withModel);
  }

  @Test
  void anUnsureWordIsANameWhereItStandsAsOneAndNoLexiconSaysOtherwise() {
    // A model unsure of every token: a third likely to begin a name, never above outside.
    JapanesePersonDetector unsure = beginningANameAt(0.3);
    JapanesePersonDetector doubtful = beginningANameAt(0.2);
    // A katakana word no lexicon has, before the particle of a subject: a name.
    String subject = "1960年、カレロが脱退してバンドは三人になった。";
    assertEquals(List.of("カレロ"), values(persons(unsure, subject), subject));
    assertTrue(persons(doubtful, subject).isEmpty(), "below the least probability");
    // A loanword UniDic knows (ピアノ), a word glued to the next (カレロ楽団), no particle after
    // it (カレロ。), or a line that is no prose: none.
    for (String none : List.of("1960年、ピアノが運び込まれ、演奏会が始まった。",
        "1960年、カレロ楽団が解散して、三人が残った。", "1960年、バンドを抜けたのはカレロ。",
        "カレロが")) {
      assertTrue(persons(unsure, none).isEmpty(), none + ": " + persons(unsure, none));
    }
  }

  @Test
  void aDoubtfulWordIsANameAsTheSubjectOfWhatOnlyAPersonDoes() {
    JapanesePersonDetector doubtful = beginningANameAt(0.2);
    JapanesePersonDetector hardly = beginningANameAt(0.05);
    String born = "1960年、カレロは東京で生まれ、三人の兄と育った。";
    assertEquals(List.of("カレロ"), values(persons(doubtful, born), born));
    assertTrue(persons(hardly, born).isEmpty(), "below the least probability");
    // Not a loanword UniDic knows (ピアノ), nor an object (を): the predicate is the subject's.
    for (String none : List.of("1960年、ピアノは東京で生まれ、三人の兄と育った。",
        "1960年、田中はカレロを東京で指名し、三人の兄と育った。")) {
      assertFalse(values(persons(doubtful, none), none).contains("カレロ")
          || values(persons(doubtful, none), none).contains("ピアノ"), none);
    }
  }

  @Test
  void whatTheSentenceSaysItsSubjectDidTellsAPersonFromAnOrganisation() {
    // The lone katakana word at the head of the sentence is proposed whatever the sentence says.
    JapanesePersonDetector sure = sureOfEveryToken();
    String founded = "1990年、カレロは東京で設立され、映画の製造を手がけた。";
    String born = "1990年、カレロは東京で生まれ、映画の製造を手がけた。";
    String neither = "1990年、カレロは東京で映画の撮影を手がけた。";
    assertFalse(values(persons(sure, founded), founded).contains("カレロ"), "an organisation's predicate");
    assertTrue(values(persons(sure, born), born).contains("カレロ"), "a person's predicate wins");
    assertTrue(values(persons(sure, neither), neither).contains("カレロ"), "no predicate either way");
    // Only for a subject: before を the sentence's predicate is another's.
    String object = "1990年、田中はカレロを東京で設立された会社に招いた。";
    assertTrue(values(persons(sure, object), object).contains("カレロ"), object);
  }

  /** A detector whose model is sure (0.8) of every token it is asked about. */
  @Test
  void aWordListedWithAFirmIsNoPerson() {
    JapanesePersonDetector sure = sureOfEveryToken();
    // Listed after and before a bank and a university: a firm, a school.
    String after = "2006年、カレロと東京中央銀行の合併が発表され、話題になった。";
    String before = "2006年、東京中央銀行とカレロの合併が発表され、話題になった。";
    String school = "2006年、カレロや北山大学が共同で研究を始め、話題になった。";
    assertFalse(values(persons(sure, after), after).contains("カレロ"), after);
    assertFalse(values(persons(sure, before), before).contains("カレロ"), before);
    assertFalse(values(persons(sure, school), school).contains("カレロ"), school);
    // Listed with a person, or a firm's word inside a longer word (銀行員): still a name.
    String person = "2006年、カレロと銀行員の田中が発表を行い、話題になった。";
    assertTrue(values(persons(sure, person), person).contains("カレロ"), person);
  }

  @Test
  void aWordListedWithANameIsOneWhereTheModelGivesItSomeChance() {
    // A model unsure of every token (0.35): カレロ, followed by 、 and not by a particle, is no
    // name by itself; listed between two names the rules read, it is one.
    String listed = "2006年、山田太郎、カレロ、田中花子の三人が会見し、話題になった。";
    assertTrue(values(persons(beginningANameAt(0.35), listed), listed).contains("カレロ"), listed);
    // Below the least probability, or listed with places and not with names: none.
    assertFalse(values(persons(beginningANameAt(0.2), listed), listed).contains("カレロ"), "0.2");
    String places = "2006年、東京都、カレロ、大阪府の三か所で会見し、話題になった。";
    assertFalse(values(persons(beginningANameAt(0.35), places), places).contains("カレロ"), places);
  }

  @Test
  void aKatakanaRunRightBeforeATitleIsANameWhereTheModelGivesItSomeChance() {
    // A model unsure of every token (0.3): ペトロワ, followed by no particle, is no name by
    // itself; before a compound title, which the rules do not read as a kana name's evidence,
    // it is one.
    for (String titled : List.of("2006年、ペトロワ国防大臣が会見し、話題になった。",
        "2006年、ペトロワKGB第一副議長が会見し、話題になった。")) {
      assertEquals(List.of("ペトロワ"), values(persons(beginningANameAt(0.3), titled), titled), titled);
      // Below the least probability, none.
      assertEquals(List.of(), values(persons(beginningANameAt(0.1), titled), titled), titled);
    }
    // Before a word that is no title, or as a firm IPADIC knows before a title: none.
    String untitled = "2006年、ペトロワ広場で会見し、話題になった。";
    assertEquals(List.of(), values(persons(beginningANameAt(0.3), untitled), untitled), untitled);
    String firm = "2006年、ソニー社長が会見し、話題になった。";
    assertEquals(List.of(), values(persons(beginningANameAt(0.3), firm), firm), firm);
  }

  private static JapanesePersonDetector sureOfEveryToken() {
    return beginningANameAt(0.8);
  }

  /** A detector whose model gives every token {@code p} to begin a name (NothingModel). */
  private static JapanesePersonDetector beginningANameAt(double p) {
    return new JapanesePersonDetector(
        new JapaneseNameModel(new NothingModel(p), JapaneseNameFeatures.standard()));
  }

  @Test
  void aKanjiNameTheModelEndsOneKanjiShortOfItsRunTakesThatKanji() {
    // Kuromoji cuts 宇土為光 into 宇土, 為, 光; a model that reads the first two as a name and the
    // last piece as outside.
    String text = "それは、宇土為光の娘婿であった。";
    assertEquals(List.of("宇土為光"), values(persons(firstTwoTokens(), text), text));
    // Not over a word that makes it a place's or a thing's (城), nor from one kanji (鑵詰).
    String castle = "それは、宇土為城の主であった。";
    assertFalse(values(persons(firstTwoTokens(), castle), castle).contains("宇土為城"), castle);
  }

  @Test
  void aClubsLettersGluedBeforeAKatakanaNameMakeItTheClubs() {
    JapanesePersonDetector sure = sureOfEveryToken();
    String club = "2006年、決勝ではACカレロを破って優勝し、話題になった。";
    assertFalse(values(persons(sure, club), club).contains("カレロ"), club);
    // A player's position stands so before a person.
    String player = "2006年、決勝ではGKカレロが好守を見せ、話題になった。";
    assertTrue(values(persons(sure, player), player).contains("カレロ"), player);
  }

  @Test
  void aSurnameOfOneKanjiTakesTheGivenNameOfTwoAfterIt() {
    // Kuromoji cuts 蔣経国 into 蔣 and 経国; a model that reads the first token as a name alone.
    JapanesePersonDetector firstToken = new JapanesePersonDetector(new JapaneseNameModel(
        new NothingModel(0, new double[] {0.9, 0.05, 0.05}), JapaneseNameFeatures.standard()));
    String text = "それは、蔣経国が視察のために島を訪れた時のことだ。";
    assertEquals(List.of("蔣経国"), values(persons(firstToken, text), text));
    // Not over a title (米 and 首相).
    String title = "それは、米首相が視察のために島を訪れた時のことだ。";
    assertFalse(values(persons(firstToken, title), title).contains("米首相"), title);
  }

  /**
   * A detector whose model reads the first two tokens it is asked about as a name (begin, inside)
   * and every later one as outside.
   */
  private static JapanesePersonDetector firstTwoTokens() {
    return new JapanesePersonDetector(new JapaneseNameModel(
        new NothingModel(0, new double[] {0.9, 0.05, 0.05}, new double[] {0.05, 0.9, 0.05}),
        JapaneseNameFeatures.standard()));
  }

  @Test
  void aKindOfOrganisationSetBeforeTheWordAsWhatItIsMakesItNoPerson() {
    JapanesePersonDetector sure = sureOfEveryToken();
    String company = "香港の通信系企業であるカレロが、放送業界への参入を目指して開設した。";
    String person = "香港の通信系の技術者であるカレロが、放送業界への参入を目指して開設した。";
    assertFalse(values(persons(sure, company), company).contains("カレロ"), company);
    assertTrue(values(persons(sure, person), person).contains("カレロ"), person);
  }

  @Test
  void thePredicateIsReadToTheEndOfTheSentenceOnly() {
    Predicates predicates = new Predicates(List.of("生まれ"), List.of("設立され"));
    assertEquals(Predicates.PERSON, predicates.of("Xは東京に生まれた。", 2));
    assertEquals(Predicates.ORGANISATION, predicates.of("Xは東京で設立された。", 2));
    assertEquals(Predicates.NONE, predicates.of("Xは東京にある。彼は東京に生まれた。", 2));
    assertEquals(Predicates.PERSON, predicates.of("Xは会社が設立された年に生まれた。", 2));
  }

  private static List<String> values(List<Finding> found, String text) {
    return found.stream().map(f -> text.substring(f.start(), f.end())).toList();
  }

  /**
   * A model that reads every token as outside a name, with the same probability of beginning one
   * everywhere (0: the rules alone).
   */
  private static final class NothingModel implements opennlp.tools.ml.model.MaxentModel {
    private static final String[] OUTCOMES = {
        JapaneseNameModel.BEGIN, JapaneseNameModel.INSIDE, JapaneseNameModel.OUTSIDE};

    private final double begin;
    /** The probabilities of the first tokens it is asked about, in the order asked. */
    private final double[][] first;
    private int asked;

    NothingModel() {
      this(0);
    }

    NothingModel(double begin, double[]... first) {
      this.begin = begin;
      this.first = first;
    }

    @Override
    public double[] eval(String[] context) {
      return asked < first.length ? first[asked++] : new double[] {begin, 0, 1 - begin};
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      return eval(context);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return eval(context);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return JapaneseNameModel.OUTSIDE;
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return String.join(" ", OUTCOMES);
    }

    @Override
    public String getOutcome(int i) {
      return OUTCOMES[i];
    }

    @Override
    public int getIndex(String outcome) {
      return java.util.Arrays.asList(OUTCOMES).indexOf(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return OUTCOMES.length;
    }
  }

  @Test
  void aNameInsideATitleInBracketsIsTheTitles() {
    String show = "長い間にわたって放送された「荒川強啓デイ・キャッチ!」の後継番組である。";
    int name = show.indexOf("荒川強啓");
    assertTrue(ModelNames.inTitle(show, name, name + 4));
    String work = "「アタックNo.1」や「ルパン三世」などで撮影を手がけた。";
    assertTrue(ModelNames.inTitle(work, work.indexOf("ルパン"), work.indexOf("ルパン") + 3));
    // Quoted speech, a quote that is the name alone, a name outside the brackets: not titles.
    String speech = "彼は「田中に金権選挙でしてやられた」と語った。";
    assertFalse(ModelNames.inTitle(speech, speech.indexOf("田中"), speech.indexOf("田中") + 2));
    String alone = "「内田康夫」は浅見からすれば厄介事を持ってくる。";
    assertFalse(ModelNames.inTitle(alone, 1, 5));
    String after = "「アタックNo.1」で山田が撮影を手がけた。";
    assertFalse(ModelNames.inTitle(after, after.indexOf("山田"), after.indexOf("山田") + 2));
    // The rules read 荒川強啓 in the compound 荒川強啓デイ, unsure: in a title, no person.
    JapanesePersonDetector rulesOnly = new JapanesePersonDetector(
        new JapaneseNameModel(new NothingModel(), JapaneseNameFeatures.standard()));
    assertTrue(persons(rulesOnly, show).isEmpty(), persons(rulesOnly, show).toString());
  }

  @Test
  void aLineThatIsNoProseIsLeftToTheRules() {
    assertTrue(ModelNames.inProse("昨日、山田は会議で新しい計画を説明した。", 3));
    assertFalse(ModelNames.inProse("連 絡 先\u3000\u3000〒950-0088 新潟県新潟市中央区万代", 0));
    assertFalse(ModelNames.inProse("済\n済\n未", 0), "a tick in a cell");
  }

  @Test
  void aRunRightAfterAKinWordIsANameWhereTheModelGivesItSomeChance() {
    // A model that gives every token 0.1: オリエ is no name by itself (unsure, before と); right
    // after a kin word (妻・, 長女の) it is one. Before: none (the ・ after 妻 made オリエ a piece
    // of a katakana run, and no rule read the kin word).
    for (String text : List.of("2006年、妻・オリエと出席した帰り道、事故に遭った。",
        "2006年、長女のオリエと出席した帰り道、事故に遭った。")) {
      assertEquals(List.of("オリエ"), values(persons(beginningANameAt(0.1), text), text), text);
      assertEquals(List.of(), values(persons(beginningANameAt(0.01), text), text), "0.01");
    }
    String friend = "2006年、友人・オリエと出席した帰り道、事故に遭った。";
    assertEquals(List.of(), values(persons(beginningANameAt(0.1), friend), friend), friend);
  }

  @Test
  void aNameOfSeveralPartsTheModelIsSureOfMayHaveAWordForAPart() {
    // マハトマ is a word to UniDic, ガンディー a name: a sure model's name stands; an unsure one's
    // (0.55) is dropped for the word, as all were before.
    String text = "2006年、この同じ船にマハトマ・ガンディーが乗船していた。";
    assertTrue(values(persons(sureOfEveryToken(), text), text).contains("マハトマ・ガンディー"));
    assertFalse(values(persons(beginningANameAt(0.55), text), text).contains("マハトマ・ガンディー"));
  }

  @Test
  void aSuffixInsideANameBeforeAGivenNameEndsTheSurname() {
    // 川 ends a river's name, and made 三宅川百太郎 a place's before; 百太郎 after it is a given
    // name. A suffix with no given name after it still makes the run no person's.
    String text = "2006年、三宅川百太郎は、日本の実業家として知られた。";
    assertTrue(values(persons(sureOfEveryToken(), text), text).contains("三宅川百太郎"),
        persons(sureOfEveryToken(), text).toString());
    String shop = "2006年、今井郁文堂は、度量衡の機械を売る店として知られた。";
    assertFalse(values(persons(sureOfEveryToken(), shop), shop).stream().anyMatch(v -> v.endsWith("堂")),
        persons(sureOfEveryToken(), shop).toString());
  }

  @Test
  void companiesAndThingsOnASurnameAreNoPersons() {
    for (String sentence : List.of(
        "小林製薬は、日本の伝統薬の一部を製造している。",
        "神田祭は、山王祭と並んで江戸三大祭の一つとされる。",
        "当時、株式会社山田は経営難に陥っていた。")) {
      for (Finding f : persons(sentence)) {
        String value = sentence.substring(f.start(), f.end());
        assertFalse(sentence.substring(f.end()).startsWith("製薬")
                || sentence.substring(f.end()).startsWith("祭")
                || sentence.substring(0, f.start()).endsWith("株式会社"),
            "read as a person: " + value + " in " + sentence);
      }
    }
  }

  @Test
  void aNameTheModelFoundCountsWhereItStandsAgainAlone() {
    String text = "ロバート・キャロルは米国の政治家。1990年、キャロルは上院議員に選ばれた。";
    List<Finding> found = persons(text);
    long alone = found.stream()
        .filter(f -> text.substring(f.start(), f.end()).equals("キャロル")).count();
    boolean full = found.stream()
        .anyMatch(f -> text.substring(f.start(), f.end()).equals("ロバート・キャロル"));
    assertTrue(full, "the full name: " + found);
    assertEquals(1, alone, "the surname alone again: " + found);
  }

  private List<Finding> persons(String text) {
    return persons(withModel, text);
  }

  private static List<Finding> persons(JapanesePersonDetector detector, String text) {
    return detector.detect(new DetectionText(text)).stream()
        .filter(f -> f.type() == FindingType.PERSON)
        .toList();
  }

  /**
   * The title test, which looks for the opening bracket on the span's line only, says what it
   * said when it searched the whole text before the span: at every start and end of the sample
   * texts and of random mixes of brackets, newlines, kana and kanji.
   */
  @Test
  void aTitleIsSoughtOnItsLineAsInTheWholeText() {
    List<String> texts = new java.util.ArrayList<>(JapaneseSamples.texts());
    java.util.Random random = new java.util.Random(11);
    String chars = "「」『』\n、。のと山田アイう ";
    for (int k = 0; k < 2_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int c = random.nextInt(40); c > 0; c--) {
        b.append(chars.charAt(random.nextInt(chars.length())));
      }
      texts.add(b.toString());
    }
    int compared = 0;
    int titles = 0;
    for (String text : texts) {
      for (int start = 0; start < text.length(); start++) {
        for (int end = start + 1; end <= Math.min(text.length(), start + 12); end++) {
          boolean inTitle = ModelNames.inTitle(text, start, end);
          assertEquals(inTitleSearchingTheWholeText(text, start, end), inTitle, text + " " + start + " " + end);
          compared++;
          titles += inTitle ? 1 : 0;
        }
      }
    }
    assertTrue(compared > 10_000 && titles > 100, compared + " spans, " + titles + " in titles");
  }

  /** {@link ModelNames#inTitle} as it was: each bracket's last place before the span in the text. */
  private static boolean inTitleSearchingTheWholeText(String text, int start, int end) {
    int from = text.lastIndexOf('\n', start) + 1;
    int open = Math.max(text.lastIndexOf('「', start - 1), text.lastIndexOf('『', start - 1));
    return open >= from && ModelNames.titleFrom(text, open, start, end);
  }
}
