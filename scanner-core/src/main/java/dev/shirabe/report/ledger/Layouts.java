package dev.shirabe.report.ledger;

import dev.shirabe.classify.Purpose;
import dev.shirabe.report.SafeText;
import dev.shirabe.report.ledger.Tabular.Group;
import dev.shirabe.report.ledger.Tabular.Legend;
import dev.shirabe.report.ledger.Tabular.Line;
import dev.shirabe.report.ledger.Tabular.Term;
import dev.shirabe.report.rows.Column;
import dev.shirabe.report.rows.JsonField;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.Style;
import dev.shirabe.vocabulary.Handling;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reports' layouts (their columns and JSON fields, one {@link RowLayout} each, what every
 * format writes a row from) and their pages (title, groups, summary). Paths and members' names
 * are escaped here ({@link SafeText}), once for the table, CSV and HTML forms alike, so that
 * the one control character a cell holds is the line break joining its lines; JSON carries
 * them as they are.
 */
final class Layouts {

  static final String NO_PURPOSE_JA = "利用目的なし";
  static final String NO_PURPOSE_EN = "No stated purpose";

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

  private Layouts() {}

  /** The ledger's row: its columns, and its JSON object (the JSON Lines contract). */
  static RowLayout<LedgerEntry> ledgerLayout(ZoneId zone) {
    return new RowLayout<>(List.of(
        Column.of("location", "所在", "Location", Style.PLACE,
            e -> SafeText.escape(e.location())),
        // The terminal table and the HTML page show the labels, not the ids (CSV shows both).
        Column.of("category", "区分", "Category", Style.CSV_ONLY,
            e -> e.hasPurpose() ? e.category().id() : ""),
        Column.of("category_label", "区分名", "Category name", Style.TEXT,
            e -> e.hasPurpose() ? e.category().text() : NO_PURPOSE_JA + " / " + NO_PURPOSE_EN),
        Column.of("purposes", "利用目的", "Purposes", Style.DETAIL,
            e -> e.purposes().stream().map(Purpose::id).collect(Collectors.joining("\n"))),
        Column.of("purpose_labels", "利用目的の内容", "What the purposes are", Style.LEGEND,
            e -> e.purposes().stream().map(Layouts::purposeText)
                .collect(Collectors.joining("\n"))),
        Column.of("types", "個人情報の項目", "Types of data", Style.TEXT, e -> counts(e.types())),
        Column.of("findings", "件数", "Findings", Style.NUMBER, e -> Long.toString(e.findings())),
        Column.of("people", "人数", "People", Style.NUMBER, e -> Long.toString(e.people())),
        Column.of("files", "ファイル数", "Files", Style.NUMBER, e -> Long.toString(e.files())),
        Column.of("first_seen", "初回確認", "First seen", Style.TEXT,
            e -> minute(e.firstSeen(), zone)),
        Column.of("last_seen", "最終確認", "Last seen", Style.TEXT,
            e -> minute(e.lastSeen(), zone)),
        Column.of("flags", "要確認", "Flags", Style.TEXT, e -> counts(e.flags())),
        Column.of("kinds", "方針にない種類", "Kinds not in the policy", Style.DETAIL,
            e -> e.kinds().stream().map(Label::text).collect(Collectors.joining("\n"))),
        // Last: added after the others, whose places CSV readers may count on.
        Column.of("minors", "未成年者", "Minors", Style.NUMBER, e -> Long.toString(e.minors())),
        // The rest of the columns of a JIS Q 15001 ledger (項目, 利用目的, 保管場所 and 件数 are
        // types, purposes, location and findings above), added after the others too.
        Column.of("source", "取得元/取得方法", "Source / how obtained", Style.TEXT,
            e -> handling(e, Handling.SOURCE)),
        Column.of("retention", "保管期間", "Retention period", Style.TEXT, LedgerEntry::retention),
        Column.of("contractors", "委託先", "Contractors", Style.TEXT,
            e -> handling(e, Handling.CONTRACTOR)),
        Column.of("joint_use", "共同利用", "Joint use", Style.TEXT,
            e -> handling(e, Handling.JOINT_USE)),
        Column.of("provisions", "第三者提供", "Third-party provision", Style.TEXT,
            e -> handling(e, Handling.PROVISION)),
        Column.of("department", "管理部署", "Responsible department", Style.TEXT,
            e -> handling(e, Handling.DEPARTMENT)),
        // What the HTML page's legend tells of them: partners, items, contractor, recipient …
        Column.of("handling_details", "取扱いの詳細", "Handling details", Style.CSV_ONLY,
            e -> e.handling().stream().filter(h -> !h.details().isEmpty())
                .map(h -> h.label().text() + ": " + h.details().stream()
                    .map(d -> d.heading() + ": " + d.value()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n")))),
        List.of(
            JsonField.string("location", LedgerEntry::location),
            JsonField.string("category", e -> e.hasPurpose() ? e.category().id() : null),
            JsonField.string("category_ja", e -> e.hasPurpose() ? e.category().ja() : null),
            JsonField.string("category_en", e -> e.hasPurpose() ? e.category().en() : null),
            (json, e) -> {
              json.writeArrayFieldStart("purposes");
              for (Purpose p : e.purposes()) {
                json.writeStartObject();
                json.writeStringField("id", p.id());
                json.writeStringField("ja", p.ja());
                json.writeStringField("en", p.en());
                json.writeEndObject();
              }
              json.writeEndArray();
            },
            JsonField.counts("types", LedgerEntry::types),
            JsonField.number("findings", LedgerEntry::findings),
            JsonField.number("people", LedgerEntry::people),
            JsonField.number("minors", LedgerEntry::minors),
            JsonField.number("files", LedgerEntry::files),
            JsonField.number("parts", LedgerEntry::parts),
            JsonField.string("first_seen", e -> iso(e.firstSeen(), zone)),
            JsonField.string("last_seen", e -> iso(e.lastSeen(), zone)),
            JsonField.counts("flags", LedgerEntry::flags),
            kinds(LedgerEntry::kinds),
            JsonField.string("retention", e -> e.retention().isEmpty() ? null : e.retention()),
            handlingField("sources", Handling.SOURCE),
            handlingField("contractors", Handling.CONTRACTOR),
            handlingField("joint_use", Handling.JOINT_USE),
            handlingField("provisions", Handling.PROVISION),
            handlingField("departments", Handling.DEPARTMENT)),
        true);
  }

  static RowLayout<UnpurposedEntry> unpurposedLayout(ZoneId zone) {
    return new RowLayout<>(List.of(
        Column.of("file", "ファイル", "File", Style.PLACE, e -> SafeText.escape(e.file())),
        Column.of("part", "箇所", "Part", Style.PLACE, e -> SafeText.escape(e.part())),
        Column.of("types", "個人情報の項目", "Types of data", Style.TEXT, e -> counts(e.types())),
        Column.of("findings", "件数", "Findings", Style.NUMBER, e -> Long.toString(e.findings())),
        Column.of("people", "人数", "People", Style.NUMBER, e -> Long.toString(e.people())),
        Column.of("flags", "要確認", "Flags", Style.TEXT, e -> counts(e.flags())),
        Column.of("kinds", "方針にない種類", "Kinds not in the policy", Style.TEXT,
            e -> e.kinds().stream().map(Label::text).collect(Collectors.joining("\n"))),
        Column.of("last_seen", "最終確認", "Last seen", Style.TEXT,
            e -> minute(e.lastSeen(), zone)),
        Column.of("minors", "未成年者", "Minors", Style.NUMBER, e -> Long.toString(e.minors()))),
        List.of(
            JsonField.string("file", UnpurposedEntry::file),
            JsonField.string("part", UnpurposedEntry::part),
            JsonField.counts("types", UnpurposedEntry::types),
            JsonField.number("findings", UnpurposedEntry::findings),
            JsonField.number("people", UnpurposedEntry::people),
            JsonField.number("minors", UnpurposedEntry::minors),
            JsonField.counts("flags", UnpurposedEntry::flags),
            kinds(UnpurposedEntry::kinds),
            JsonField.string("last_seen", e -> iso(e.lastSeen(), zone))),
        true);
  }

  static RowLayout<RetentionEntry> retentionLayout(ZoneId zone) {
    return new RowLayout<>(List.of(
        Column.of("location", "所在", "Location", Style.PLACE,
            e -> SafeText.escape(e.location())),
        Column.of("category", "区分", "Category", Style.DETAIL, e -> e.category().id()),
        Column.of("category_label", "区分名", "Category name", Style.TEXT,
            e -> e.category().text()),
        Column.of("retention", "保管期間", "Retention", Style.TEXT,
            e -> String.join("\n", e.retentions())),
        Column.of("from", "起算", "Runs from", Style.TEXT,
            e -> e.from().stream().sorted().map(RetentionReport.From::text)
                .collect(Collectors.joining("\n"))),
        Column.of("ended", "期間満了日", "Period ended", Style.TEXT,
            e -> e.ended() == null ? "" : e.ended().toString()),
        Column.of("types", "個人情報の項目", "Types of data", Style.TEXT, e -> counts(e.types())),
        Column.of("findings", "件数", "Findings", Style.NUMBER, e -> Long.toString(e.findings())),
        Column.of("people", "人数", "People", Style.NUMBER, e -> Long.toString(e.people())),
        Column.of("files", "ファイル数", "Files", Style.NUMBER, e -> Long.toString(e.files())),
        Column.of("last_seen", "最終確認", "Last seen", Style.TEXT,
            e -> minute(e.lastSeen(), zone))),
        List.of(
            JsonField.string("location", RetentionEntry::location),
            JsonField.string("category", e -> e.category().id()),
            JsonField.string("category_ja", e -> e.category().ja()),
            JsonField.string("category_en", e -> e.category().en()),
            JsonField.strings("retention", RetentionEntry::retentions),
            JsonField.strings("from", e -> new TreeSet<>(e.from()).stream()
                .map(RetentionReport.From::id).toList()),
            JsonField.string("ended", e -> e.ended() == null ? null : e.ended().toString()),
            JsonField.counts("types", RetentionEntry::types),
            JsonField.number("findings", RetentionEntry::findings),
            JsonField.number("people", RetentionEntry::people),
            JsonField.number("files", RetentionEntry::files),
            JsonField.string("last_seen", e -> iso(e.lastSeen(), zone))),
        true);
  }

  static RowLayout<UnreadEntry> unreadLayout(ZoneId zone) {
    return new RowLayout<>(List.of(
        Column.of("status", "状態", "Status", Style.TEXT, e -> e.status().id()),
        // The reasons come from the files, so are escaped, as the paths are.
        Column.of("file", "ファイル", "File", Style.PLACE, e -> SafeText.escape(e.file())),
        Column.of("part", "箇所", "Part", Style.PLACE, e -> SafeText.escape(e.part())),
        // A place in the terminal table, last: a reason is read whole, never cut.
        Column.of("reason", "理由", "Reason", Style.PLACE, e -> SafeText.escape(e.reason())),
        Column.of("last_scanned", "最終確認", "Last scanned", Style.TEXT,
            e -> minute(e.lastScanned(), zone))),
        List.of(
            JsonField.string("status", e -> e.status().id()),
            JsonField.string("file", UnreadEntry::file),
            JsonField.string("part", UnreadEntry::part),
            JsonField.string("reason", UnreadEntry::reason),
            JsonField.string("last_scanned", e -> iso(e.lastScanned(), zone))),
        true);
  }

  private static <R> JsonField<R> kinds(Function<R, List<Label>> kinds) {
    return JsonField.strings("kinds", r -> kinds.apply(r).stream().map(Label::id).toList());
  }

  /**
   * {@code [{"id": …, "ja": …, "en": …, "details": {"partners": …}, "findings": n}]}: the
   * details by their keys in the policy.
   */
  private static JsonField<LedgerEntry> handlingField(String name, String kind) {
    return (json, e) -> {
      json.writeArrayFieldStart(name);
      for (HandlingUse h : e.handling(kind)) {
        json.writeStartObject();
        json.writeStringField("id", h.label().id());
        json.writeStringField("ja", h.label().ja());
        json.writeStringField("en", h.label().en());
        json.writeObjectFieldStart("details");
        for (HandlingUse.Detail d : h.details()) {
          json.writeStringField(d.key(), d.value());
        }
        json.writeEndObject();
        json.writeNumberField("findings", h.findings());
        json.writeEndObject();
      }
      json.writeEndArray();
    };
  }

  static Tabular<LedgerEntry> ledger(Ledger ledger, ZoneId zone) {
    List<LedgerEntry> stated = new ArrayList<>();
    List<LedgerEntry> none = new ArrayList<>();
    for (LedgerEntry e : ledger.entries()) {
      (e.hasPurpose() ? stated : none).add(e);
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
    return new Tabular<>("個人情報管理台帳", "Personal-information ledger",
        second(ledger.generated(), zone), summary, ledgerLayout(zone), ledger.entries(),
        List.of(new Group<>("利用目的あり", "With a stated purpose", false, stated),
            new Group<>(NO_PURPOSE_JA, NO_PURPOSE_EN, true, none)),
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

  static Tabular<UnpurposedEntry> unpurposed(UnpurposedReport report, ZoneId zone) {
    Totals t = report.totals();
    List<Line> summary = List.of(
        new Line("ファイル", "Files", Long.toString(t.files())),
        new Line("箇所", "Parts", Long.toString(t.parts())),
        new Line("件数", "Findings", withCounts(t.findings(), t.types())),
        new Line("人数", "People", Long.toString(t.people())),
        minors(t),
        new Line("要確認", "Flagged findings", withCounts(t.flagged(), t.flags())),
        unreadable(report.unreadableFiles()));
    return new Tabular<>("利用目的のない個人情報", "Personal data with no stated purpose",
        second(report.generated(), zone), summary, unpurposedLayout(zone), report.entries(),
        List.of(new Group<>("", "", true, report.entries())), List.of());
  }

  static Tabular<RetentionEntry> retention(RetentionReport report, ZoneId zone) {
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
    return new Tabular<>("保管期間を過ぎた個人情報", "Personal data kept past its retention period",
        second(report.generated(), zone), summary, retentionLayout(zone), report.entries(),
        List.of(new Group<>("", "", true, report.entries())), List.of());
  }

  /** The people who are minors, under the policy's age (the seed's: 16). */
  private static Line minors(Totals t) {
    return new Line("未成年者", "Minors (people under the policy's minor age)",
        Long.toString(t.minors()));
  }

  /** One group per status, failed first: the reasons come from the files, so are escaped. */
  static Tabular<UnreadEntry> unread(UnreadReport report, ZoneId zone) {
    Map<UnreadEntry.Status, List<UnreadEntry>> rows = new java.util.EnumMap<>(
        UnreadEntry.Status.class);
    for (UnreadEntry.Status s : UnreadEntry.Status.values()) {
      rows.put(s, new ArrayList<>());
    }
    for (UnreadEntry e : report.entries()) {
      rows.get(e.status()).add(e);
    }
    List<Line> summary = List.of(
        new Line("ファイル", "Files in the inventory", Long.toString(report.files())),
        new Line("読めなかったファイル", "Files not read whole", Long.toString(report.unreadFiles())),
        new Line("読まなかったパス", "Paths not read on purpose", Long.toString(report.skipped())),
        new Line("読めなかった箇所", "Places not read", Integer.toString(report.entries().size())));
    return new Tabular<>("読めなかった箇所", "What could not be read",
        second(report.generated(), zone), summary, unreadLayout(zone), report.entries(),
        List.of(
            new Group<>("読めなかったファイル", "Files that could not be read", true,
                rows.get(UnreadEntry.Status.FAILED)),
            new Group<>("一部を読めなかったファイル", "Parts that could not be read", true,
                rows.get(UnreadEntry.Status.PARTIAL)),
            new Group<>("読まなかったパス", "Paths not read on purpose", false,
                rows.get(UnreadEntry.Status.SKIPPED))), List.of());
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

  /** A time as JSON carries it: ISO 8601 to the second, with the zone's offset. */
  static String iso(Instant t, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        t.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }
}
