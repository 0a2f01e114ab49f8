package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {

  @TempDir Path dir;

  private static final String MINIMAL = """
      [category customer]
      label: 顧客 | Customers
      purpose: sales | 販売 | Sales
      ja: 顧客
      """;

  @Test
  void theDefaultPolicyHasTheContractsCategoriesWithPurposesAndSignals() {
    Policy policy = Policy.defaults();
    assertEquals(Policy.DEFAULT_CATEGORIES,
        policy.categories().stream().map(PolicyCategory::id).toList());
    for (PolicyCategory c : policy.categories()) {
      assertFalse(c.purposes().isEmpty(), c.id());
      assertFalse(c.jaWords().isEmpty(), c.id());
      assertFalse(c.enWords().isEmpty(), c.id());
      for (Purpose p : c.purposes()) {
        assertFalse(p.ja().isBlank() || p.en().isBlank(), p.id());
      }
    }
    // The My Number Act: shareholders' dividend tax and retirees' statutory affairs only.
    assertEquals(List.of("companies_act", "shareholder_management"),
        policy.section("shareholder").orElseThrow().myNumberPurposeIds());
    assertEquals(List.of("retiree_statutory_affairs"),
        policy.section("retiree").orElseThrow().myNumberPurposeIds());
    assertTrue(policy.section("customer").orElseThrow().myNumberPurposeIds().isEmpty());
    assertTrue(policy.section("employee_health").orElseThrow().flags()
        .contains(Classification.SPECIAL_CARE));
    assertFalse(policy.section("employee").orElseThrow().listed());
  }

  @Test
  void everySignalWordOfTheDefaultPolicyIsIndexedOnce() throws Exception {
    // A word that analyses to nothing (only stop words) could never match: none may be so.
    Policy policy = Policy.defaults();
    int words = policy.sections().stream()
        .mapToInt(s -> s.jaWords().size() + s.enWords().size()).sum();
    try (SignalIndex index = new SignalIndex(policy)) {
      assertEquals(words, index.signals().size());
      // Two words of a section that analyse alike (customer, customers) would count twice.
      Set<String> seen = new HashSet<>();
      for (SignalIndex.Signal s : index.signals()) {
        assertTrue(seen.add(s.section() + s.field() + s.terms()), s.word() + " repeats " + s.terms());
      }
    }
  }

  @Test
  void aWellFormedFileIsRead() throws Exception {
    Path file = dir.resolve("ours.policy");
    Files.writeString(file, "\uFEFF# ours\nthreshold: 2\n" + MINIMAL + """

        [unlisted health]
        label: 健康 | Health
        flags: special_care
        ja: 健康診断、病歴
        en: health check
        path: *kenshin*
        header: Subject: *健診*, To: *sangyoi*
        """);
    Policy policy = Policy.read(file);
    assertEquals(2.0, policy.threshold());
    PolicyCategory health = policy.section("health").orElseThrow();
    assertEquals(List.of("健康診断", "病歴"), health.jaWords());
    assertEquals(2, health.headers().size());
    assertTrue(health.headers().get(1).matches("to", "Sangyoi@example.jp"));
    assertTrue(health.paths().get(0).matches("KENSHIN_2024.xlsx"));
  }

  @Test
  void minorAgeAndRetentionAreRead() throws Exception {
    assertEquals(16, Policy.defaults().minorAge());
    // The seed states no period: the default policy sets none.
    assertTrue(Policy.defaults().categories().stream().allMatch(c -> c.retention() == null));
    Policy policy = PolicyReader.parse("p", "minor-age: 18\n" + MINIMAL
        + "retention: P5Y\nretention-from: 退職日、契約終了日\n"
        + "[category other]\nlabel: 他 | Other\npurpose: o | 他 | Other\nja: 他\n"
        + "retention: p1y6m\n");
    assertEquals(18, policy.minorAge());
    PolicyCategory customer = policy.section("customer").orElseThrow();
    assertEquals(java.time.Period.ofYears(5), customer.retention());
    assertEquals(List.of("退職日", "契約終了日"), customer.retentionFrom());
    PolicyCategory other = policy.section("other").orElseThrow();
    assertEquals(java.time.Period.of(1, 6, 0), other.retention());
    assertTrue(other.retentionFrom().isEmpty());
    assertEquals(16, PolicyReader.parse("p", MINIMAL).minorAge());
  }

  @Test
  void badRetentionsAndMinorAgesAreRefused() {
    assertFault(MINIMAL + "retention: 5 years\n", 5, "retention must be an ISO 8601 period");
    assertFault(MINIMAL + "retention: PT24H\n", 5, "retention must be an ISO 8601 period");
    assertFault(MINIMAL + "retention: P0Y\n", 5, "longer than zero");
    assertFault(MINIMAL + "retention: P-1Y\n", 5, "longer than zero");
    assertFault(MINIMAL + "retention: P1Y\nretention: P2Y\n", 6, "second retention");
    assertFault(MINIMAL + "retention-from: 退職日\n", 5, "retention-from without retention");
    assertFault(MINIMAL + "[unlisted x]\nlabel: X | X\nja: x\nretention: P1Y\n", 8,
        "states no period");
    assertFault("minor-age: sixteen\n" + MINIMAL, 1, "minor-age must be a whole number");
    assertFault("minor-age: 0\n" + MINIMAL, 1, "minor-age must be a whole number");
    assertFault(MINIMAL + "minor-age: 16\n", 5, "unknown key 'minor-age'");
  }

  @Test
  void malformedFilesAreRefusedWithTheirLineAndReason() {
    assertFault(MINIMAL + "purpse: x | y | z\n", 5, "unknown key 'purpse'");
    assertFault("label: x | y\n" + MINIMAL, 1, "outside a section");
    assertFault(MINIMAL + "[category customer]\n", 5, "defined twice");
    assertFault(MINIMAL + "purpose: only_an_id\n", 5, "'id | Japanese | English'");
    assertFault(MINIMAL + "my-number: nothing_like_it\n", 5, "not a purpose of 'customer'");
    assertFault(MINIMAL + "header: X-Mailer: *\n", 5, "Name one of From");
    assertFault(MINIMAL + "[group x]\n", 5, "unknown section kind");
    assertFault(MINIMAL + "just words\n", 5, "expected '[category ID]'");
    assertFault(MINIMAL + "ja: ,、\n", 5, "'ja' has no value");
    assertFault("[category Customer]\n", 1, "lower-case");
    assertFault("threshold: high\n" + MINIMAL, 1, "threshold must be a number");
    assertFault(MINIMAL + "weight: 0\n", 5, "weight must be a number above 0");
    assertFault("[category a]\nlabel: A | A\nja: a\n", 1, "no 'purpose:' line");
    assertFault("[category a]\nlabel: A | A\npurpose: p | P | P\n", 1, "no signals");
    assertFault("[unlisted a]\nlabel: A | A\npurpose: p | P | P\n", 3, "no purposes");
    assertFault("[unlisted a]\nlabel: A | A\nja: a\n", 0, "no [category ID] section");
  }

  @Test
  void aFileInAnotherCharsetIsRefusedAsSuch() throws Exception {
    Path file = dir.resolve("sjis.policy");
    Files.write(file, MINIMAL.getBytes(Charset.forName("Shift_JIS")));
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> Policy.read(file));
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  private static void assertFault(String text, int line, String reason) {
    PolicyFormatException e =
        assertThrows(PolicyFormatException.class, () -> PolicyReader.parse("p.policy", text));
    assertEquals(line, e.line(), e.getMessage());
    assertTrue(e.reason().contains(reason), e.getMessage());
    assertTrue(e.getMessage().startsWith("p.policy" + (line > 0 ? ":" + line : "") + ": "),
        e.getMessage());
  }
}
