package dev.shirabe.report.ledger;

import dev.shirabe.classify.Purpose;
import dev.shirabe.report.SafeText;
import dev.shirabe.report.ledger.Tabular.Column;
import dev.shirabe.report.ledger.Tabular.Group;
import dev.shirabe.report.ledger.Tabular.Legend;
import dev.shirabe.report.ledger.Tabular.Line;
import dev.shirabe.report.ledger.Tabular.Style;
import dev.shirabe.report.ledger.Tabular.Term;
import dev.shirabe.vocabulary.Handling;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports laid out as tables: their columns, rows and summaries. Paths and members'
 * names are escaped here ({@link SafeText}), once for the table, CSV and HTML forms alike, so
 * that the one control character a cell holds is the line break joining its lines.
 */
final class Layouts {

  static final String NO_PURPOSE_JA = "利用目的なし";
  static final String NO_PURPOSE_EN = "No stated purpose";

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

  static final List<Column> LEDGER_COLUMNS = List.of(
      new Column("location", "所在", "Location", Style.PLACE),
      // The terminal table and the HTML page show the labels, not the ids (CSV shows both).
      new Column("category", "区分", "Category", Style.CSV_ONLY),
      new Column("category_label", "区分名", "Category name", Style.TEXT),
      new Column("purposes", "利用目的", "Purposes", Style.DETAIL),
      new Column("purpose_labels", "利用目的の内容", "What the purposes are", Style.LEGEND),
      new Column("types", "個人情報の項目", "Types of data", Style.TEXT),
      new Column("findings", "件数", "Findings", Style.NUMBER),
      new Column("people", "人数", "People", Style.NUMBER),
      new Column("files", "ファイル数", "Files", Style.NUMBER),
      new Column("first_seen", "初回確認", "First seen", Style.TEXT),
      new Column("last_seen", "最終確認", "Last seen", Style.TEXT),
      new Column("flags", "要確認", "Flags", Style.TEXT),
      new Column("kinds", "方針にない種類", "Kinds not in the policy", Style.DETAIL),
      // Last: added after the others, whose places CSV readers may count on.
      new Column("minors", "未成年者", "Minors", Style.NUMBER),
      // The rest of the columns of a JIS Q 15001 ledger (項目, 利用目的, 保管場所 and 件数 are
      // types, purposes, location and findings above), added after the others too.
      new Column("source", "取得元/取得方法", "Source / how obtained", Style.TEXT),
      new Column("retention", "保管期間", "Retention period", Style.TEXT),
      new Column("contractors", "委託先", "Contractors", Style.TEXT),
      new Column("joint_use", "共同利用", "Joint use", Style.TEXT),
      new Column("provisions", "第三者提供", "Third-party provision", Style.TEXT),
      new Column("department", "管理部署", "Responsible department", Style.TEXT),
      // What the HTML page's legend tells of them: partners, items, contractor, recipient …
      new Column("handling_details", "取扱いの詳細", "Handling details", Style.CSV_ONLY));

  static final List<Column> UNPURPOSED_COLUMNS = List.of(
      new Column("file", "ファイル", "File", Style.PLACE),
      new Column("part", "箇所", "Part", Style.PLACE),
      new Column("types", "個人情報の項目", "Types of data", Style.TEXT),
      new Column("findings", "件数", "Findings", Style.NUMBER),
      new Column("people", "人数", "People", Style.NUMBER),
      new Column("flags", "要確認", "Flags", Style.TEXT),
      new Column("kinds", "方針にない種類", "Kinds not in the policy", Style.TEXT),
      new Column("last_seen", "最終確認", "Last seen", Style.TEXT),
      new Column("minors", "未成年者", "Minors", Style.NUMBER));

  static final List<Column> RETENTION_COLUMNS = List.of(
      new Column("location", "所在", "Location", Style.PLACE),
      new Column("category", "区分", "Category", Style.DETAIL),
      new Column("category_label", "区分名", "Category name", Style.TEXT),
      new Column("retention", "保管期間", "Retention", Style.TEXT),
      new Column("from", "起算", "Runs from", Style.TEXT),
      new Column("ended", "期間満了日", "Period ended", Style.TEXT),
      new Column("types", "個人情報の項目", "Types of data", Style.TEXT),
      new Column("findings", "件数", "Findings", Style.NUMBER),
      new Column("people", "人数", "People", Style.NUMBER),
      new Column("files", "ファイル数", "Files", Style.NUMBER),
      new Column("last_seen", "最終確認", "Last seen", Style.TEXT));

  static final List<Column> UNREAD_COLUMNS = List.of(
      new Column("status", "状態", "Status", Style.TEXT),
      new Column("file", "ファイル", "File", Style.PLACE),
      new Column("part", "箇所", "Part", Style.PLACE),
      // A place in the terminal table, last: a reason is read whole, never cut.
      new Column("reason", "理由", "Reason", Style.PLACE),
      new Column("last_scanned", "最終確認", "Last scanned", Style.TEXT));

  private Layouts() {}

