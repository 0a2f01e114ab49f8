package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy's handling sections (joint use, contractors, provision, sources, departments):
 * read, refused when malformed, and matched to findings by the classifier.
 */
class HandlingSectionsTest {

  private static final String CATEGORIES = """
      [category customer]
      label: 顧客 | Customers
      purpose: product_information | 製品情報の提供 | Product information
      purpose: customer_contract | 契約の履行 | Contracts
      ja: 顧客

      [category job_applicant]
      label: 応募者 | Applicants
      purpose: recruitment_screening | 採用選考 | Screening
      ja: 応募者, 履歴書
      """;

  private static final String HANDLING = """
      [joint-use group]
      label: グループ会社との共同利用 | Joint use with group companies
      partners: 株式会社サンプルテクノ, サンプル販売株式会社
      items: 氏名, 電話番号, メールアドレス
      purpose: 共同での製品案内
      responsible: 株式会社サンプル
      category: customer
      ja: 共同利用
      path: *kyodo*

      [contractor dm_service]
      label: DM発送委託 | Direct-mail contractor
      name: 株式会社DMサービス
      work: DM発送 (sending direct mail)
      category: customer
      ja: 委託先提供データ
      domain: dm-service.example.jp

      [provision insurer]
      label: 保険会社への提供 | Provision to the insurer
      recipient: サンプル損害保険株式会社
      basis: 本人の同意
      categories: customer
      path: *insurer*

      [source web_form]
      label: ウェブフォーム | Web form
      method: 本人がウェブフォームで入力
      categories: customer
      prefix: webform

      [department sales]
      label: 営業部 | Sales
      prefix: /srv/share/営業部

      [department sales_tokyo]
      label: 営業部東京 | Sales, Tokyo
      prefix: /srv/share/営業部/東京
      """;

  private static Policy policy() throws PolicyFormatException {
    return PolicyReader.parse("ours.policy", CATEGORIES + "\n" + HANDLING);
  }

  private static List<Classification> classify(Policy policy, String path, Part part,
      FindingType type, String value) throws Exception {
    int at = part.text().indexOf(value);
    Finding f = new Finding(type, null, at, at + value.length(), value, value, 0.9, "test");
    try (PolicyClassifier classifier = new PolicyClassifier(policy)) {
      return classifier.classify(Path.of(path), part, List.of(f));
    }
  }

  private static Part text(String text) {
    return new Part("", text, Map.of());
  }

  @Test
  void theSectionsAreReadWithTheirDetailsInThePolicysOrder() throws Exception {
    Policy policy = policy();
    assertEquals(List.of("group", "dm_service", "insurer", "web_form", "sales", "sales_tokyo"),
        policy.handling().stream().map(HandlingSection::id).toList());
    HandlingSection joint = policy.handling(Handling.JOINT_USE, "group").orElseThrow();
    assertEquals(List.of("partners", "items", "purpose", "responsible"),
        List.copyOf(joint.details().keySet()));
    assertEquals("株式会社サンプル", joint.details().get("responsible"));
    assertEquals("共同利用者 / Partners", joint.heading("partners"));
    assertEquals("customer", joint.category());
    assertEquals(List.of("dm-service.example.jp"),
        policy.handling(Handling.CONTRACTOR, "dm_service").orElseThrow().domains());
  }

  @Test
  void aJointUseFolderGivesItsFindingsThePartnerAndKeepsTheirCategory() throws Exception {
    Part part = text("顧客一覧\n山田 太郎,03-5555-0101\n");
    Classification c = classify(policy(), "/srv/share/共同利用/顧客一覧.csv", part,
        FindingType.PHONE, "03-5555-0101").get(0);
    assertEquals("customer", c.category());
    assertEquals(List.of("group"), c.handling().jointUse());
    assertTrue(c.handling().contractors().isEmpty());
    // A word of another category decides the category; the joint use still applies.
    Part applicants = text("応募者一覧\n山田 太郎,03-5555-0101\n");
    Classification a = classify(policy(), "/srv/share/共同利用/list.csv", applicants,
        FindingType.PHONE, "03-5555-0101").get(0);
    assertEquals("job_applicant", a.category());
    assertEquals(List.of("group"), a.handling().jointUse());
  }

  @Test
  void aContractorsHandOffFileTakesTheContractorsCategoryWhereNothingElseSpeaks()
      throws Exception {
    Part part = text("氏名,住所\n山田 太郎,東京都港区芝公園9-9-9\n");
    Classification c = classify(policy(), "/srv/share/委託先提供データ_DM発送.csv", part,
        FindingType.ADDRESS, "東京都港区芝公園9-9-9").get(0);
    assertEquals("customer", c.category());
    assertEquals(List.of("product_information", "customer_contract"), c.purposes());
    assertEquals(List.of("dm_service"), c.handling().contractors());
    assertTrue(c.signals().contains("contractor:dm_service"), c.signals()::toString);
    // Without the section it is held with no stated purpose.
    Policy without = PolicyReader.parse("p", CATEGORIES);
    assertNull(classify(without, "/srv/share/委託先提供データ_DM発送.csv", part,
        FindingType.ADDRESS, "東京都港区芝公園9-9-9").get(0).category());
  }

