package dev.shirabe.detect.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.DetectorProbe;
import dev.shirabe.detect.text.WordList;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Role mailboxes told from people's addresses, both ways. */
class RoleMailboxesTest {

  private static final RoleMailboxes ROLES = RoleMailboxes.standard();

  @Test
  void functionWordsAndTheirCompoundsAreRoles() {
    for (String local : List.of("info", "support", "support-desk", "recruit", "records", "sales",
        "noreply", "no-reply", "do_not_reply", "postmaster", "webmaster", "admin", "contact",
        "soumu", "jinji", "saiyo", "keiri", "eigyo-bu", "soumu.ka", "sales.tokyo", "info2",
        "sales01", "hr-team", "it-ops", "it+support", "netadmin", "salesteam", "INFO", "Sales-All",
        "support+taro", "expo-desk", "kabu", "global", "users", "jira", "nobody")) {
      assertTrue(ROLES.isRoleAddress(local + "@example.co.jp"), local);
    }
  }

  @Test
  void aPersonsNameOrInitialMakesItPersonal() {
    for (String local : List.of("taro.yamada", "t-suzuki", "k.sato", "yamada", "ecarter",
        "sales.yamada", "admin.tanaka", "info.t", "support.garcia", "t.sales", "taro+sales",
        "sakura.yamamoto98", "ito", "kato.d", "murakami", "okada.takuya")) {
      assertFalse(ROLES.isRoleAddress(local + "@example.co.jp"), local);
    }
  }

  @Test
  void qualifiersAloneAndDigitsAloneAreNotRoles() {
    // tokyo@ or team@ may be someone's; 12345@ is a number someone was given.
    for (String local : List.of("tokyo", "team", "all", "osaka", "12345", "no", "tokyo-team")) {
      assertFalse(ROLES.isRoleAddress(local + "@example.jp"), local);
    }
  }

  @Test
  void onlyAnEmailOfTheRoleSubtypeIsARoleFinding() {
    assertTrue(Finding.isRole("EMAIL", "role"));
    assertFalse(Finding.isRole("EMAIL", null));
    assertFalse(Finding.isRole("PHONE", "role"));
  }

  @Test
  void theDetectorMarksRoleMailboxesAndOnlyThem() {
    DetectorProbe probe = new DetectorProbe(new EmailDetector(), FindingType.EMAIL);
    assertEquals(Finding.ROLE, probe.only("お問い合わせ：ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ").subtype());
    assertEquals(Finding.ROLE, probe.only("採用窓口 recruit★example.co.jp").subtype());
    assertNull(probe.only("担当：taro.yamada@example.jp").subtype());
  }

  /**
   * Words split into list words must not swallow names: no romanised name of the ENAMDICT
   * lexicon (about 100,000 distinct romaji) that is not itself a list word reads as a role.
   */
  @Test
  void noRomanisedNameSplitsIntoListWords() throws IOException {
    List<String> words = WordList.load("mail/role-words.txt");
    List<String> qualifiers = WordList.load("mail/role-qualifiers.txt");
    TreeSet<String> taken = new TreeSet<>();
    int names = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        RoleMailboxesTest.class.getResourceAsStream("/dev/shirabe/dictionaries/names/enamdict-names.tsv.gz")),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String romaji = line.split("\t")[2];
        names++;
        if (!words.contains(romaji) && !qualifiers.contains(romaji) && ROLES.isRoleAddress(romaji)) {
          taken.add(romaji);
        }
      }
    }
    assertTrue(names > 300_000, "lexicon read: " + names);
    assertEquals(new TreeSet<>(), taken);
  }
}