  static Tabular ledger(Ledger ledger, ZoneId zone) {
    List<List<String>> stated = new ArrayList<>();
    List<List<String>> none = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      List<String> row = List.of(
          SafeText.escape(e.location()),
          e.hasPurpose() ? e.category().id() : "",
          e.hasPurpose() ? e.category().text() : NO_PURPOSE_JA + " / " + NO_PURPOSE_EN,
          e.purposes().stream().map(Purpose::id).collect(Collectors.joining("\n")),
          e.purposes().stream().map(Layouts::purposeText).collect(Collectors.joining("\n")),
          counts(e.types()),
          Long.toString(e.findings()),
          Long.toString(e.people()),
          Long.toString(e.files()),
          minute(e.firstSeen(), zone),
          minute(e.lastSeen(), zone),
          counts(e.flags()),
          e.kinds().stream().map(Label::text).collect(Collectors.joining("\n")),
          Long.toString(e.minors()),
          handling(e, Handling.SOURCE),
          e.retention(),
          handling(e, Handling.CONTRACTOR),
          handling(e, Handling.JOINT_USE),
          handling(e, Handling.PROVISION),
          handling(e, Handling.DEPARTMENT),
          e.handling().stream().filter(h -> !h.details().isEmpty())
              .map(h -> h.label().text() + ": " + h.details().stream()
                  .map(d -> d.heading() + ": " + d.value()).collect(Collectors.joining("; ")))
              .collect(Collectors.joining("\n")));
      (e.hasPurpose() ? stated : none).add(row);
    }
    Totals t = ledger.totals();
    List<Line> summary = List.of(
        new Line("所在", "Locations", Long.toString(t.locations())),
        new Line("台帳の行", "Ledger rows", Integer.toString(ledger.entries().size())),
        new Line("ファイル", "Files", Long.toString(t.files())),
        new Line("件数", "Findings", withCounts(t.findings(), t.types())),
        new Line("人数", "People", Long.toString(t.people())),
        minors(t),
        new Line(NO_PURPOSE_JA, "Findings with no stated purpose",
            Long.toString(ledger.unpurposedFindings())),
        new Line("要確認", "Flagged findings", withCounts(t.flagged(), t.flags())),
        unreadable(ledger.unreadableFiles()));
    return new Tabular("個人情報管理台帳", "Personal-information ledger",
        second(ledger.generated(), zone), summary, LEDGER_COLUMNS,
        List.of(new Group("利用目的あり", "With a stated purpose", false, stated),
            new Group(NO_PURPOSE_JA, NO_PURPOSE_EN, true, none)),
        legends(ledger));
  }

  /** The headings of the handling columns' legends, by kind. */
  private static final Map<String, String[]> HANDLING_LEGENDS = Map.of(
      Handling.SOURCE, new String[] {"source", "取得元/取得方法", "Sources"},
      Handling.CONTRACTOR, new String[] {"contractors", "委託先", "Contractors"},
      Handling.JOINT_USE, new String[] {"joint_use", "共同利用", "Joint use"},
      Handling.PROVISION, new String[] {"provisions", "第三者提供", "Third-party provision"},
      Handling.DEPARTMENT, new String[] {"department", "管理部署", "Responsible departments"});

  /**
   * What the ledger's ids and labels stand for, each told once: the purposes (id, then its
   * Japanese and English texts), then each kind of handling the rows name (label, then the
   * details the policy states: partners, items, purpose, responsible company …).
   */
  private static List<Legend> legends(Ledger ledger) {
    Map<String, Term> purposes = new LinkedHashMap<>();
    Map<String, Map<String, Term>> handling = new LinkedHashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      for (Purpose p : e.purposes()) {
        purposes.putIfAbsent(p.id(), new Term(p.id(), purposeText(p)));
      }
      for (HandlingUse h : e.handling()) {
        String text = h.details().stream()
            .map(d -> d.heading() + ": " + d.value()).collect(Collectors.joining("\n"));
        handling.computeIfAbsent(h.kind(), k -> new LinkedHashMap<>())
            .putIfAbsent(h.label().id(), new Term(h.label().text(), text));
      }
    }
    List<Legend> legends = new ArrayList<>();
    if (!purposes.isEmpty()) {
      legends.add(new Legend("purposes", "利用目的", "Purposes", List.copyOf(purposes.values())));
    }
    for (String kind : Handling.KINDS) {
      Map<String, Term> terms = handling.get(kind);
      if (terms != null) {
        String[] head = HANDLING_LEGENDS.get(kind);
        legends.add(new Legend(head[0], head[1], head[2], List.copyOf(terms.values())));
      }
    }
    return legends;
  }

  /** The labels of a row's handling of one kind, one a line. */
  private static String handling(LedgerEntry e, String kind) {
    return e.handling(kind).stream().map(h -> h.label().text())
        .collect(Collectors.joining("\n"));
  }

  static Tabular unpurposed(UnpurposedReport report, ZoneId zone) {
    List<List<String>> rows = new ArrayList<>();
    for (UnpurposedEntry e : report.entries()) {
      rows.add(List.of(
          SafeText.escape(e.file()),
          SafeText.escape(e.part()),
          counts(e.types()),
          Long.toString(e.findings()),
          Long.toString(e.people()),
          counts(e.flags()),
          e.kinds().stream().map(Label::text).collect(Collectors.joining("\n")),
          minute(e.lastSeen(), zone),
          Long.toString(e.minors())));
    }
    Totals t = report.totals();
    List<Line> summary = List.of(
        new Line("ファイル", "Files", Long.toString(t.files())),
        new Line("箇所", "Parts", Long.toString(t.parts())),
        new Line("件数", "Findings", withCounts(t.findings(), t.types())),
        new Line("人数", "People", Long.toString(t.people())),
        minors(t),
        new Line("要確認", "Flagged findings", withCounts(t.flagged(), t.flags())),
        unreadable(report.unreadableFiles()));
    return new Tabular("利用目的のない個人情報", "Personal data with no stated purpose",
        second(report.generated(), zone), summary, UNPURPOSED_COLUMNS,
        List.of(new Group("", "", true, rows)));
  }

  static Tabular retention(RetentionReport report, ZoneId zone) {
    List<List<String>> rows = new ArrayList<>();
    for (RetentionEntry e : report.entries()) {
      rows.add(List.of(
          SafeText.escape(e.location()),
          e.category().id(),
          e.category().text(),
          String.join("\n", e.retentions()),
          e.from().stream().sorted().map(RetentionReport.From::text)
              .collect(Collectors.joining("\n")),
          e.ended() == null ? "" : e.ended().toString(),
          counts(e.types()),
          Long.toString(e.findings()),
          Long.toString(e.people()),
          Long.toString(e.files()),
          minute(e.lastSeen(), zone)));
    }
    Totals t = report.totals();
    List<Line> summary = List.of(
        new Line("基準日", "Measured on", report.day().toString()),
        new Line("所在", "Locations", Long.toString(t.locations())),
        new Line("ファイル", "Files", Long.toString(t.files())),
        new Line("件数", "Findings", withCounts(t.findings(), t.types())),
        new Line("人数", "People", Long.toString(t.people())),
        new Line("最も古い期間満了日", "Oldest period end", report.entries().isEmpty()
            || report.entries().get(0).ended() == null ? "" : report.entries().get(0).ended()
            .toString()));
    return new Tabular("保管期間を過ぎた個人情報", "Personal data kept past its retention period",
        second(report.generated(), zone), summary, RETENTION_COLUMNS,
        List.of(new Group("", "", true, rows)));
  }

  /** The people who are minors, under the policy's age (the seed's: 16). */
  private static Line minors(Totals t) {
    return new Line("未成年者", "Minors (people under the policy's minor age)",
        Long.toString(t.minors()));
  }

  /** One group per status, failed first: the reasons come from the files, so are escaped. */
  static Tabular unread(UnreadReport report, ZoneId zone) {
    Map<UnreadEntry.Status, List<List<String>>> rows = new java.util.EnumMap<>(
        UnreadEntry.Status.class);
    for (UnreadEntry.Status s : UnreadEntry.Status.values()) {
      rows.put(s, new ArrayList<>());
    }
    for (UnreadEntry e : report.entries()) {
      rows.get(e.status()).add(List.of(
          e.status().id(),
          SafeText.escape(e.file()),
          SafeText.escape(e.part()),
          SafeText.escape(e.reason()),
          minute(e.lastScanned(), zone)));
    }
    List<Line> summary = List.of(
        new Line("ファイル", "Files in the inventory", Long.toString(report.files())),
        new Line("読めなかったファイル", "Files not read whole", Long.toString(report.unreadFiles())),
        new Line("読まなかったパス", "Paths not read on purpose", Long.toString(report.skipped())),
        new Line("読めなかった箇所", "Places not read", Integer.toString(report.entries().size())));
    return new Tabular("読めなかった箇所", "What could not be read",
        second(report.generated(), zone), summary, UNREAD_COLUMNS,
        List.of(
            new Group("読めなかったファイル", "Files that could not be read", true,
                rows.get(UnreadEntry.Status.FAILED)),
            new Group("一部を読めなかったファイル", "Parts that could not be read", true,
                rows.get(UnreadEntry.Status.PARTIAL)),
            new Group("読まなかったパス", "Paths not read on purpose", false,
                rows.get(UnreadEntry.Status.SKIPPED))));
  }

  private static Line unreadable(long files) {
    return new Line("読めなかったファイル", "Files that could not be read (not in the counts)",
        Long.toString(files));
  }

  private static String purposeText(Purpose p) {
    if (p.ja().isEmpty() && p.en().isEmpty()) {
      return p.id();
    }
    return p.ja() + " / " + p.en();
  }

  /** {@code PERSON 3} lines, in the map's order. */
  static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining("\n"));
  }

  private static String withCounts(long total, Map<String, Long> counts) {
    return counts.isEmpty() ? Long.toString(total)
        : total + " (" + counts(counts).replace("\n", ", ") + ")";
  }

  static String minute(Instant t, ZoneId zone) {
    return MINUTE.format(t.atZone(zone));
  }

  static String second(Instant t, ZoneId zone) {
    return SECOND.format(t.atZone(zone));
  }
}
