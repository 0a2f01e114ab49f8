package dev.shirabe.web;

import static dev.shirabe.report.HtmlText.escape;

import dev.shirabe.report.HtmlFrame;
import java.nio.charset.StandardCharsets;

/**
 * The web page's own markup around its pages: the navigation bar every page starts with, and
 * the head and style of the pages drawn here (the reports bring their own, inside an {@link
 * HtmlFrame}). Widths are fluid: long paths wrap, tables take the window's width and no more,
 * from 1280 to 1920 px and beyond.
 */
final class Layout {

  static final String NAV_STYLE = """
      nav.site{display:flex;flex-wrap:wrap;gap:.3em 1.4em;align-items:baseline;margin:0 0 1.2em;\
      padding:.5em .8em;background:#243b55;font-size:14px;font-family:sans-serif}
      nav.site a{color:#fff;text-decoration:none}
      nav.site a:hover,nav.site a:focus{text-decoration:underline}
      nav.site .mode{margin-left:auto;color:#cfe}
      nav.site .mode.reveal{color:#fcc;font-weight:bold}
      """;

  private static final String STYLE = """
      body{font-family:"Hiragino Sans","Yu Gothic","Meiryo","Noto Sans CJK JP",sans-serif;\
      margin:1.5em;color:#222;font-size:14px;line-height:1.45}
      h1{font-size:1.4em;margin:0 0 .4em}
      h2{font-size:1.1em;margin:1.4em 0 .4em}
      .en{color:#666;font-weight:normal;font-size:.85em}
      table{border-collapse:collapse;margin:.4em 0;max-width:100%}
      table.wide{width:100%}
      th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}
      thead th{background:#e8eef5}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      td.path{overflow-wrap:anywhere}
      .facets{display:grid;grid-template-columns:repeat(auto-fit,minmax(18em,1fr));gap:1em}
      .facets ul{margin:.2em 0;padding-left:1.2em}
      .note{color:#555;font-size:.9em}
      .error{color:#a00}
      form.lookup{display:grid;grid-template-columns:max-content minmax(0,40em);gap:.5em 1em;\
      align-items:start}
      form.lookup textarea{width:100%;font:inherit;min-height:2.4em}
      form.lookup button{grid-column:2;justify-self:start;padding:.3em 1.5em}
      dl.summary{display:grid;grid-template-columns:max-content auto;gap:.2em 1.2em;margin:0}
      dl.summary dt{font-weight:bold}
      dl.summary dd{margin:0}
      """ + NAV_STYLE;

  private Layout() {}

  /** The navigation bar, and whether values are masked. */
  static String nav(boolean reveal) {
    return "<nav class=\"site\" aria-label=\"Shirabe\">"
        + "<a href=\"/\">調べ Shirabe</a>"
        + "<a href=\"/lookup\">本人検索 Lookup</a>"
        + "<a href=\"/findings\">検出一覧 Findings</a>"
        + "<a href=\"/folders\">フォルダ Folders</a>"
        + "<a href=\"/ledger\">管理台帳 Ledger</a>"
        + "<a href=\"/unpurposed\">利用目的なし No purpose</a>"
        + "<a href=\"/retention\">保管期間超過 Retention</a>"
        + "<a href=\"/unread\">読めなかった箇所 Unread</a>"
        + (reveal ? "<span class=\"mode reveal\">値を表示中 Values revealed</span>"
            : "<span class=\"mode\">値はマスク済み Values masked</span>")
        + "</nav>\n";
  }

  /** A report's page inside the site: the nav above it, files linked to their findings. */
  static HtmlFrame frame(String nonce, boolean reveal, String after) {
    return new HtmlFrame(nonce, NAV_STYLE, nav(reveal) + after, Layout::fileHref);
  }

  static String fileHref(String key) {
    return "/file?path=" + Parameters.encode(key);
  }

  /** A page of the site's own, begun: head, style with the nonce, the nav and the title. */
  static StringBuilder begin(String nonce, boolean reveal, String titleJa, String titleEn) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(titleJa + " / " + titleEn)).append(" — Shirabe</title>\n")
        .append("<style nonce=\"").append(escape(nonce)).append("\">\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n").append(nav(reveal))
        .append("<h1>").append(escape(titleJa)).append(" <span class=\"en\">")
        .append(escape(titleEn)).append("</span></h1>\n");
    return b;
  }

  static byte[] end(StringBuilder b) {
    b.append("</body>\n</html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A heading in Japanese with English beside it (both trusted text, escaped here). */
  static String h2(String ja, String en) {
    return "<h2>" + escape(ja) + " <span class=\"en\">" + escape(en) + "</span></h2>\n";
  }

  /** A link to a path on this server with its text escaped. */
  static String link(String href, String text) {
    return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
  }
}
