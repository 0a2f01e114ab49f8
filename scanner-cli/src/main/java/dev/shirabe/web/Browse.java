package dev.shirabe.web;

import static dev.shirabe.report.HtmlText.data;
import static dev.shirabe.report.HtmlText.escape;

import dev.shirabe.classify.PolicyCategory;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.FindingSelection;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.source.PathIdentity;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages drawn here: the start page (counts and ways in), findings by type, category, flag
 * and folder, the folders the inventory holds, and one file's findings. Values are the
 * inventory's masked forms; an excerpt (kept only by {@code scan --store-excerpts}) only with
 * {@code --reveal}. Paths and locators come from the scanned files, so go through {@link
 * dev.shirabe.report.HtmlText#data}.
 */
final class Browse {

  /** At most this many findings on a page: the page says how many there are in all. */
  static final int LIMIT = 500;

  /** The category parameter that asks for the findings with no stated purpose. */
  static final String NO_CATEGORY = "-";

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private final ServeSettings settings;

  Browse(ServeSettings settings) {
    this.settings = settings;
  }

  Site.Page home(InventorySearcher inventory, String nonce) throws IOException {
    StringBuilder b = Layout.begin(nonce, settings.reveal(), "保有個人データ", "What the inventory holds");
    b.append("<dl class=\"summary\" id=\"summary\">")
        .append("<dt>ファイル <span class=\"en\">Files</span></dt><dd>")
        .append(inventory.fileCount()).append("</dd>")
        .append("<dt>検出 <span class=\"en\">Findings</span></dt><dd>")
        .append(inventory.findingCount()).append("</dd></dl>\n");
    b.append(Layout.h2("本人検索", "Look a person up")).append(Site.lookupForm());
    b.append(Layout.h2("検出の内訳", "Findings by"));
    facets(b, inventory);
    b.append("<p>").append(Layout.link("/folders", "フォルダごとに見る Browse by folder"))
        .append(" · ").append(Layout.link("/ledger", "個人情報管理台帳 The ledger"))
        .append(" · ").append(Layout.link("/unpurposed", "利用目的のない個人情報 No stated purpose"))
        .append(" · ").append(Layout.link("/retention", "保管期間を過ぎた個人情報 Kept past retention"))
        .append(" · ").append(Layout.link("/unread", "読めなかった箇所 What could not be read"))
        .append("</p>\n");
    return new Site.Page(200, Layout.end(b));
  }

  /** Three lists, by type, category and flag, each value with its count and a link. */
  private void facets(StringBuilder b, InventorySearcher inventory) throws IOException {
    b.append("<div class=\"facets\">\n");
    facet(b, "種類", "Type", "type", inventory.countBy(InventorySearcher.Facet.TYPE));
    facet(b, "区分", "Category", "category", inventory.countBy(InventorySearcher.Facet.CATEGORY));
    facet(b, "要確認", "Flag", "flag", inventory.countBy(InventorySearcher.Facet.FLAG));
    b.append("</div>\n");
  }

  private void facet(StringBuilder b, String ja, String en, String parameter,
      Map<String, Long> counts) {
    b.append("<section class=\"facet\" id=\"by-").append(parameter).append("\"><h3>")
        .append(escape(ja)).append(" <span class=\"en\">").append(escape(en)).append("</span></h3>");
    if (counts.isEmpty()) {
      b.append("<p class=\"note\">なし None</p>");
    } else {
      b.append("<ul>");
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        String value = parameter.equals("category") && e.getKey().isEmpty() ? NO_CATEGORY : e.getKey();
        b.append("<li>").append(Layout.link("/findings?" + parameter + "=" + Parameters.encode(value),
                parameter.equals("category") ? category(e.getKey()) : e.getKey()))
            .append(" <span class=\"count\">").append(e.getValue()).append("</span></li>");
      }
      b.append("</ul>");
    }
    b.append("</section>\n");
  }

  /** A category's labels; the empty id is "no stated purpose". */
  private String category(String id) {
    if (id == null || id.isEmpty()) {
      return "利用目的なし No stated purpose";
    }
    return settings.policy().section(id).map(PolicyCategory::ja)
        .map(ja -> ja + " " + id).orElse(id);
  }

  Site.Page findings(InventorySearcher inventory, String nonce, Parameters query)
      throws IOException {
    String category = query.first("category");
    String under = query.first("under");
    FindingSelection selection = new FindingSelection(query.first("type"),
        NO_CATEGORY.equals(category) ? FindingSelection.NO_CATEGORY : category,
        query.first("flag"), under);
    StringBuilder b = Layout.begin(nonce, settings.reveal(), "検出一覧", "Findings");
    if (selection.isAll()) {
      b.append("<p class=\"note\">種類・区分・要確認・フォルダで絞り込めます。 <span class=\"en\">"
          + "Choose a type, category, flag or folder.</span></p>\n");
    } else {
      b.append("<p id=\"selection\">絞り込み <span class=\"en\">Showing</span>: ");
      List<String> parts = new ArrayList<>();
      if (selection.type() != null) {
        parts.add("type " + escape(selection.type()));
      }
      if (selection.category() != null) {
        parts.add("category " + escape(category(selection.category())));
      }
      if (selection.flag() != null) {
        parts.add("flag " + escape(selection.flag()));
      }
      if (under != null) {
        parts.add("under " + data(PathIdentity.display(under)));
      }
      b.append(String.join(", ", parts)).append(" · ")
          .append(Layout.link("/findings", "すべて All")).append("</p>\n");
    }
    InventorySearcher.Selected selected = inventory.select(selection, selection.isAll() ? 0 : LIMIT);
    b.append("<p id=\"count\">").append(selected.total()).append(" 件 <span class=\"en\">findings")
        .append(selected.total() > selected.findings().size() && !selection.isAll()
            ? ", the first " + selected.findings().size() + " shown" : "")
        .append("</span></p>\n");
    if (!selected.findings().isEmpty()) {
      findingTable(b, selected.findings(), true);
    }
    b.append(Layout.h2("絞り込み", "Narrow down"));
    facets(b, inventory);
    return new Site.Page(200, Layout.end(b));
  }

  /** The findings as a table, each with its file (linked) and part when {@code withFile}. */
  private void findingTable(StringBuilder b, List<StoredFinding> findings, boolean withFile) {
    boolean excerpts = settings.reveal() && findings.stream().anyMatch(f -> f.excerpt() != null);
    b.append("<table class=\"wide findings\"><thead><tr>");
    if (withFile) {
      b.append("<th>ファイル <span class=\"en\">File</span></th>");
    }
    b.append("<th>箇所 <span class=\"en\">Part</span></th><th>種類 <span class=\"en\">Type</span></th>")
        .append("<th>値（マスク済み） <span class=\"en\">Value (masked)</span></th>")
        .append("<th>区分 <span class=\"en\">Category</span></th>")
        .append("<th>利用目的 <span class=\"en\">Purposes</span></th>")
        .append("<th>要確認 <span class=\"en\">Flags</span></th>")
        .append("<th>位置 <span class=\"en\">Offset</span></th>")
        .append("<th>確度 <span class=\"en\">Conf.</span></th>")
        .append("<th>検出器 <span class=\"en\">Detector</span></th>");
    if (excerpts) {
      b.append("<th>抜粋 <span class=\"en\">Excerpt</span></th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (StoredFinding f : findings) {
      b.append("<tr class=\"finding\">");
      if (withFile) {
        b.append("<td class=\"path\">").append("<a href=\"").append(escape(Layout.fileHref(f.file())))
            .append("\">").append(data(PathIdentity.display(f.file()))).append("</a></td>");
      }
      b.append("<td class=\"path\">").append(data(f.part())).append("</td>")
          .append("<td>").append(escape(f.type()))
          .append(f.subtype() == null ? "" : " (" + escape(f.subtype()) + ")").append("</td>")
          .append("<td class=\"value\">").append(data(f.masked())).append("</td>")
          .append("<td>").append(f.category() == null
              ? "<span class=\"error\">利用目的なし <span class=\"en\">none</span></span>"
              : escape(category(f.category()))).append("</td>")
          .append("<td>").append(escape(String.join(", ", f.purposes()))).append("</td>")
          .append("<td>").append(escape(String.join(", ", f.flags()))).append("</td>")
          .append("<td class=\"num\">").append(f.start()).append("–").append(f.end()).append("</td>")
          .append("<td class=\"num\">").append(String.format(Locale.ROOT, "%.2f", f.confidence()))
          .append("</td><td>").append(escape(f.detector())).append("</td>");
      if (excerpts) {
        b.append("<td>").append(f.excerpt() == null ? "" : data(f.excerpt())).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  Site.Page folders(InventorySearcher inventory, String nonce, Parameters query)
      throws IOException {
    String folder = query.first("path");
    if (folder == null) {
      folder = commonFolder(inventory);
    }
    String prefix = folder.endsWith(File.separator) ? folder : folder + File.separator;
    Map<String, Long> subfolders = new TreeMap<>();
    List<String> files = new ArrayList<>();
    inventory.forEachFileUnder(folder, held -> {
      String rest = held.length() > prefix.length() ? held.substring(prefix.length()) : "";
      int slash = rest.indexOf(File.separatorChar);
      if (slash > 0) {
        subfolders.merge(prefix + rest.substring(0, slash), 1L, Long::sum);
      } else if (!rest.isEmpty()) {
        files.add(held);
      }
    });
    StringBuilder b = Layout.begin(nonce, settings.reveal(), "フォルダ", "Folder");
    b.append("<p class=\"path\" id=\"folder\">").append(data(PathIdentity.display(folder)))
        .append("</p>\n<p>");
    Path parent = Path.of(PathIdentity.display(folder)).getParent();
    if (parent != null) {
      b.append(Layout.link("/folders?path=" + Parameters.encode(parentKey(folder)),
          "上のフォルダ Parent folder")).append(" · ");
    }
    b.append(Layout.link("/findings?under=" + Parameters.encode(folder),
        "このフォルダの検出 Findings under this folder")).append("</p>\n");
    b.append("<table class=\"wide folders\"><thead><tr><th>名前 <span class=\"en\">Name</span></th>")
        .append("<th>ファイル <span class=\"en\">Files</span></th>")
        .append("<th>検出 <span class=\"en\">Findings</span></th>")
        .append("<th>最終確認 <span class=\"en\">Last scanned</span></th>")
        .append("<th>読めなかった理由 <span class=\"en\">Could not be read</span></th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Long> e : subfolders.entrySet()) {
      b.append("<tr class=\"folder\"><td class=\"path\"><a href=\"")
          .append(escape("/folders?path=" + Parameters.encode(e.getKey()))).append("\">")
          .append(data(PathIdentity.display(name(e.getKey())))).append("/</a></td><td class=\"num\">")
          .append(e.getValue()).append("</td><td></td><td></td><td></td></tr>\n");
    }
    for (String file : files) {
      FileEntry entry = inventory.file(file).orElse(null);
      b.append("<tr class=\"file\"><td class=\"path\"><a href=\"").append(escape(Layout.fileHref(file)))
          .append("\">").append(data(PathIdentity.display(name(file)))).append("</a></td><td></td>")
          .append("<td class=\"num\">").append(entry == null ? "" : entry.findings()).append("</td>")
          .append("<td>").append(entry == null ? "" : minute(entry.lastScanned())).append("</td>")
          .append("<td>").append(entry == null || entry.error() == null ? "" : data(entry.error()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    if (subfolders.isEmpty() && files.isEmpty()) {
      b.append("<p class=\"note\">このフォルダのファイルはありません。 <span class=\"en\">The inventory"
          + " holds no file under this folder.</span></p>\n");
    }
    return new Site.Page(200, Layout.end(b));
  }

  /** The deepest folder that holds every file of the inventory: where browsing starts. */
  private static String commonFolder(InventorySearcher inventory) throws IOException {
    String[] common = {null};
    for (Path root : FileSystems.getDefault().getRootDirectories()) {
      inventory.forEachFileUnder(PathIdentity.of(root), held -> {
        String folder = held.substring(0, Math.max(held.lastIndexOf(File.separatorChar), 0) + 1);
        if (common[0] == null) {
          common[0] = folder;
        } else {
          while (!folder.startsWith(common[0])) {
            String c = common[0].substring(0, common[0].length() - 1);
            common[0] = c.substring(0, c.lastIndexOf(File.separatorChar) + 1);
          }
        }
      });
    }
    if (common[0] == null || common[0].isEmpty()) {
      return File.separator;
    }
    return common[0].length() > 1 ? common[0].substring(0, common[0].length() - 1) : common[0];
  }

  private static String name(String key) {
    int slash = key.lastIndexOf(File.separatorChar);
    return slash < 0 || slash == key.length() - 1 ? key : key.substring(slash + 1);
  }

  private static String parentKey(String key) {
    int slash = key.lastIndexOf(File.separatorChar);
    return slash <= 0 ? File.separator : key.substring(0, slash);
  }

  Site.Page file(InventorySearcher inventory, String nonce, Parameters query) throws IOException {
    String key = query.first("path");
    FileEntry entry = key == null ? null : inventory.file(key).orElse(null);
    StringBuilder b = Layout.begin(nonce, settings.reveal(), "ファイルの検出", "A file's findings");
    if (entry == null) {
      b.append("<p class=\"error\">このファイルは台帳にありません。 <span class=\"en\">The inventory"
          + " holds no such file.</span></p>\n");
      return new Site.Page(404, Layout.end(b));
    }
    b.append("<p class=\"path\" id=\"file\">").append(data(PathIdentity.display(key))).append("</p>\n");
    b.append("<p>").append(Layout.link("/folders?path=" + Parameters.encode(parentKey(key)),
        "フォルダ Folder")).append("</p>\n");
    b.append("<dl class=\"summary\">")
        .append("<dt>大きさ <span class=\"en\">Size</span></dt><dd>").append(entry.size()).append(" B</dd>")
        .append("<dt>初回確認 <span class=\"en\">First seen</span></dt><dd>")
        .append(minute(entry.firstSeen())).append("</dd>")
        .append("<dt>最終確認 <span class=\"en\">Last scanned</span></dt><dd>")
        .append(minute(entry.lastScanned())).append("</dd>")
        .append("<dt>部分 <span class=\"en\">Parts</span></dt><dd>").append(entry.parts()).append("</dd>")
        .append("<dt>検出 <span class=\"en\">Findings</span></dt><dd>").append(entry.findings())
        .append("</dd>");
    if (entry.error() != null) {
      b.append("<dt class=\"error\">読めなかった理由 <span class=\"en\">Could not be read</span></dt><dd>")
          .append(data(entry.error())).append("</dd>");
    }
    b.append("</dl>\n");
    if (entry.problems() > 0) {
      b.append(Layout.h2("読めなかった部分", "Parts that could not be read")).append("<ul>");
      for (PartProblem p : inventory.problemsOfFile(key)) {
        b.append("<li>").append(data(p.locator())).append(": ").append(data(p.reason())).append("</li>");
      }
      b.append("</ul>\n");
    }
    b.append(Layout.h2("検出", "Findings"));
    List<StoredFinding> findings = inventory.findingsOfFile(key);
    if (findings.isEmpty()) {
      b.append("<p class=\"note\">なし <span class=\"en\">None</span></p>\n");
    } else {
      findingTable(b, findings, false);
    }
    return new Site.Page(200, Layout.end(b));
  }

  private String minute(long epochMillis) {
    return MINUTE.format(Instant.ofEpochMilli(epochMillis).atZone(settings.zone()));
  }
}
