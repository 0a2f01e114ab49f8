package dev.shirabe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.Purpose;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.report.ledger.HandlingUse;
import dev.shirabe.report.ledger.Label;
import dev.shirabe.report.ledger.Ledger;
import dev.shirabe.report.ledger.LedgerEntry;
import dev.shirabe.report.ledger.ReportFormat;
import dev.shirabe.report.ledger.RetentionEntry;
import dev.shirabe.report.ledger.RetentionReport;
import dev.shirabe.report.ledger.Totals;
import dev.shirabe.report.ledger.UnpurposedEntry;
import dev.shirabe.report.ledger.UnpurposedReport;
import dev.shirabe.report.ledger.UnreadEntry;
import dev.shirabe.report.ledger.UnreadReport;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CasePlace;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every format of every command ({@code scan}, {@code subject}, each {@code report}, and the
 * pages {@code serve} shows) writes its rows through the shared writers of {@link RowFormat},
 * from the command's layout: enumerated, so that a format added later is checked too, and
 * counted, so that a format writing some or all of its rows by hand fails.
 */
class EveryFormatWritesRowsTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Instant GENERATED = Instant.parse("2026-04-01T00:30:00Z");

  @FunctionalInterface
  interface Output {
    void write(OutputStream out) throws IOException;
  }

  /** The rows written through each shared format while {@code output} is written. */
  private static long[] rows(Output output) throws IOException {
    long[] before = counts();
    output.write(new ByteArrayOutputStream());
    long[] after = counts();
    for (int i = 0; i < after.length; i++) {
      after[i] -= before[i];
    }
    return after;
  }

  private static long[] counts() {
    long[] n = new long[RowFormat.values().length];
    for (RowFormat f : RowFormat.values()) {
      n[f.ordinal()] = f.rowsWritten();
    }
    return n;
  }

  /** All {@code expected} rows went through {@code format}, none elsewhere. */
  private static void assertThrough(RowFormat format, long expected, long[] rows, String what) {
    long[] want = new long[rows.length];
    want[format.ordinal()] = expected;
    assertEquals(List.of(box(want)), List.of(box(rows)), what + ": rows by shared format "
        + List.of(RowFormat.values()));
  }

  private static Long[] box(long[] a) {
    Long[] b = new Long[a.length];
    for (int i = 0; i < a.length; i++) {
      b[i] = a[i];
    }
    return b;
  }

  @Test
  void everyScanFormatWritesItsFindingsAndProblemsAsRows() throws IOException {
    List<FindingRecord> findings = List.of(
        new FindingRecord("share/a.csv", "", new Finding(FindingType.PHONE, null, 0, 12,
            "03-5555-0123", "+81355550123", 0.9, "phone"), Classification.NONE, null),
        new FindingRecord("share/b.pst", "Inbox ▸ x.docx", new Finding(FindingType.EMAIL, null,
            0, 20, "yamada@example.co.jp", "yamada@example.co.jp", 1, "email"),
            Classification.NONE, "ja"));
    List<Problem> problems = List.of(
        new Problem("share/c.docx", "", "truncated", Problem.Status.FAILED),
        new Problem("share/b.pst", "y.zip", "encrypted", Problem.Status.PARTIAL),
        new Problem("share/pipe", "", "a named pipe", Problem.Status.SKIPPED));
    ScanSummary summary = new ScanSummary(3, 4096, 5, 1, 2, 1,
        new EnumMap<>(Map.of(FindingType.PHONE, 1L, FindingType.EMAIL, 1L)), 1_000_000L);
    for (OutputFormat format : OutputFormat.values()) {
      for (boolean reveal : new boolean[] {false, true}) {
        long[] rows = rows(out -> {
          try (FindingWriter writer = format.writer(out, reveal)) {
            for (FindingRecord f : findings) {
              writer.write(f);
            }
            for (Problem p : problems) {
              writer.problem(p);
            }
            writer.finish(summary);
          }
        });
        String what = "scan --format " + format + (reveal ? " --reveal" : "");
        switch (format) {
          // A person's table lists the problems in its summary, not as rows.
          case TABLE -> assertThrough(RowFormat.TABLE, findings.size(), rows, what);
          // The document lists its problems after the findings: they wait in a JSON Lines
          // spool (the same rows), then are copied in.
          case JSON -> {
            assertEquals(findings.size(), rows[RowFormat.JSON.ordinal()], what);
            assertEquals(problems.size(), rows[RowFormat.JSONL.ordinal()], what);
          }
          default -> assertThrough(format.rows(), findings.size() + problems.size(), rows, what);
        }
      }
    }
  }

  private static StoredFinding stored(String type, String masked) {
    return new StoredFinding("/share/顧客.csv", "", type, null, "h", List.of(), masked, null, 0, 4,
        0.9, "test", "ja", "customer", List.of("product_provision"), List.of(), 0L);
  }

  @Test
  void everySubjectFormatWritesItsPlacesAsRows() throws IOException {
    Place place = new Place("/share/顧客.csv", "",
        List.of(new Link("name", "written form", "山田 **", null, null, null)),
        List.of(stored("PERSON", "山田 **"), stored("PHONE", "**-****-0123")));
    SubjectReport report = new SubjectReport(
        SubjectQuery.of(List.of("山田太郎"), List.of(), List.of(), List.of()),
        List.of(place, place), List.of(), List.of(), 0, GENERATED, 100);
    CasePlace listed = new CasePlace("P9", "/share/old.csv", "", "h",
        List.of(new CasePlace.Item("PERSON", "山田 **", "v")));
    List<PlaceChange> since = List.of(
        new PlaceChange(listed, "2026-01-01T00:00:00+09:00", PlaceChange.Status.DELETED, 0),
        new PlaceChange(listed, "2026-01-01T00:00:00+09:00", PlaceChange.Status.UNCHANGED, 1));
    CaseView view = new CaseView("C-1", TOKYO, List.of("P1", "P2"), 0, since, List.of());
    for (SubjectFormat format : SubjectFormat.values()) {
      long[] rows = rows(out -> format.write(report, out, false, Policy.defaults(), view));
      long expected = switch (format) {
        // A line per finding under each place, then a line per place listed before.
        case TABLE -> 2 * place.findings().size() + since.size();
        // A row (a line, a table row) per place, then one per place listed before.
        case JSONL, HTML -> report.places().size() + since.size();
      };
      assertThrough(format.rows(), expected, rows, "subject --format " + format);
    }
    long[] served = rows(out -> SubjectFormat.writeHtml(report, out, false, Policy.defaults(),
        HtmlFrame.STANDALONE, view));
    assertThrough(RowFormat.HTML, report.places().size() + since.size(), served, "serve lookup");
  }

  @Test
  void everyReportFormatWritesItsEntriesAsRows() throws IOException {
    Instant seen = Instant.parse("2026-03-31T15:00:00Z");
    Totals totals = new Totals(2, 2, 2, 5, 3, 1, Map.of("PERSON", 2L), Map.of(), 0);
    LedgerEntry stated = new LedgerEntry("/share/総務", new Label("customer", "顧客", "Customers"),
        List.of(new Purpose("p1", "目的", "Purpose")), Map.of("PERSON", 2L), 2, 1, 1, 1, seen,
        seen, Map.of(), List.of(), 0, "P5Y", List.of(new HandlingUse(Handling.JOINT_USE,
            new Label("group", "グループ", "Group"), List.of(), 2)));
    LedgerEntry none = new LedgerEntry("/share/共有", null, List.of(), Map.of("EMAIL", 3L), 3, 2,
        1, 1, seen, seen, Map.of(), List.of());
    Ledger ledger = new Ledger(GENERATED, List.of(stated, none), totals, 3, 0);
    UnpurposedReport unpurposed = new UnpurposedReport(GENERATED, List.of(
        new UnpurposedEntry("/share/共有/メモ.txt", "", Map.of("EMAIL", 3L), 3, 2, Map.of(),
            List.of(), seen, 0)), totals, 0);
    RetentionReport retention = new RetentionReport(GENERATED, LocalDate.of(2026, 4, 1),
        List.of(new RetentionEntry("/share/退職", new Label("retiree", "退職者", "Retirees"),
            List.of("P5Y"), Set.of(RetentionReport.From.MODIFIED), LocalDate.of(2025, 1, 1),
            Map.of("PERSON", 1L), 1, 1, 1, seen)), totals);
    UnreadReport unread = new UnreadReport(GENERATED, List.of(
        new UnreadEntry(UnreadEntry.Status.FAILED, "/s/x.docx", "", "truncated", seen),
        new UnreadEntry(UnreadEntry.Status.PARTIAL, "/s/y.zip", "a", "encrypted", seen),
        new UnreadEntry(UnreadEntry.Status.SKIPPED, "/s/pipe", "", "fifo", seen)), 9);
    for (ReportFormat format : ReportFormat.values()) {
      String what = " --format " + format;
      assertThrough(format.rows(), 2, rows(out -> format.write(ledger, out, TOKYO)),
          "report ledger" + what);
      assertThrough(format.rows(), 1, rows(out -> format.write(unpurposed, out, TOKYO)),
          "report unpurposed" + what);
      assertThrough(format.rows(), 1, rows(out -> format.write(retention, out, TOKYO)),
          "report retention" + what);
      assertThrough(format.rows(), 3, rows(out -> format.write(unread, out, TOKYO)),
          "report unread" + what);
    }
    HtmlFrame frame = HtmlFrame.STANDALONE;
    assertThrough(RowFormat.HTML, 2, rows(out -> ReportFormat.html(ledger, out, TOKYO, frame)),
        "serve /ledger");
    assertThrough(RowFormat.HTML, 1,
        rows(out -> ReportFormat.html(unpurposed, out, TOKYO, frame)), "serve /unpurposed");
    assertThrough(RowFormat.HTML, 1,
        rows(out -> ReportFormat.html(retention, out, TOKYO, frame)), "serve /retention");
    assertThrough(RowFormat.HTML, 3, rows(out -> ReportFormat.html(unread, out, TOKYO, frame)),
        "serve /unread");
  }
}