  @Test
  void aMailToTheContractorsDomainIsHandedToIt() throws Exception {
    Part mail = new Part("#1 送付", "From: 山田 太郎 <taro@example.co.jp>\n"
        + "To: 担当 <ops@mail.dm-service.example.jp>\nSubject: 送付\n\n顧客 佐藤 花子 03-5555-0102\n",
        Map.of());
    Classification c = classify(policy(), "/srv/mail/out.mbox", mail, FindingType.PHONE,
        "03-5555-0102").get(0);
    assertEquals(List.of("dm_service"), c.handling().contractors());
    Part other = new Part("#1 送付", "From: taro@example.co.jp\nTo: a@not-dm-service.example.jp\n"
        + "Subject: 送付\n\n顧客 佐藤 花子 03-5555-0102\n", Map.of());
    assertTrue(classify(policy(), "/srv/mail/out.mbox", other, FindingType.PHONE,
        "03-5555-0102").get(0).handling().contractors().isEmpty());
  }

  @Test
  void provisionsAndSourcesApplyToTheirCategoriesAndTheLongestDepartmentPrefixWins()
      throws Exception {
    Part part = text("顧客名簿\n山田 太郎,03-5555-0101\n");
    Classification c = classify(policy(), "/srv/share/営業部/東京/webform/insurer/顧客.csv",
        part, FindingType.PHONE, "03-5555-0101").get(0);
    assertEquals("customer", c.category());
    assertEquals(List.of("insurer"), c.handling().provisions());
    assertEquals(List.of("web_form"), c.handling().sources());
    assertEquals("sales_tokyo", c.handling().department());
    // An applicant's data in the same place: not the customers' provision nor source.
    Part applicants = text("応募者一覧\n山田 太郎,03-5555-0101\n");
    Classification a = classify(policy(), "/srv/share/営業部/webform/insurer/x.csv",
        applicants, FindingType.PHONE, "03-5555-0101").get(0);
    assertEquals("job_applicant", a.category());
    assertTrue(a.handling().provisions().isEmpty());
    assertTrue(a.handling().sources().isEmpty());
    assertEquals("sales", a.handling().department());
    // Outside every prefix: no department.
    assertNull(classify(policy(), "/srv/other/顧客.csv", part, FindingType.PHONE,
        "03-5555-0101").get(0).handling().department());
  }

  @Test
  void theDefaultPolicyStatesWhatTheSeedStates() throws Exception {
    Policy policy = Policy.defaults();
    HandlingSection joint = policy.handling(Handling.JOINT_USE, "group_companies").orElseThrow();
    assertTrue(joint.details().get("items").contains("メールアドレス"));
    assertTrue(policy.handling().stream().noneMatch(h -> h.kind().equals(Handling.PROVISION)
        || h.kind().equals(Handling.DEPARTMENT)), "the seed records no provision, no department");
    Part part = text("氏名,電話\n山田 太郎,03-5555-0101\n");
    Classification c = classify(policy, "/srv/share/共同利用/一覧.csv", part, FindingType.PHONE,
        "03-5555-0101").get(0);
    assertEquals("customer", c.category());
    assertEquals(List.of("group_companies"), c.handling().jointUse());
    Classification dm = classify(policy, "/srv/share/委託先提供データ_DM発送.csv", part,
        FindingType.PHONE, "03-5555-0101").get(0);
    assertEquals("customer", dm.category());
    assertEquals(List.of("contractors"), dm.handling().contractors());
    Part gazette = text("官報掲載\n山田 太郎,03-5555-0101\n");
    Classification g = classify(policy, "/srv/share/list.csv", gazette, FindingType.PHONE,
        "03-5555-0101").get(0);
    assertEquals("public_source", g.category());
    assertEquals(List.of("public_or_third_party"), g.handling().sources());
  }

  @Test
  void malformedHandlingSectionsAreRefusedWithTheirLineAndReason() {
    String min = CATEGORIES; // 11 lines
    int next = min.split("\n", -1).length;
    assertFault(min + "[joint-use j]\nlabel: J | J\nja: 共同利用\n", next,
        "has no 'partners:'");
    assertFault(min + "[contractor c]\nlabel: C | C\nname: X\nfolder: 委託\n", next + 3,
        "unknown key 'folder' in [contractor]");
    assertFault(min + "[contractor c]\nlabel: C | C\nname: X\ndomain: not a domain\n",
        next + 3, "a domain is a mail domain");
    assertFault(min + "[contractor c]\nlabel: C | C\nname: X\n", next, "no signals");
    assertFault(min + "[provision p]\nlabel: P | P\nrecipient: R\ncategory: nobody\nja: 提供\n",
        next + 3, "no [category] of the policy");
    assertFault(min + "[source s]\nlabel: S | S\ncategories: customer\ncategory: job_applicant\n",
        next + 3, "not among its categories");
    assertFault(min + "[department d]\nlabel: D | D\nprefix: /srv/*/営業部\n", next + 2,
        "not a pattern");
    assertFault(min + "[department d]\nlabel: D | D\ncategory: customer\nprefix: /a\n",
        next + 2, "no category");
    assertFault(min + "[source s]\nlabel: S | S\ncategories: customer\n"
        + "[source s]\nlabel: S | S\ncategories: customer\n", next + 3, "defined twice");
    assertFault(min + "[sources s]\n", next, "unknown section kind");
  }

  private static void assertFault(String text, int line, String reason) {
    PolicyFormatException e =
        assertThrows(PolicyFormatException.class, () -> PolicyReader.parse("p.policy", text));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("p.policy:" + line + ": "), e.getMessage());
  }
}
