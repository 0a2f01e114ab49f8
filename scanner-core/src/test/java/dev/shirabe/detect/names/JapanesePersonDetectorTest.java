package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapanesePersonDetectorTest {

  private static final JapanesePersonDetector DETECTOR = new JapanesePersonDetector();
  /** As a scan runs it: context weighs the findings, the weak ones drop out. */
  private static final DetectorSet SET = new DetectorSet(List.of(DETECTOR));

  private static List<Finding> raw(String text) {
    return DETECTOR.detect(new DetectionText(text)).stream()
        .sorted(Comparator.comparingInt(Finding::start))
        .toList();
  }

  private static List<String> names(String text) {
    return SET.detect(text).stream().map(Finding::text).toList();
  }

  /** The one name a scan finds in the text. */
  private static Finding only(String text) {
    List<Finding> findings = SET.detect(text);
    assertEquals(1, findings.size(), () -> "findings in " + text + ": " + findings);
    Finding f = findings.get(0);
    assertEquals(FindingType.PERSON, f.type());
    assertEquals(JapanesePersonDetector.NAME, f.detector());
    assertEquals(text.substring(f.start(), f.end()), f.text());
    return f;
  }

  private static void assertNone(String text) {
    List<Finding> findings = SET.detect(text);
    assertTrue(findings.isEmpty(), () -> "expected no name in " + text + ": " + findings);
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田太郎", "山田 太郎", "山田　太郎", "山田\n太郎", "山田\t太郎"})
  void joinsSurnameAndGivenNameHoweverTheyAreSeparated(String written) {
    Finding f = only("氏名\n" + written + "\n");
    assertEquals(written, f.text());
    assertEquals("ヤマダ タロウ|yamada taro|山田 太郎", f.normalized());
  }

  @Test
  void aForeignNameWhosePartsIpadicHasAsWordsIsANameWhereUniDicSaysSo() {
    // IPADIC has マイク only as a microphone, so the rules took マイク・リー for a product; UniDic
    // has it as a given name too, and the model reads the sentence. Before: nothing found.
    assertEquals(List.of("マイク・リー"), names("会見には映画監督のマイク・リーも出席した。"));
  }

  @Test
  void aForeignNameWithAnInitialFirstIsFoundWhole() {
    // Before: nothing (ジャクソン alone is a piece of a run, which the model's names may not be).
    assertEquals(List.of("E・ジャクソン"), names("先発のE・ジャクソンは七回を無失点に抑えた。"));
  }

  @Test
  void aForeignNameWithMiddleInitialsOrAWordForAPartIsFoundWhole() {
    // Before: nothing; the model ended ジェイムズ・J・ at the joiner, which made it a piece of a
    // run, and スヌープ・ドッグ was vetoed for ドッグ, a word, after a first name UniDic lacks.
    assertEquals(List.of("ジェイムズ・J・フィン"), names("作戦を指揮したのはジェイムズ・J・フィン大佐である。"));
    assertEquals(List.of("スヌープ・ドッグ"), names("前作に続き、ラッパーのスヌープ・ドッグが参加した。"));
  }

  @Test
  void aNameBeforeAWordForThePersonThemselvesOrTheirFamilyIsNoCompound() {
    // 自身 and 兄弟 follow a person's name; before, the name was read as a compound's first word.
    assertEquals(List.of("ドヴォルザーク"), names("初演ではドヴォルザーク自身が指揮を執った。"));
  }

  @Test
  void aTitleAfterACountrysOneKanjiIsEvidence() {
    // 米 (the United States) and 英 stand between the name and the title. Before: nothing found.
    assertEquals(List.of("レーガン"), names("会見で、レーガン米大統領と会談した。"));
    assertEquals(List.of("ブラウン"), names("会見で、ブラウン英首相と会談した。"));
    assertNone("会見で、米大統領と会談した。");
  }

  @Test
  void aPlacesNameThatIsASurnameIsOneBeforeATitleOfPeopleNotOfPlaces() {
    // IPADIC reads 等々力 and 太田 as places. Before: 太田 not found (等々力 only by the model).
    assertEquals(List.of("等々力"), names("その作品では等々力警部が現れた。"));
    assertEquals(List.of("太田"), names("会議には太田社長が出席した。"));
    // 市長 and 知事 follow places as well as people: the place stays a place.
    assertNone("会議には太田市長が出席した。");
    assertNone("会議には東京都知事が出席した。");
  }

  @Test
  void aGivenNameEndingInAPlaceSuffixIsNoCity() {
    // Kuromoji reads 土屋圭市 as 土屋 + 圭 + 市 (a city); 圭市 is a given name. Before: nothing.
    assertEquals(List.of("土屋圭市"), names("この本は、土屋圭市が監修した。"));
    assertNone("この本は、山田市で発行された。");
  }

  @Test
  void aShortSentenceIsRunningText() {
    // Under 16 chars, but a sentence with a comma and a full stop. Before: not prose, no name.
    assertEquals(List.of("河下水希"), names("河下水希は、日本の漫画家。"));
  }

  @Test
  void katakanaNamesWithAPartUniDicKnowsOnlyAsAWordOrAPlaceAreNoPersons() {
    // A firm, a team, a title: サン, マイクロシステムズ, マドリード, グッド are words or places.
    // Before: サン・マイクロシステムズ and ソー・グッド were persons (IPADIC knows none of them).
    assertNone("当時はサン・マイクロシステムズの製品を使っていた。");
    assertNone("準決勝ではレアル・マドリードに敗れた。");
    assertNone("アルバム「ソー・グッド」は翌年に発売された。");
  }

  @Test
  void aTitleOfNobilityAfterANameIsEvidence() {
    // 卿 and 伯爵 follow a name as 社長 does. Before: the name was read as the first word of a
    // compound (サッスーン卿) and dropped.
    assertEquals(List.of("ヴィクター・サッスーン"), names("当時の上海はヴィクター・サッスーン卿の支配下にあった。"));
  }

  @Test
  void aGivenNameKuromojiSplitFillingItsCellIsTakenWhole() {
    // 悠真 is 悠 + 真 to Kuromoji; after 中村 and a space, filling its cell of a payroll export,
    // the name lexicon knows it as a given name. Before: 中村 and 悠 apart.
    Finding f = only("社員番号,氏名,所属\n2016041,中村 悠真,総務部\n");
    assertEquals("中村 悠真", f.text());
  }

  @Test
  void aSurnameAndAGivenNameInColumnsHeadedSoAreOneName() {
    // A name card export: 姓（カナ） and 名（カナ） side by side are one person's reading, one
    // finding. Before: イシダ and タカシ apart.
    String csv = "姓,名,姓（カナ）,名（カナ）\n石田,隆,イシダ,タカシ\n";
    List<String> found = names(csv);
    assertTrue(found.contains("イシダ,タカシ"), () -> "found " + found);
    assertTrue(found.stream().noneMatch(n -> n.equals("タカシ")), () -> "found " + found);
  }

  @Test
  void aCompanysAccountNameInBankKanaIsNoPerson() {
    // A member list's reading column holds a company's account name with its legal form as a
    // bank writes it, (ｶ for 株式会社; ﾕ) for 有限会社 before it. Before: ﾔﾏﾀﾞﾃﾞﾝｷ and ｶ, as persons.
    assertNone("会員番号,氏名,フリガナ\n202309010003,山田電機株式会社,ﾔﾏﾀﾞﾃﾞﾝｷ(ｶ\n");
    assertNone("口座名義（ｶﾅ）\nﾕ)ｽｽﾞｷｼﾖｳｶｲ\n");
    // A person's name in the same column is still one.
    assertEquals(List.of("ヤマダタロウ"), names("会員番号,氏名,フリガナ\n201904010231,,ヤマダタロウ\n"));
  }

  @Test
  void joinsAGivenNameKuromojiReadAsSomethingElse() {
    // Kuromoji reads 太郎 after a space as a place, 隼 as a falcon: the lexicon knows better.
    assertEquals(List.of("山田 太郎"), names("山田 太郎が来た。"));
    assertEquals(List.of("伊藤隼"), names("選手の伊藤隼と話した。"));
  }

  @Test
  void joinsAGivenNameIpadicSplitIntoPieces() {
    // 波夫 is read 波 (given name) + 夫 (common noun); 潤三 ends with a number.
    assertEquals(List.of("江上波夫", "関根潤三"), names("江上波夫と関根潤三が会った。"));
  }

  @Test
  void joinsASurnameKuromojiReadAsAPlaceOrAWord() {
    // 石田 and 石川 read as places, 清水 as a company, 青葉 as leaves; 由紀 and 美穂 as surnames.
    assertEquals(List.of("石田 隆"), names("担当者\n石田 隆\n"));
    assertEquals(List.of("石川 由紀", "林 美穂"), names("主任,石川 由紀\n主任,林 美穂\n"));
    assertEquals(List.of("青葉 一郎"), names("代表取締役社長　青葉 一郎"));
    // A surname no dictionary has, after a title.
    assertEquals(List.of("向陽 誠司"), names("代表取締役　向陽 誠司"));
  }

  @Test
  void aLineBreakJoinsOnlyTwoCellsThatHoldNothingElse() {
    assertEquals(List.of("山田\n太郎"), names("担当者\n山田\n太郎\n"));
    // Surnames side by side in two cells are two people.
    assertEquals(List.of("山田", "鈴木", "佐藤"), names("担当者\t確認者\t承認者\n山田\t鈴木\t佐藤\n"));
    // 山田 ends a sentence, 太郎 starts the next one: two words, not one name.
    assertTrue(raw("これは山田\n太郎が書いた。").stream().noneMatch(f -> f.text().contains("\n")));
  }

  @Test
  void honorificsTitlesAndLabelsAreEvidenceButNeverPartOfTheName() {
    assertEquals("山田太郎", only("山田太郎様").text());
    assertEquals("山田太郎", only("山田太郎 様").text());
    assertEquals("鈴木", only("鈴木部長").text());
    assertEquals("佐藤", only("佐藤先生").text());
    assertEquals("田中一郎", only("氏名：田中一郎").text());
    assertEquals("山田", only("担当:山田").text()); // Kuromoji reads 山田 as a common noun there
    assertEquals("中村", only("【差出人】中村").text());
    assertEquals(List.of("田中", "佐藤"), names("田中さんと佐藤様"));
  }

  @Test
  void confidenceFollowsTheEvidence() {
    double full = raw("山田太郎が来た").get(0).confidence();
    double withHonorific = raw("山田様が来た").get(0).confidence();
    double lone = raw("山田が来た").get(0).confidence();
    assertTrue(full > withHonorific && withHonorific > lone, full + " " + withHonorific + " " + lone);
    assertTrue(lone < DetectorSet.MIN_CONFIDENCE, "a lone surname alone is not reported");
    assertNone("山田が来た。");
    assertEquals(List.of("田中"), names("営業部の田中と申します。"));
    // A name word nearby (ContextScorer) lifts it.
    assertEquals(List.of("山田"), names("担当者は営業部の山田です。"));
  }

  @Test
  void aLoneSurnameOfAFullNameInTheSameTextIsThatPerson() {
    assertEquals(List.of("坂本龍一", "坂本"), names("坂本龍一が作曲した。\n坂本は渡米した。"));
    // Alone on a short line that is no sentence with a comma, a lone surname needs evidence.
    assertNone("坂本は渡米した。");
  }

  @Test
  void aLoneOneCharSurnameOrAnOrdinaryWordNeedsEvidenceTouchingIt() {
    assertNone("森の中を歩いた。");
    assertEquals(List.of("森"), names("森さんに聞いた。"));
    assertNone("中央の様子を見る。");
  }

  @Test
  void namesInATableColumnHeadedByANameLabel() {
    String table = "氏名\tフリガナ\t電話\n山田\tヤマダ\t03-1234-5678\n鈴木\tスズキ\t03-1234-5679\n";
    assertEquals(List.of("山田", "ヤマダ", "鈴木", "スズキ"), names(table));
  }

  @Test
  void findsKatakanaNamesOnEvidence() {
    Finding f = only("ヤマダ タロウ様");
    assertEquals("ヤマダ タロウ", f.text());
    assertEquals("ヤマダ タロウ|yamada taro|ヤマダ タロウ", f.normalized());
    assertEquals("ヤマダ", only("ヤマダさんへ").text());
    assertEquals("ヤマダ タロウ", only("フリガナ：ヤマダ タロウ").text());
    assertNone("ヤマダ タロウ");
  }

  @Test
  void findsForeignNamesJoinedByADot() {
    Finding f = only("ジョン・スミスは言った。");
    assertEquals("ジョン・スミス", f.text());
    assertEquals("ジョン スミス|jon sumisu|ジョン スミス", f.normalized());
    assertEquals("ジョン・F・ケネディ", only("ジョン・F・ケネディ大統領").text());
    assertEquals("エミリー カーター", only("担当\tエミリー カーター\n").text());
  }

  @Test
  void aColumnHeadIsNoName() {
    // In the head row, フリガナ stands right after 氏名 and メール after フリガナ.
    assertEquals(List.of("山田 太郎", "ヤマダ タロウ"),
        names("氏名\tフリガナ\tメール\n山田 太郎\tヤマダ タロウ\tt@example.jp\n"));
  }

  @Test
  void findsGivenNamesInHiragana() {
    Finding f = only("山本さくらさん");
    assertEquals("山本さくら", f.text());
    assertEquals("ヤマモト サクラ|yamamoto sakura|山本 サクラ", f.normalized());
    assertEquals("はなこ", only("名前：はなこ").text());
    assertEquals("さくら", only("さくら様").text());
    assertEquals("はなこ", only("はなこさん、こんにちは").text());
    assertEquals("山本　さくら", only("氏名\t山本　さくら").text());
    assertNone("みなさん、こんにちは"); // a word with its honorific
    assertNone("山田です。");
    // An honorific says nothing about what follows it.
    assertEquals(List.of("山田"), names("山田様\n\nこのたびは"));
  }

  @Test
  void aKanaReadingBesideAKanjiNameIsFoundAndGivesItsReading() {
    assertEquals(List.of("山田太郎", "ヤマダタロウ"), names("山田太郎（ヤマダタロウ）"));
    assertEquals(List.of("山田太郎", "やまだたろう"), names("山田太郎(やまだたろう)"));
    // The reading written beside the name wins over the dictionary's guess (ヤマザキ).
    List<Finding> found = SET.detect("山崎太郎（ヤマサキタロウ）");
    assertEquals("ヤマサキ タロウ|yamasaki taro|山崎 太郎", found.get(0).normalized());
    assertEquals("ヤマサキ タロウ|yamasaki taro|ヤマサキ タロウ", found.get(1).normalized());
    // A フリガナ line over the name, as on forms.
    assertEquals(List.of("ヤマダ タロウ", "山田 太郎"),
        names("フリガナ\tヤマダ タロウ\n氏名\t山田 太郎\n"));
  }

  @Test
  void keysAreCanonical() {
    assertEquals("ヤマダ タロウ|yamada taro|ヤマダ タロウ", only("ﾔﾏﾀﾞ ﾀﾛｳ様").normalized());
    assertEquals("ヤマダ ハナコ|yamada hanako|ヤマダ ハナコ", only("氏名：やまだ はなこ").normalized());
    assertEquals("スズキ イチロウ|suzuki ichiro|鈴木 一郎", only("鈴木　一郎様").normalized());
    // No reading known for a part: reading and romaji are empty, the written form stays.
    assertEquals("||嶋 広明培", only("担当の嶋広明培さん").normalized());
  }

  /**
   * A given name IPADIC does not know (美佐紀, which it reads as pieces: ミサキノ) is read as
   * ENAMDICT reads it; one that ENAMDICT reads several ways (光祐) keeps each reading.
   */
  @Test
  void namesIpadicDoesNotKnowAreReadByTheNameLexicon() {
    assertEquals("マツトモ ミサキ|matsutomo misaki|松友 美佐紀", only("氏名：松友美佐紀").normalized());
    assertEquals("マツトモ ミサキ|matsutomo misaki|松友 美佐紀", only("担当の松友美佐紀さんに").normalized());
    assertEquals("タナカ コウスケ|tanaka kosuke|田中 光祐|タナカ ミツスケ;タナカ ミヒロ;タナカ ミユ",
        only("担当の田中光祐さんに").normalized());
  }

  @Test
  void readsVariantKanjiSurnames() {
    Finding f = only("髙橋一郎様");
    assertEquals("髙橋一郎", f.text());
    assertEquals("タカハシ イチロウ|takahashi ichiro|髙橋 一郎", f.normalized());
    assertEquals("山﨑", only("山﨑様").text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "株式会社山田へ発注した。",
        "(株)鈴木に連絡した。",
        "山田商事株式会社の件。",
        "鈴木銀行から振り込む。",
        "田中大学を卒業した。", // IPADIC reads 大学 as a given name here
        "中央区山田1-2-3",
        "佐藤賞を受けた。",
        "東京都中央区の平成通り",
        "日本の中央に位置する。",
        "ロシア担当の参謀",
        "メーカーさんに聞く。",
        "ジョンソン・エンド・ジョンソンの製品",
        "デトロイト・ピストンズが勝った。",
        "全日本フィギュアスケート選手権",
        "という様子を語った。",
        "令和六年四月一日に施行する。",
        "会社名：山田商事"
      })
  void keepsOutOrganisationsPlacesAndWords(String text) {
    assertNone(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1960年、李承晩政権が倒れ、第二共和国が成立した。",
        "1582年に山田太郎の乱が起こり、城下は焼けた。"
      })
  void aNameGluedToAGovernmentOrAnEventIsTheirs(String text) {
    // The government or the event named after a person (names/not-person-after.txt); the same
    // names standing for the person are found (namesStandingForThePersonAreFound).
    assertNone(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1948年、李承晩が初代大統領に就任し、第一共和国が成立した。",
        "1582年に山田太郎が兵を挙げ、城下は焼けた。"
      })
  void namesStandingForThePersonAreFound(String text) {
    assertEquals(1, SET.detect(text).size(), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
        "記者会見でエミール・ボドワン国防大臣は増派を否定した。",
        "同日、ハンス・クレーマー上院議員が法案を提出した。",
        "当時の陳立夫国民党総裁は反対した。"
      })
  void aNameBeforeACompoundTitleIsTheOfficeHolders(String text) {
    // The organisation or the field before the title (上院, 国民党, 国防) made the name the first
    // word of a compound or an organisation's; the title at the compound's end says whose it is.
    assertEquals(1, SET.detect(text).size(), text);
  }

  @Test
  void aPersonsFullNameThatIpadicHoldsAsOneWordIsAFullName() {
    // IPADIC has 毛沢東 as one word, 名詞-固有名詞-人名-一般; read as a lone name, it needed a
    // context word. A lone surname stays so.
    assertEquals(List.of("毛沢東"), names("2階には毛沢東の肖像画が掛けられていた。"));
    assertNone("2階には山田の肖像画が掛けられていた。");
  }

  @Test
  void aLoneGivenNameRightAfterAKinWordIsEvidenced() {
    // names/kin-before.txt, glued or across ・ or の; before: both lone and unsure, none found.
    assertEquals(List.of("種次郎", "タマエ"), names("大正11年、和歌山県にて父・種次郎、母・タマエの間に生まれる。"));
    // A kin word before what is no name: none.
    assertNone("大正11年、和歌山県にて父・母の実家に生まれる。");
  }

  @Test
  void aFirmsWordInsideTheCompoundLeavesTheNameTheFirms() {
    assertNone("山田製作所所長が挨拶した。");
    assertNone("田中商事部長が挨拶した。");
    // A suffix glued to the name makes it an institution's (博文 + 館), whatever title follows.
    assertNone("1907年に卒業後、博文館編集記者となり、上京した。");
  }

  @Test
  void everyHonorificAndTitleIsAlsoAContextWord() {
    // names/honorifics.txt and names/titles.txt are the part of context/person.txt that counts
    // after a name.
    List<String> context = ContextWords.of(FindingType.PERSON).supporting();
    for (String list : List.of("names/honorifics.txt", "names/titles.txt")) {
      List<String> missing =
          WordList.load(list).stream().filter(h -> !context.contains(h)).toList();
      assertEquals(List.of(), missing, list);
    }
  }
}
