package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Purpose;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' rows from a real inventory: a small share scanned with the default policy. */
class HoldingsTest {

  @TempDir static Path dir;

  static Path share;
  static Path index;

  @BeforeAll
  static void scan() throws Exception {
    share = SmallShare.write(dir.resolve("share"));
    index = dir.resolve("inventory");
    SmallShare.scan(share, index);
  }

  private static String rel(String path) {
    return share.relativize(Path.of(path)).toString().replace(File.separatorChar, '/');
  }

  private static String row(LedgerEntry e) {
    return rel(e.location()) + " | " + (e.hasPurpose() ? e.category().id() : "-") + " | "
        + e.types() + " | " + e.findings() + " | " + e.people() + " | " + e.files() + " | "
        + e.flags() + " | " + e.kinds().stream().map(Label::id).toList();
  }

  private static String row(UnpurposedEntry e) {
    return rel(e.file()) + " | " + e.part() + " | " + e.types() + " | " + e.findings() + " | "
        + e.people() + " | " + e.flags() + " | " + e.kinds().stream().map(Label::id).toList();
  }

  @Test
  void theLedgerHasARowPerLocationAndCategoryThenTheRowsWithNoStatedPurpose() throws Exception {
    Ledger ledger = SmallShare.holdings(index, List.of()).ledger(Instant.EPOCH);
    assertEquals(List.of(
            // The register names 山田 太郎 twice: two people, not three.
            "総務 | shareholder | {PERSON=3, ADDRESS=3, PHONE=3} | 9 | 2 | 1 | {} | []",
            // A ZIP's members are held in the ZIP: the archive is the location.
            "総務/2023年度_退職者資料.zip | retiree | {PERSON=1, EMAIL=1} | 2 | 1 | 1 | {} | []",
            "人事 | - | {PERSON=1, PHONE=1} | 2 | 1 | 1"
                + " | {category_not_in_policy=2, special_care=2} | [employee_health]",
            // No name in either file: the two emails are two people, the My Number none.
            "共有 | - | {EMAIL=2, MY_NUMBER=1} | 3 | 2 | 2"
                + " | {my_number_outside_permitted_purpose=1} | []"),
        ledger.entries().stream().map(HoldingsTest::row).toList());

    LedgerEntry shareholders = ledger.entries().get(0);
    assertEquals(new Label("shareholder", "株主", "Shareholders"), shareholders.category());
    assertEquals(List.of("companies_act", "shareholder_benefits", "shareholder_relations",
            "shareholder_management"),
        shareholders.purposes().stream().map(Purpose::id).toList());
    assertEquals("会社法等に基づく権利の行使・義務の履行", shareholders.purposes().get(0).ja());
    assertTrue(!shareholders.firstSeen().isAfter(shareholders.lastSeen()));
    assertTrue(shareholders.lastSeen().isAfter(Instant.now().minusSeconds(600)),
        "seen at the scan's time");

    Totals t = ledger.totals();
    assertEquals(List.of(4L, 5L, 5L, 16L, 6L, 3L),
        List.of(t.locations(), t.files(), t.parts(), t.findings(), t.people(), t.flagged()));
    assertEquals(Map.of("PERSON", 5L, "ADDRESS", 3L, "PHONE", 4L, "EMAIL", 3L, "MY_NUMBER", 1L),
        t.types());
    assertEquals(5, ledger.unpurposedFindings());
    assertEquals(1, ledger.unreadableFiles(), "the broken .docx");
  }

  @Test
  void unpurposedListsEachPartSpecialCareFirstThenMyNumberThenFullest() throws Exception {
    UnpurposedReport report = SmallShare.holdings(index, List.of()).unpurposed(Instant.EPOCH);
    assertEquals(List.of(
            "人事/健康診断結果.txt |  | {PERSON=1, PHONE=1} | 2 | 1"
                + " | {category_not_in_policy=2, special_care=2} | [employee_health]",
            // One finding, but a My Number outside its purposes: before the memo's two emails.
            "共有/控え.txt |  | {MY_NUMBER=1} | 1 | 0 | {my_number_outside_permitted_purpose=1} | []",
            "共有/メモ.txt |  | {EMAIL=2} | 2 | 2 | {} | []"),
        report.entries().stream().map(HoldingsTest::row).toList());
    Totals t = report.totals();
    assertEquals(List.of(2L, 3L, 3L, 5L, 3L, 3L),
        List.of(t.locations(), t.files(), t.parts(), t.findings(), t.people(), t.flagged()));
    assertEquals("従業員の健康情報", report.entries().get(0).kinds().get(0).ja());
    assertEquals(1, report.unreadableFiles());
  }

  @Test
  void pathsNarrowTheReportsToWhatLiesUnderThem() throws Exception {
    Holdings under = SmallShare.holdings(index, List.of(share.resolve("総務")));
    assertEquals(List.of("総務", "総務/2023年度_退職者資料.zip"),
        under.ledger(Instant.EPOCH).entries().stream().map(e -> rel(e.location())).toList());
    assertEquals(List.of(), under.unpurposed(Instant.EPOCH).entries());
    Holdings one = SmallShare.holdings(index, List.of(share.resolve("共有/メモ.txt")));
    assertEquals(List.of("共有/メモ.txt"),
        one.unpurposed(Instant.EPOCH).entries().stream().map(e -> rel(e.file())).toList());
  }

  @Test
  void reportsHoldNoValueFound() throws Exception {
    Holdings holdings = SmallShare.holdings(index, List.of());
    String everything = holdings.ledger(Instant.EPOCH).toString()
        + holdings.unpurposed(Instant.EPOCH).toString();
    for (String raw : List.of("山田", "太郎", "tanaka@example.com", "03-5555-0101",
        SmallShare.MY_NUMBER, "丸の内1-2-3")) {
      assertTrue(!everything.contains(raw), raw);
    }
  }

  @Test
  void aFindingInsideAFileIsHeldByThatFileOtherwiseByItsFolder() {
    String file = String.join(File.separator, "", "share", "mail", "2024.pst");
    assertEquals(file, Holdings.location(file, "Inbox/Re: 面接"));
    assertEquals(String.join(File.separator, "", "share", "mail"), Holdings.location(file, ""));
  }

  @Test
  void peopleWhoShareAKeyAreOnePersonAlsoThroughAChain() {
    PeopleCounter people = new PeopleCounter();
    people.add(List.of("yamada taro", "山田太郎"));
    people.add(List.of("ヤマダタロウ", "yamada taro"));
    people.add(List.of("sato hanako"));
    assertEquals(2, people.count());
    people.add(List.of("佐藤花子"));
    assertEquals(3, people.count());
    // 佐藤花子 turns out to be sato hanako, and ヤマダタロウ's reading joins them all: one chain.
    people.add(List.of("佐藤花子", "sato hanako"));
    assertEquals(2, people.count());
    people.add(List.of("山田太郎", "佐藤花子"));
    assertEquals(1, people.count());
  }
}
