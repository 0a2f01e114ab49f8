package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the Scanner builder and the inventory: minors and data past its retention
 * period, counted by the reports as of their own day, not the scan's.
 */
class TimeBoundReportsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @TempDir static Path dir;
  static Path share;
  static Path index;
  static Policy policy;
  static ScanSummary first;
  static ScanSummary second;

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atTime(12, 0).atZone(TOKYO).toInstant(), TOKYO);
  }

  static final LocalDate SCANNED = LocalDate.of(2026, 12, 6);

  @BeforeAll
  static void scanTwice() throws Exception {
    share = dir.resolve("share");
    write("応募/履歴書_山田.txt", """
        履歴書
        氏名　山田 太郎
        生年月日　2011年4月1日生（満15歳）
        現住所　東京都港区芝公園9-9-9
        電話　090-1234-5678
        """);
    write("応募/履歴書_佐藤.txt", """
        履歴書
        氏名　佐藤 次郎
        生年月日　1996年4月1日生（満30歳）
        電話　090-2222-3333
        """);
    write("受講者/受講者名簿.csv", """
        氏名,生年月日,電話
        鈴木 一郎,1990/04/01,090-1111-2222
        高橋 花子,2012/05/05,090-3333-4444
        田中 三郎,1985/07/07,090-5555-6666
        """);
    write("退職者/退職者一覧.csv", """
        氏名,電話,退職日
        伊藤 四郎,03-5555-0101,2012/03/31
        渡辺 五郎,03-5555-0102,2012/09/30
        """);
    String text = new String(Policy.class.getResourceAsStream(
        "/dev/shirabe/dictionaries/policy/default.policy").readAllBytes(), StandardCharsets.UTF_8);
    Path file = dir.resolve("ours.policy");
    Files.writeString(file, text.replace("label: 退職者 | Retirees\n",
        "label: 退職者 | Retirees\nretention: P5Y\nretention-from: 退職日\n"));
    policy = Policy.read(file);
    index = dir.resolve("index");
    first = scan();
    second = scan();
  }

  private static void write(String name, String text) throws Exception {
    Path file = share.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static ScanSummary scan() throws Exception {
    try (Scanner scanner = Scanner.builder().options(ScanOptions.defaults().withThreads(2))
        .classifier(() -> new PolicyClassifier(policy, on(SCANNED)))
        .inventory(index, KeyedHasher.withKey(new byte[32]), InventorySink.Settings.DEFAULTS)
        .build()) {
      return scanner.scan(List.of(share));
    }
  }

  private static Holdings holdings(LocalDate day) throws Exception {
    try (InventorySearcher inventory = InventorySearcher.open(index)) {
      return Holdings.read(inventory, List.of(), policy, on(day));
    }
  }

  private static Map<String, LedgerEntry> ledger(LocalDate day) throws Exception {
    return holdings(day).ledger(java.time.Instant.EPOCH).entries().stream()
        .collect(Collectors.toMap(e -> Path.of(e.location()).getFileName().toString()
            + "/" + (e.category() == null ? "-" : e.category().id()), Function.identity()));
  }

  @Test
  void theSecondScanReadNothingAgain() {
    assertEquals(4, first.changes().added());
    assertEquals(4, second.changes().unchanged(), second.changes()::toString);
  }

  @Test
  void theLedgerCountsTheMinorsOfEachLocation() throws Exception {
    Map<String, LedgerEntry> rows = ledger(SCANNED);
    LedgerEntry applicants = rows.get("応募/job_applicant");
    assertEquals(2, applicants.people(), rows::toString);
    assertEquals(1, applicants.minors());
    // The minor's name, birth date, address and phone; nothing of the 30-year-old's.
    assertEquals(4L, applicants.flags().get(Classification.MINOR), applicants::toString);
    LedgerEntry trainees = rows.values().stream()
        .filter(e -> e.location().endsWith("受講者")).findFirst().orElseThrow();
    assertEquals(3, trainees.people(), trainees::toString);
    assertEquals(1, trainees.minors());
    assertEquals(3L, trainees.flags().get(Classification.MINOR), trainees::toString);
    assertEquals(2, holdings(SCANNED).ledger(java.time.Instant.EPOCH).totals().minors());
  }

  @Test
  void aMinorFoundLastYearIsAnAdultInNextYearsReportWithoutARescan() throws Exception {
    // 山田 turns 16 on 2027-04-01; 高橋 (2012-05-05) in May 2028.
    Map<String, LedgerEntry> rows = ledger(LocalDate.of(2027, 4, 2));
    assertEquals(0, rows.get("応募/job_applicant").minors(), rows::toString);
    assertFalse(rows.get("応募/job_applicant").flags().containsKey(Classification.MINOR));
    assertEquals(1, holdings(LocalDate.of(2027, 4, 2)).ledger(java.time.Instant.EPOCH)
        .totals().minors());
  }

  @Test
  void theRetentionReportListsTheRetireesPastFiveYearsOldestFirst() throws Exception {
    RetentionReport report = holdings(SCANNED).retention(java.time.Instant.EPOCH);
    assertEquals(1, report.entries().size(), report::toString);
    RetentionEntry e = report.entries().get(0);
    assertTrue(e.location().endsWith("退職者"), e::toString);
    assertEquals("retiree", e.category().id());
    assertEquals(LocalDate.of(2017, 3, 31), e.ended());
    assertEquals(List.of("P5Y"), e.retentions());
    assertEquals(java.util.Set.of(RetentionReport.From.RECORD), e.from());
    assertEquals(2, e.people());
    assertEquals(4, e.findings());
    // Before 2017 nothing was overdue: measured on the report's day, from the stored dates.
    assertTrue(holdings(LocalDate.of(2017, 3, 31)).retention(java.time.Instant.EPOCH)
        .entries().isEmpty());
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    ReportFormat.CSV.write(report, csv, TOKYO);
    String text = csv.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF所在 (Location),区分 (Category),"), text);
    assertTrue(text.contains(",P5Y,記載の日付 / Date in the record,2017-03-31,"), text);
    assertFalse(text.contains("伊藤") || text.contains("0101"), "no value found");
    ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
    ReportFormat.JSONL.write(report, jsonl, TOKYO);
    assertTrue(jsonl.toString(StandardCharsets.UTF_8).contains("\"ended\":\"2017-03-31\""));
  }

  @Test
  void theInventoryKeepsNoBirthDateOnlyTheMonthAMinorComesOfAge() throws Exception {
    try (InventorySearcher inventory = InventorySearcher.open(index)) {
      for (String file : inventory.filesUnder(share.toAbsolutePath().toString())) {
        for (var f : inventory.findingsOfFile(file)) {
          LocalDate until = f.deadlines().minorUntil();
          assertTrue(until == null || until.getDayOfMonth() == 1, f::toString);
        }
      }
    }
  }
}
