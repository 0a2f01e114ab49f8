package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyClassifierTest {

  private static PolicyClassifier classifier;

  @BeforeAll
  static void open() {
    classifier = new PolicyClassifier(Policy.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    classifier.close();
  }

  /** One classification for the first occurrence of {@code value} in the text. */
  private static Classification one(String path, Part part, FindingType type, String value) {
    return classifier.classify(Path.of(path), part, List.of(finding(part, type, value))).get(0);
  }

  private static Finding finding(Part part, FindingType type, String value) {
    int at = part.text().indexOf(value);
    assertTrue(at >= 0, value);
    return new Finding(type, null, at, at + value.length(), value, value, 0.9, "test");
  }

  private static Part text(String text) {
    return new Part("", text, Map.of());
  }

  @Test
  void aFileNamedAfterACategoryGivesItToEveryFindingInIt() {
    Part part = text("氏名\t住所\t電話\n山田 太郎\t東京都港区芝公園9-9-9\t03-5555-0101\n");
    Classification c = one("share/総務/株主名簿_2024.xlsx", part, FindingType.PHONE, "03-5555-0101");
    assertEquals("shareholder", c.category());
    assertEquals(Policy.defaults().section("shareholder").orElseThrow().purposeIds(), c.purposes());
    assertTrue(c.signals().contains("path:株主名簿"), c.signals()::toString);
    assertTrue(c.flags().isEmpty(), c.flags()::toString);
  }

  @Test
  void theTitleAndTheFirstLinesAreDocumentEvidenceToo() {
    Part titled = new Part("", "山田 太郎 03-5555-0101\n", Map.of(Part.TITLE, "株主名簿"));
    // 株主 inside 株主名簿 is not a second signal.
    assertEquals(List.of("title:株主名簿"),
        one("share/export.xlsx", titled, FindingType.PHONE, "03-5555-0101").signals());
    Part twice = new Part("", "山田 太郎 03-5555-0101\n", Map.of(Part.TITLE, "株主名簿（個人株主）"));
    assertEquals(List.of("title:株主", "title:株主名簿"),
        one("share/export.xlsx", twice, FindingType.PHONE, "03-5555-0101").signals().stream()
            .sorted().toList());
    Part headed = text("応募者一覧\n\n氏名\t電話\n山田 太郎\t03-5555-0101\n");
    Classification c = one("share/list.csv", headed, FindingType.PHONE, "03-5555-0101");
    assertEquals("job_applicant", c.category());
    assertTrue(c.signals().contains("heading:応募者"), c.signals()::toString);
  }

  @Test
  void aMailsSubjectAndHeadersCount() {
    Part mail = new Part("#3 面接日程のご連絡",
        "From: 山田 太郎 <taro@example.jp>\nTo: saiyo@example.co.jp\nSubject: 面接日程のご連絡\n\n"
            + "山田様\n来週の火曜日はいかがでしょうか。\n",
        Map.of(Part.SUBJECT, "面接日程のご連絡"));
    Classification c = one("mail/inbox.mbox", mail, FindingType.EMAIL, "taro@example.jp");
    assertEquals("job_applicant", c.category());
    assertTrue(c.signals().contains("header:to:*saiyo*"), c.signals()::toString);
    assertTrue(c.signals().contains("subject:面接"), c.signals()::toString);
  }

  @Test
  void englishWordsAreStemmedAndMustStandTogether() {
    Part mail = new Part("", "Subject: Interviews next week\n\nDear applicants, … 03-5555-0101\n",
        Map.of());
    assertEquals("job_applicant",
        one("mail/x.eml", mail, FindingType.PHONE, "03-5555-0101").category());
    // "call" and "note" apart are no "call notes".
    Part notes = text("Thanks for your note. Call me on 020 7946 0321.\n");
    assertEquals(Classification.NONE, one("mail/y.eml", notes, FindingType.PHONE, "020 7946 0321"));
  }

  @Test
  void aLineLevelSignalOverridesAWeakerDocument() {
    Part part = text("連絡先一覧\n顧客 山田 太郎 03-5555-0101\n退職者 鈴木 花子 03-5555-0102\n"
        + "田中 一郎 03-5555-0103\n");
    Path path = Path.of("share/営業/連絡先一覧.csv");
    List<Classification> cs = classifier.classify(path, part,
        List.of(finding(part, FindingType.PHONE, "03-5555-0101"),
            finding(part, FindingType.PHONE, "03-5555-0102"),
            finding(part, FindingType.PHONE, "03-5555-0103")));
    assertEquals("customer", cs.get(0).category());
    assertEquals("retiree", cs.get(1).category());
    assertEquals(List.of("near:退職者"), cs.get(1).signals());
    assertEquals(Classification.NONE, cs.get(2));

    // In the share register, named so in its path, title and first line, a former employee's
    // row stays a shareholder's.
    Part register = new Part("", "株主名簿\n元社員 鈴木 花子 03-5555-0102\n",
        Map.of(Part.TITLE, "株主名簿"));
    Classification c = one("share/総務/株主名簿.xlsx", register, FindingType.PHONE, "03-5555-0102");
    assertEquals("shareholder", c.category());
  }

  @Test
  void dataWithNoContextHasNoStatedPurpose() {
    Part part = text("山田 太郎,03-5555-0101,taro@example.jp\n");
    Classification c = one("share/misc/export_20191104.csv", part, FindingType.PHONE,
        "03-5555-0101");
    assertEquals(Classification.NONE, c);
    assertNull(c.category());
  }

  @Test
  void aHealthInsuranceNumberIsFlaggedWhereverItIsHeldAndWhateverItsCategory() {
    Part part = text("保険証 記号 1234 番号 56\n");
    Classification customers = one("share/顧客リスト.csv", part, FindingType.HEALTH_INSURANCE, "1234 番号 56");
    assertEquals("customer", customers.category());
    assertEquals(List.of(Classification.RESTRICTED_IDENTIFIER), customers.flags());
    Classification nowhere = one("share/misc/a.csv", part, FindingType.HEALTH_INSURANCE, "1234 番号 56");
    assertNull(nowhere.category());
    assertEquals(List.of(Classification.RESTRICTED_IDENTIFIER), nowhere.flags());
  }

  @Test
  void aMyNumberIsFlaggedOutsideTheMyNumberPurposes() {
    Part part = text("個人番号 123456789018\n");
    Classification register = one("share/株主名簿.xlsx", part, FindingType.MY_NUMBER, "123456789018");
    assertEquals("shareholder", register.category());
    assertEquals(List.of("companies_act", "shareholder_management"), register.purposes());
    assertTrue(register.flags().isEmpty());
    Classification customers = one("share/顧客リスト.csv", part, FindingType.MY_NUMBER, "123456789018");
    assertEquals("customer", customers.category());
    assertEquals(List.of(Classification.MY_NUMBER_OUTSIDE_PURPOSE), customers.flags());
    Classification nowhere = one("share/misc/a.csv", part, FindingType.MY_NUMBER, "123456789018");
    assertNull(nowhere.category());
    assertEquals(List.of(Classification.MY_NUMBER_OUTSIDE_PURPOSE), nowhere.flags());
  }

  @Test
  void dataOfAKindThePolicyDoesNotNameIsFlagged() {
    Part part = text("氏名\t所見\n山田 太郎\t要精密検査\n");
    Classification c = one("share/人事/健康診断結果_2024.xlsx", part, FindingType.PERSON, "山田 太郎");
    assertNull(c.category());
    assertTrue(c.purposes().isEmpty());
    assertTrue(c.flags().containsAll(
        List.of(Classification.NOT_IN_POLICY, Classification.SPECIAL_CARE)), c.flags()::toString);
    assertEquals("unlisted:employee_health", c.signals().get(0));
    // Special-care data inside a category the policy names keeps its category and is flagged.
    Part customers = text("氏名\t病歴\n山田 太郎\tなし\n");
    Classification k = one("share/顧客リスト.csv", customers, FindingType.PERSON, "山田 太郎");
    assertEquals("customer", k.category());
    assertEquals(List.of(Classification.SPECIAL_CARE), k.flags());
  }

  @Test
  void concurrentCallsAgree() throws Exception {
    Part part = text("退職者一覧\n山田 太郎 03-5555-0101\n");
    Classification expected = one("share/x.csv", part, FindingType.PHONE, "03-5555-0101");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Classification>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> one("share/x.csv", part, FindingType.PHONE, "03-5555-0101")));
      }
      for (Future<Classification> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals("retiree", expected.category());
  }
}
