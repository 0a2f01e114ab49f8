package dev.shirabe.web;

import static dev.shirabe.report.HtmlText.escape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.report.SubjectFormat;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.ReportFormat;
import dev.shirabe.subject.QueryKeys;
import dev.shirabe.subject.SubjectLookup;
import dev.shirabe.subject.SubjectQuery;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseTracker;
import dev.shirabe.subject.cases.CaseView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every request: let in by the token or refused, then routed to its page. Pages are GET (and
 * HEAD); the lookup is POSTed, so that a person's name never stands in a URL, a browser's
 * history or a log. Each request opens the inventory as last committed and closes it: a scan
 * writing meanwhile is seen from its next commit on, and never blocked (readers take no lock).
 */
final class Site implements HttpHandler {

  private static final Set<String> PAGES = Set.of("/", "/lookup", "/findings", "/folders",
      "/file", "/ledger", "/unpurposed", "/retention", "/unread");

  private final ServeSettings settings;
  private final AccessToken token;
  private final Responses responses;
  private final Browse browse;

  Site(ServeSettings settings, AccessToken token, Responses responses) {
    this.settings = settings;
    this.token = token;
    this.responses = responses;
    this.browse = new Browse(settings);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      serve(exchange);
    } catch (IOException | RuntimeException e) {
      // The inventory could not be read (a scan replaced it, it was removed): said, not hidden.
      try {
        Responses.text(exchange, 503, "The inventory cannot be read now: "
            + dev.shirabe.report.SafeText.escape(e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage()));
      } catch (IOException | RuntimeException ignored) {
        // the headers had gone already: nothing more to say
      }
    } finally {
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    Parameters query;
    try {
      query = Parameters.parse(exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      Responses.text(exchange, 400, "A malformed address.");
      return;
    }
    switch (token.check(query.first(AccessToken.PARAMETER), exchange.getRequestHeaders())) {
      case NONE -> {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"shirabe\"");
        Responses.text(exchange, 401, "Open the address that 'shirabe serve' printed: it"
            + " carries the access token.");
        return;
      }
      case WRONG -> {
        Responses.text(exchange, 403, "Wrong access token: open the address that the running"
            + " 'shirabe serve' printed.");
        return;
      }
      case GOOD_IN_URL -> {
        // Into the cookie, and out of the address bar, the history and any bookmark.
        exchange.getResponseHeaders().add("Set-Cookie", token.setCookie());
        String rest = query.without(AccessToken.PARAMETER);
        Responses.redirect(exchange,
            exchange.getRequestURI().getRawPath() + (rest.isEmpty() ? "" : "?" + rest));
        return;
      }
      case GOOD -> { }
    }
    String path = exchange.getRequestURI().getPath();
    if (!PAGES.contains(path)) {
      Responses.text(exchange, 404, "No such page.");
      return;
    }
    String method = exchange.getRequestMethod();
    boolean post = method.equals("POST") && path.equals("/lookup");
    if (!post && !method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", path.equals("/lookup") ? "GET, HEAD, POST" : "GET, HEAD");
      Responses.text(exchange, 405, "Method not allowed.");
      return;
    }
    String nonce = responses.nonce();
    if (post) {
      Parameters form = Parameters.form(exchange.getRequestBody());
      if (form == null) {
        Responses.text(exchange, 413, "The form is too long.");
        return;
      }
      lookup(exchange, nonce, form);
      return;
    }
    Page page;
    try (InventorySearcher inventory = settings.inventory().open()) {
      page = switch (path) {
        case "/" -> browse.home(inventory, nonce);
        case "/lookup" -> new Page(200, lookupPage(nonce, null));
        case "/findings" -> browse.findings(inventory, nonce, query);
        case "/folders" -> browse.folders(inventory, nonce, query);
        case "/file" -> browse.file(inventory, nonce, query);
        default -> new Page(200, report(inventory, nonce, path));
      };
    }
    Responses.html(exchange, page.status(), nonce, page.body());
  }

