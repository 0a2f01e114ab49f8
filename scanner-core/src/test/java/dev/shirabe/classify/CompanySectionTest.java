package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The policy's {@code [company]} section: who answers disclosure requests. */
class CompanySectionTest {

  private static final String CATEGORY = """
      [category customer]
      label: 顧客 | Customers
      purpose: sales | 販売 | Sales
      ja: 顧客
      """;

  @Test
  void aCompanySectionIsReadBeforeOrAfterTheCategories() throws Exception {
    String company = """
        [company]
        name: 株式会社シラベ
        desk: 個人情報相談窓口（総務部）
        address: 東京都千代田区丸の内1-1-1
        mail: privacy@shirabe.example.jp
        """;
    for (String text : new String[] {company + CATEGORY, CATEGORY + company}) {
      Policy policy = PolicyReader.parse("p.policy", text);
      Company c = policy.companyInfo().orElseThrow();
      assertEquals("株式会社シラベ", c.name());
      assertEquals("個人情報相談窓口（総務部）", c.desk());
      assertEquals("東京都千代田区丸の内1-1-1", c.address());
      assertEquals("privacy@shirabe.example.jp", c.mail());
      assertEquals(1, policy.categories().size(), "the category is still read");
    }
  }

  @Test
  void anAddressOrAMailIsEnough() throws Exception {
    Company c = PolicyReader.parse("p.policy", "[company]\nname: A社\ndesk: 窓口\nmail: a@b.jp\n"
        + CATEGORY).companyInfo().orElseThrow();
    assertNull(c.address());
  }

  @Test
  void theDefaultPolicyNamesNoCompany() {
    assertTrue(Policy.defaults().companyInfo().isEmpty());
  }

  @Test
  void aMalformedCompanySectionIsRefusedWithItsLine() {
    assertFault("[company]\nname: A社\nphone: 03\n" + CATEGORY, 3, "unknown key 'phone' in [company]");
    assertFault("[company]\nname: A社\nname: B社\n" + CATEGORY, 3, "second 'name'");
    assertFault("[company]\nname:\n" + CATEGORY, 2, "'name' has no value");
    assertFault("[company]\nname: A社\ndesk: 窓口\nmail: not-a-mail\n" + CATEGORY, 4,
        "mail must be an email address");
    assertFault("[company]\nname: A社\nmail: a@b.jp\n" + CATEGORY, 1, "no 'desk:'");
    assertFault("[company]\nname: A社\ndesk: 窓口\n" + CATEGORY, 1, "neither 'address:' nor 'mail:'");
    assertFault("[company]\nname: A社\ndesk: 窓口\nmail: a@b.jp\n[company]\n" + CATEGORY, 5,
        "[company] is given twice");
  }

  private static void assertFault(String text, int line, String reason) {
    PolicyFormatException e =
        assertThrows(PolicyFormatException.class, () -> PolicyReader.parse("p.policy", text));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("p.policy:" + line + ": "), e.getMessage());
  }
}
