package dev.shirabe.report;

import static dev.shirabe.report.HtmlText.data;
import static dev.shirabe.report.HtmlText.escape;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyCategory;
import dev.shirabe.classify.Purpose;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Criterion;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import dev.shirabe.vocabulary.FindingType;
import java.io.IOException;
import java.io.OutputStream;
import dev.shirabe.report.rows.Column;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import dev.shirabe.report.rows.Style;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The disclosure report (開示等の請求への回答資料): one self-contained HTML page, Japanese with
 * English beside it, for the privacy officer to review and keep. Inline CSS, no scripts, no
 * external resources, so it opens the same anywhere and offline, and prints. Its tables of
 * places (and of the places a case listed before) are written by the shared HTML rows from
 * their layouts here. Every value
 * written is escaped, what came from a file ({@link HtmlText#data}) with its control
 * characters shown; values are masked unless revealed.
 */
final class DisclosureHtml {

  private static final Map<Criterion.Kind, String> KINDS = Map.of(
      Criterion.Kind.NAME, "氏名 Name", Criterion.Kind.EMAIL, "メールアドレス Email",
      Criterion.Kind.PHONE, "電話番号 Phone", Criterion.Kind.ADDRESS, "住所 Address");

  private static final String STYLE = """
      body{font-family:"Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;margin:2em;color:#222;line-height:1.5}
      h1{font-size:1.5em;border-bottom:2px solid #333;padding-bottom:.2em}
      h2{font-size:1.15em;margin-top:1.6em}
      .en{color:#666;font-weight:normal;font-size:.9em}
      table{border-collapse:collapse;margin:.5em 0}
      th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
      th{background:#eee}
      td.n,td.num{text-align:right}
      th .en{display:block}
      ul{margin:0;padding-left:1.2em}
      .none{color:#a00}
      header#company{border:1px solid #999;padding:.5em 1em;margin-bottom:1em}
      header#company p{margin:.1em 0}
      .value{font-weight:bold}
      .note{color:#555;font-size:.9em}
      @media print{body{margin:0}}
      """;

  private DisclosureHtml() {}

  static void write(SubjectReport report, OutputStream stream, boolean reveal, Policy policy,
      HtmlFrame frame, CaseView view) throws IOException {
    Medium medium = Medium.of(RowFormat.HTML, stream, false);
    PrintWriter out = medium.text();
    String generated = SubjectTexts.time(report.generated(), view.zone());
    out.write("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<title>保有個人データ開示報告書 / Subject access report</title>\n");
    out.write(frame.styleTag() + "\n" + STYLE + frame.extraStyle() + "</style>\n</head>\n<body>\n");
    out.write(frame.header());
    company(out, policy);
    out.write("<h1>保有個人データ開示報告書 <span class=\"en\">Subject access report</span></h1>\n");
    if (view.isCase()) {
      out.write("<p>案件番号 <span class=\"en\">Case</span>: <span id=\"case\">"
          + escape(view.caseId()) + "</span></p>\n");
    }
    out.write("<p>作成日時 <span class=\"en\">Generated</span>: <time id=\"generated\" datetime=\""
        + escape(report.generated().atZone(view.zone()).toOffsetDateTime().toString()) + "\">"
        + escape(generated) + "</time></p>\n");

    out.write("<section id=\"request\">\n<h2>請求内容 <span class=\"en\">Request</span></h2>\n<table>\n");
    for (Criterion c : report.query().criteria()) {
      out.write("<tr><th>" + escape(KINDS.get(c.kind())) + "</th><td>"
          + data(SubjectTexts.value(c, reveal)) + "</td></tr>\n");
    }
    out.write("</table>\n</section>\n");

    out.write("<section id=\"summary\">\n<h2>概要 <span class=\"en\">Summary</span></h2>\n<table>\n");
    row(out, "保有箇所 <span class=\"en\">Places</span>", report.places().size());
    row(out, "ファイル <span class=\"en\">Files</span>", report.fileCount());
    row(out, "該当データ <span class=\"en\">Items of data</span>", report.findingCount());
    for (Map.Entry<String, Integer> e : SubjectTexts.perType(report).entrySet()) {
      row(out, "　" + escape(type(e.getKey())), e.getValue());
    }
    row(out, "検索した全データ <span class=\"en\">Findings searched</span>", report.findingsSearched());
    if (view.excluded() > 0 || view.isCase()) {
      out.write("<tr id=\"excluded\"><th>除外した箇所（同姓同名の別人） <span class=\"en\">Places excluded as a"
          + " namesake's</span></th><td class=\"n\">" + view.excluded() + "</td></tr>\n");
    }
    out.write("</table>\n</section>\n");

    out.write("<section id=\"places\">\n<h2>保有箇所 <span class=\"en\">Where the data is held</span></h2>\n");
    if (report.query().isEmpty()) { // a case's follow-up: what became of the places listed before
      out.write("<p>この実行では検索していません（以前に記載した箇所の現況のみ）。 <span class=\"en\">No"
          + " lookup in this run: what became of the places listed before only.</span></p>\n");
    } else if (!report.found()) {
      out.write("<p>該当するデータは見つかりませんでした。 <span class=\"en\">No data about this person"
          + " was found.</span></p>\n");
    } else {
      // The places' rows through the shared HTML rows: the layout says what each column shows.
      try (RowWriter<Integer> rows = RowFormat.HTML.open(places(report, reveal, policy, frame,
          view), medium)) {
        for (int n = 0; n < report.places().size(); n++) {
          rows.row(n);
        }
      }
    }
    out.write("</section>\n");

    out.write("<section id=\"correlation\">\n<h2>関連付け <span class=\"en\">Identity correlation</span></h2>\n");
    out.write("<p class=\"note\">氏名と並んで記載されたメールアドレス・電話番号（およびその逆）も一段階だけ検索しています。"
        + "そうして見つけたメールアドレス・電話番号が他の人物の氏名の隣にある箇所は含めていません。"
        + "見つけた氏名は、姓のみ・名のみのもの（同姓の別人を含むため）は検索していません。"
        + " <span class=\"en\">An email or phone number standing beside the name (and a name beside"
        + " them) was looked up too, one step only; places where such an email or phone number"
        + " stands beside another person's name are left out, and a name found so is looked up"
        + " only when it is a full name (a surname alone would find namesakes).</span></p>\n<ul>\n");
    for (Link link : report.followed()) {
      out.write("<li>検索済み <span class=\"en\">followed</span>: " + data(link.describeJa())
          + "<br><span class=\"en\">" + data(link.describe()) + "</span></li>\n");
    }
    for (String reason : report.notFollowed()) {
      out.write("<li>未検索 <span class=\"en\">not followed</span>: " + data(reason) + "</li>\n");
    }
    out.write("<li>除外した箇所 <span class=\"en\">places left out</span>: " + report.leftOut() + "</li>\n");
    out.write("</ul>\n</section>\n");
    since(out, medium, view);
    out.write("<footer class=\"note\"><p>値は" + (reveal ? "マスクせずに表示しています" : "マスクして表示しています")
        + "。 <span class=\"en\">Values are " + (reveal ? "shown unmasked (--reveal)" : "masked")
        + ".</span> Shirabe</p></footer>\n</body>\n</html>\n");
    medium.close();
  }

  /** The policy's [company]: who answers the request, and where to send one. */
  private static void company(Writer out, Policy policy) throws IOException {
    if (policy.companyInfo().isEmpty()) {
      return;
    }
    var c = policy.companyInfo().get();
    out.write("<header id=\"company\">\n<p class=\"name\"><strong>" + escape(c.name()) + "</strong></p>\n"
        + "<p>窓口 <span class=\"en\">Contact desk</span>: <span class=\"desk\">" + escape(c.desk())
        + "</span></p>\n");
    if (c.address() != null) {
      out.write("<p>住所 <span class=\"en\">Address</span>: " + escape(c.address()) + "</p>\n");
    }
    if (c.mail() != null) {
      out.write("<p>メール <span class=\"en\">Mail</span>: " + escape(c.mail()) + "</p>\n");
    }
    out.write("</header>\n");
  }

  /**
   * A place's row, by its number in the report: the number and the place's id (what
   * {@code --exclude} takes: stable across runs, unlike the number), the file (a link where the
   * frame links files), the types, the categories and purposes, how it was linked, the data.
   */
  private static RowLayout<Integer> places(SubjectReport report, boolean reveal, Policy policy,
      HtmlFrame frame, CaseView view) {
    return new RowLayout<Integer>(List.of(
        Column.html("number", "#", "ID", Style.NUMBER, n -> (n + 1)
            + (view.placeId(n) == null ? ""
                : "<br><span class=\"id\">" + escape(view.placeId(n)) + "</span>")),
        Column.html("place", "ファイル・部分", "File / part", Style.PLACE, n -> {
          Place place = report.places().get(n);
          String key = place.findings().isEmpty() ? null : place.findings().get(0).file();
          return frame.linkFile(key, data(place.file()))
              + (place.part().isEmpty() ? "" : "<br>▸ " + data(place.part()));
        }),
        Column.html("types", "データの種類", "Types", Style.TEXT,
            n -> list(report.places().get(n).types().stream().map(DisclosureHtml::type).toList())),
        Column.html("categories", "区分・利用目的", "Category, purposes", Style.TEXT,
            n -> categories(report.places().get(n), policy)),
        Column.html("links", "紐付けの根拠", "How it was linked", Style.TEXT,
            n -> report.places().get(n).links().stream()
                .map(link -> "<li>" + data(link.describeJa()) + "<br><span class=\"en\">"
                    + data(link.describe()) + "</span></li>")
                .collect(Collectors.joining("", "<ul>", "</ul>"))),
        view.revealed().isEmpty()
            ? Column.html("data", "データ（マスク済み）", "Data (masked)", Style.TEXT,
                n -> held(report.places().get(n), view.revealed(n), reveal))
            : Column.html("data", "データ", "Data", Style.TEXT,
                n -> held(report.places().get(n), view.revealed(n), reveal))),
        List.of(), true).rowClass(n -> "place");
  }

  /** The subject's data at a place: masked, or read again; the excerpt kept, when revealed. */
  private static String held(Place place, RevealedValues.Revealed revealed, boolean reveal) {
    StringBuilder out = new StringBuilder();
    if (revealed != null && revealed.state() != RevealedValues.State.READ) {
      out.append("<p class=\"none\">" + escape(revealed.state().reasonJa())
          + "<br><span class=\"en\">" + escape(revealed.state().reason()) + "</span></p>");
    }
    out.append("<ul>");
    for (int j = 0; j < place.findings().size(); j++) {
      StoredFinding f = place.findings().get(j);
      String excerpt = SubjectTexts.excerpt(f, reveal);
      String value = revealed == null ? null : revealed.value(j);
      out.append("<li>" + escape(type(f.type())) + ": "
          + (value == null ? data(f.masked()) : "<span class=\"value\">" + data(value) + "</span>")
          + (excerpt == null ? "" : "<br><q>" + data(excerpt) + "</q>") + "</li>");
    }
    return out.append("</ul>").toString();
  }

  /** What became of the places earlier runs of the case listed: the deletion's proof. */
  private static void since(Writer out, Medium medium, CaseView view) throws IOException {
    if (view.since().isEmpty()) {
      return;
    }
    out.write("<section id=\"since\">\n<h2>以前の回答に記載した箇所の現況 <span class=\"en\">Places listed"
        + " before: what became of them</span></h2>\n<p>" + escape(SubjectTexts.sinceLine(view))
        + "</p>\n");
    RowLayout<PlaceChange> layout = new RowLayout<PlaceChange>(List.of(
        Column.of("id", "ID", "", Style.TEXT, c -> c.place().id()),
        Column.html("place", "ファイル・部分", "File / part", Style.PLACE,
            c -> data(c.place().label())),
        Column.of("listed", "記載日時", "Listed", Style.TEXT,
            c -> SubjectTexts.time(c.listed(), view.zone())),
        Column.html("now", "現況", "Now", Style.TEXT,
            c -> escape(c.status().ja()) + " <span class=\"en\">" + c.status().label() + "</span>"),
        Column.of("items", "残っている項目", "Items still there", Style.NUMBER,
            c -> c.remaining() + " / " + c.place().items().size())),
        List.of(), true).rowClass(c -> c.status().label());
    try (RowWriter<PlaceChange> rows = RowFormat.HTML.open(layout, medium)) {
      for (PlaceChange c : view.since()) {
        rows.row(c);
      }
    }
    out.write("</section>\n");
  }

  private static void row(Writer out, String label, long value) throws IOException {
    out.write("<tr><th>" + label + "</th><td class=\"n\">" + value + "</td></tr>\n");
  }

  /** A type's Japanese label and its name (氏名 PERSON); a name this build does not know, alone. */
  private static String type(String type) {
    for (FindingType known : FindingType.values()) {
      if (known.name().equals(type)) {
        return known.ja() + " " + type;
      }
    }
    return type;
  }

  /**
   * The categories and purposes of the place's findings, by the policy's labels in Japanese
   * and English (the person is owed the purposes in words, APPI Art. 32), and whether some
   * findings have none. An id the policy does not know is shown as it is.
   */
  private static String categories(Place place, Policy policy) {
    String none = "<span class=\"none\">利用目的の定めなし<br><span class=\"en\">no stated purpose</span></span>";
    if (place.categories().isEmpty()) {
      return none;
    }
    StringBuilder out = new StringBuilder();
    for (String id : place.categories()) {
      Optional<PolicyCategory> category = policy.section(id);
      out.append(out.length() == 0 ? "" : "<br>").append(category
          .map(c -> escape(c.ja()) + " <span class=\"en\">" + escape(c.en()) + " (" + escape(id) + ")</span>")
          .orElse(escape(id)));
    }
    List<String> purposes = new ArrayList<>();
    for (String id : place.purposes()) {
      Optional<Purpose> purpose = place.categories().stream()
          .flatMap(c -> policy.section(c).stream())
          .flatMap(c -> c.purposes().stream())
          .filter(p -> p.id().equals(id))
          .findFirst();
      purposes.add(purpose
          .map(p -> escape(p.ja()) + "<br><span class=\"en\">" + escape(p.en()) + "</span>")
          .orElse(escape(id)));
    }
    boolean someWithout = place.findings().stream().anyMatch(f -> f.category() == null);
    return out + (purposes.isEmpty() ? ""
            : purposes.stream().map(p -> "<li>" + p + "</li>").collect(Collectors.joining("", "<ul>", "</ul>")))
        + (someWithout ? "<br>" + none : "");
  }

  private static String list(Collection<String> items) {
    return items.stream().map(i -> "<li>" + escape(i) + "</li>").collect(Collectors.joining("", "<ul>", "</ul>"));
  }
}