  /** A page to send: its status and HTML. */
  record Page(int status, byte[] body) {}

  private byte[] report(InventorySearcher inventory, String nonce, String path)
      throws IOException {
    Holdings holdings = Holdings.read(inventory, List.of(), settings.policy());
    Instant now = Instant.now();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var frame = Layout.frame(nonce, settings.reveal(), "");
    switch (path) {
      case "/ledger" -> ReportFormat.html(holdings.ledger(now), out, settings.zone(), frame);
      case "/unpurposed" ->
          ReportFormat.html(holdings.unpurposed(now), out, settings.zone(), frame);
      case "/retention" ->
          ReportFormat.html(holdings.retention(now), out, settings.zone(), frame);
      default -> ReportFormat.html(holdings.unread(now), out, settings.zone(), frame);
    }
    return out.toByteArray();
  }

  private void lookup(HttpExchange exchange, String nonce, Parameters form) throws IOException {
    SubjectQuery query = SubjectQuery.of(form.lines("name"), form.lines("email"),
        form.lines("phone"), form.lines("address"));
    if (query.isEmpty()) {
      Responses.html(exchange, 400, nonce,
          lookupPage(nonce, "Nothing to look up: give a name, email, phone or address."));
      return;
    }
    SubjectReport report;
    List<String> placeIds = new ArrayList<>();
    try (InventorySearcher inventory = settings.inventory().open()) {
      report = new SubjectLookup(inventory, settings.hasher(), new QueryKeys()).lookup(query);
      // The ids `subject` shows, so that a place seen here can be named to `subject --exclude`.
      CaseTracker tracker = new CaseTracker(inventory, settings.hasher());
      report.places().forEach(place -> placeIds.add(tracker.id(place)));
    } catch (IllegalArgumentException e) {
      // The message names the kind of criterion, never its value.
      Responses.html(exchange, 400, nonce,
          lookupPage(nonce, "Cannot look up " + e.getMessage().replace("--", "") + "."));
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SubjectFormat.writeHtml(report, out, settings.reveal(), settings.policy(),
        Layout.frame(nonce, settings.reveal(),
            "<p>" + Layout.link("/lookup", "別の人を検索 Look up another person") + "</p>\n"),
        new CaseView(null, settings.zone(), placeIds, 0, List.of(), List.of()));
    Responses.html(exchange, 200, nonce, out.toByteArray());
  }

  /** The lookup form; the criteria are never written back into it (they are raw values). */
  private byte[] lookupPage(String nonce, String error) {
    StringBuilder b = Layout.begin(nonce, settings.reveal(), "本人検索", "Look a person up");
    if (error != null) {
      b.append("<p class=\"error\" id=\"error\">").append(escape(error)).append("</p>\n");
    }
    b.append(lookupForm());
    return Layout.end(b);
  }

  /** The form: one value a line in each box; the same matching as {@code shirabe subject}. */
  static String lookupForm() {
    return """
        <p class="note">氏名はどの表記でも一致します（漢字・かな・ローマ字、姓名の順も問いません）。\
        一行に一つずつ入力してください。 <span class="en">Names match in any script and order;\
         one value a line. The same lookup as <code>shirabe subject</code>, with the same\
         identity correlation.</span></p>
        <form class="lookup" method="post" action="/lookup" autocomplete="off">
        <label for="name">氏名 <span class="en">Name</span></label>\
        <textarea id="name" name="name" rows="2"></textarea>
        <label for="email">メールアドレス <span class="en">Email</span></label>\
        <textarea id="email" name="email" rows="1"></textarea>
        <label for="phone">電話番号 <span class="en">Phone</span></label>\
        <textarea id="phone" name="phone" rows="1"></textarea>
        <label for="address">住所 <span class="en">Address</span></label>\
        <textarea id="address" name="address" rows="1"></textarea>
        <button type="submit" id="look-up">検索 Look up</button>
        </form>
        """;
  }
}
