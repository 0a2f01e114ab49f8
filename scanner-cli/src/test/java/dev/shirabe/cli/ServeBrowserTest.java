package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shirabe.web.ServeFixture;
import dev.shirabe.web.WebServer;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import picocli.CommandLine;

/**
 * {@code shirabe serve} in a real browser: Debian's headless Chromium driven by Selenium
 * through Debian's chromedriver, over an inventory a scan wrote. A lookup and the ledger are
 * driven and read, a request without the token is refused, and screenshots at 1280 px are
 * kept in {@code target/serve-screenshots/}. Skipped, with a message, where Chromium or its
 * driver is not installed ({@code apt-get install chromium chromium-driver}); nothing is ever
 * downloaded (the driver's path is set, so Selenium Manager is not used).
 */
class ServeBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "serve-screenshots");
  private static final int WIDTH = 1280;
  private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(30);

  @TempDir static Path dir;

  private static CompletableFuture<WebServer> started;
  private static CompletableFuture<Integer> exit;
  private static ChromeDriver browser;
  private static StringWriter out = new StringWriter();
  private static Path index;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "ServeBrowserTest skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM
            + ", " + DRIVER + "); apt-get install chromium chromium-driver");
    index = ServeFixture.scan(dir);
    CommandLine cli = Main.commandLine();
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(new StringWriter(), true));
    started = new CompletableFuture<>();
    ((ServeCommand) cli.getSubcommands().get("serve").getCommand()).started = started::complete;
    exit = CompletableFuture.supplyAsync(() -> cli.execute("serve", "--index", index.toString(),
        "--key-file", dir.resolve("inventory.key").toString(), "--port", "0"));
    started.get(30, TimeUnit.SECONDS);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--window-size=" + WIDTH + ",900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    // A click that posts a form returns before the answer is drawn (on a loaded machine the
    // next findElements saw the form again): look-ups wait for what they look for.
    browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (started != null && started.isDone()) {
      started.get().close();
      assertEquals(0, exit.get(30, TimeUnit.SECONDS), "serve exits 0 when stopped");
    }
  }

  private static WebServer server() throws Exception {
    return started.get();
  }

  @Test
  void aLookupAndTheLedgerInChromium() throws Exception {
    WebServer server = server();
    assertTrue(out.toString().contains(server.url().toString()), "the address printed: " + out);

    // Without the token: refused, in the browser as over plain HTTP.
    browser.get(server.base().toString());
    assertTrue(browser.findElement(By.tagName("body")).getText().contains("access token"),
        browser.getPageSource());
    HttpResponse<String> none = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.base().resolve("/ledger")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(401, none.statusCode());

    // With it: the cookie is set, and the address bar loses the token.
    browser.get(server.url().toString());
    assertEquals(server.base().toString(), browser.getCurrentUrl());
    Cookie cookie = browser.manage().getCookieNamed("shirabe-" + server.port());
    assertNotNull(cookie);
    assertTrue(cookie.isHttpOnly());
    assertEquals("Strict", cookie.getSameSite());
    String navColour = browser.findElement(By.cssSelector("nav.site")).getCssValue("background-color");
    assertTrue(navColour.matches("rgba?\\(36, 59, 85(, 1)?\\)"),
        "the inline style applies under the policy: " + navColour);
    assertTrue(browser.findElement(By.id("summary")).getText()
        .startsWith("ファイル Files\n" + ServeFixture.FILES),
        "files held: " + browser.findElement(By.id("summary")).getText());
    fitsTheWindow("home");
    screenshot("home");

    // A lookup, typed into the form and posted.
    browser.findElement(By.cssSelector("nav.site a[href='/lookup']")).click();
    browser.findElement(By.id("name")).sendKeys("Taro Yamada");
    browser.findElement(By.id("look-up")).click();
    assertEquals(server.base().resolve("/lookup").toString(), browser.getCurrentUrl(),
        "posted: no criterion in the address");
    var places = browser.findElements(By.cssSelector("#places tr.place"));
    assertEquals(2, places.size(), browser.getPageSource());
    String text = browser.findElement(By.tagName("body")).getText();
    assertTrue(text.contains("顧客名簿.csv") && text.contains("メモ.txt"), text);
    for (String raw : ServeFixture.RAW) {
      assertFalse(browser.getPageSource().contains(raw), raw);
    }
    assertFalse(browser.getPageSource().contains("Taro Yamada"), "the request is masked");
    fitsTheWindow("subject");
    screenshot("subject");
    // A place links to its file's findings.
    places.get(0).findElement(By.cssSelector("a")).click();
    assertTrue(browser.findElements(By.cssSelector("tr.finding")).size() > 0);

    // The ledger, from the navigation.
    browser.findElement(By.cssSelector("nav.site a[href='/ledger']")).click();
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("個人情報管理台帳"));
    assertTrue(browser.findElements(By.cssSelector("tr.entry")).size() >= 2,
        browser.getPageSource());
    assertTrue(browser.findElement(By.tagName("body")).getText().contains("顧客"));
    fitsTheWindow("ledger");
    readableColumns("ledger");
    screenshot("ledger");
    browser.manage().window().setSize(new Dimension(1920, 900));
    fitsTheWindow("ledger at 1920 px");
    browser.manage().window().setSize(new Dimension(WIDTH, 900));

    // The retention report, from the navigation: the retirees kept past five years.
    browser.findElement(By.cssSelector("nav.site a[href='/retention']")).click();
    assertTrue(browser.findElement(By.tagName("h1")).getText().contains("保管期間を過ぎた個人情報"));
    var overdue = browser.findElements(By.cssSelector("tr.entry"));
    assertEquals(1, overdue.size(), browser.getPageSource());
    assertTrue(overdue.get(0).getText().contains("2017-03-31"), overdue.get(0).getText());
    fitsTheWindow("retention");
    readableColumns("retention");
    screenshot("retention");

    // A file with a hostile name, shown as text and run as nothing.
    browser.findElement(By.cssSelector("nav.site a[href='/findings']")).click();
    browser.findElement(By.cssSelector("#by-type a[href='/findings?type=EMAIL']")).click();
    assertTrue(browser.findElement(By.tagName("body")).getText()
        .contains(ServeFixture.HOSTILE_NAME));
    assertEquals(Boolean.FALSE, ((JavascriptExecutor) browser).executeScript(
        "return typeof window.alertCalled !== 'undefined'"));
    screenshot("findings");
  }

  /**
   * The ledger report as {@code report ledger --format html} writes it, with every column of a
   * JIS Q 15001 ledger filled (joint use, contractors, provision, sources, department) and the
   * customers' eight purposes: no wider than a 1280-px window, the purposes told once in the
   * legend, not in every row.
   */
  @Test
  void theLedgerReportWithEveryColumnFits1280Pixels() throws Exception {
    Path work = Files.createDirectories(dir.resolve("handling"));
    Path index = HandlingShare.scan(work);
    Path page = work.resolve("ledger.html");
    assertEquals(1, Cli.run(new StringWriter(), "report", "ledger", "--index", index.toString(),
        "--policy", HandlingShare.policy(work).toString(), "--format", "html", "-o",
        page.toString()));
    Files.copy(page, SHOTS.resolve("ledger-report.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(WIDTH, 900));
    browser.get(page.toUri().toString());
    assertTrue(browser.findElements(By.cssSelector("tr.entry")).size() >= 4,
        browser.getPageSource());
    for (String column : java.util.List.of("source", "retention", "contractors", "joint_use",
        "provisions", "department")) {
      assertFalse(browser.findElements(By.cssSelector("th[data-column=" + column + "]"))
          .isEmpty(), column);
    }
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long window = ((Number) js.executeScript("return window.innerWidth")).longValue();
    assertEquals(WIDTH, window, "a 1280-px window");
    long scroll = ((Number) js.executeScript(
        "return document.documentElement.scrollWidth")).longValue();
    assertTrue(scroll <= WIDTH, "the ledger report is " + scroll + " px wide");
    fitsTheWindow("ledger report");
    // Each purpose's text once, in the legend; the rows name purposes by id.
    assertEquals(0, countNow(By.cssSelector("td[data-column=purpose_labels]")));
    var purposes = browser.findElements(By.cssSelector("section[data-legend=purposes] dt"));
    assertTrue(purposes.size() >= 8, "the customers' purposes in the legend");
    Set<String> named = new HashSet<>();
    purposes.forEach(p -> named.add(p.getText()));
    assertEquals(purposes.size(), named.size(), "each purpose once");
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve("ledger-report.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theSubjectReportFileFitsTheWindow() throws Exception {
    // The disclosure report as `subject --format html` writes it, opened from disk.
    Path report = dir.resolve("開示_山田.html");
    StringWriter err = new StringWriter();
    assertEquals(1, Cli.run(err, "subject", "--name", "山田 太郎", "--index", index.toString(),
        "--key-file", dir.resolve("inventory.key").toString(), "--format", "html", "-o",
        report.toString()), err::toString);
    browser.get(report.toUri().toString());
    assertEquals(2, browser.findElements(By.cssSelector("#places tr.place")).size(),
        browser.getPageSource());
    fitsTheWindow("subject report file");
    screenshot("subject-report", false);
  }

  /**
   * How many elements match on the page as loaded, without the implicit wait: asking for
   * something that must be absent waited the whole 30 s (most of this class's time) before
   * answering none.
   */
  private static int countNow(By by) {
    browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return browser.findElements(by).size();
    } finally {
      browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
    }
  }

  /** No horizontal scroll bar: the page is no wider than the window. */
  private static void fitsTheWindow(String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
    long client = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
    assertTrue(scroll <= client, page + " is " + scroll + " px wide in a " + client + " px window");
  }

  /**
   * A report's table squeezed into the window stays legible: no column narrower than a
   * heading of three characters (the ledger's empty 方針にない種類 column was one character
   * wide, its heading one character a line), and no date broken across lines (2017-03-31 was
   * drawn as "2017-03-" over "31").
   */
  private static void readableColumns(String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    Number narrowest = (Number) js.executeScript("return Math.min(...[...document"
        + ".querySelectorAll('table thead th')].map(th => th.getBoundingClientRect().width))");
    double em = ((Number) js.executeScript("return parseFloat(getComputedStyle("
        + "document.querySelector('table thead th')).fontSize)")).doubleValue();
    assertTrue(narrowest.doubleValue() >= 3.5 * em,
        page + ": a column " + narrowest + " px wide (1 em = " + em + " px)");
    Object broken = js.executeScript("""
        const out = [];
        for (const td of document.querySelectorAll('table td')) {
          const text = td.firstChild;
          if (!text || text.nodeType !== 3 || !/^\\d{4}-\\d{2}-\\d{2}/.test(text.data)) continue;
          const r = document.createRange();
          r.setStart(text, 0);
          r.setEnd(text, 10);
          const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
          if (tops.size > 1) out.push(text.data);
        }
        return out.join(', ');""");
    assertEquals("", broken, page + ": dates broken across lines");
  }

  /** A screenshot of the whole page at 1280 px, checked to be a picture of something. */
  private static void screenshot(String name) throws Exception {
    screenshot(name, true);
  }

  /** As {@link #screenshot(String)}; {@code nav}: the page is served, with the site's bar. */
  private static void screenshot(String name, boolean nav) throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // The window as tall as the page (the browser's frame added): the whole page in one shot.
    long height = ((Number) js.executeScript("return document.documentElement.scrollHeight"
        + " + window.outerHeight - window.innerHeight")).longValue();
    browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, 6000)));
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path png = SHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), png, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    browser.manage().window().setSize(new Dimension(WIDTH, 900));
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, png + " is a PNG");
    assertEquals(WIDTH, image.getWidth(), png.toString());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertTrue(colours.size() > 20, png + " holds " + colours.size() + " colours: blank?");
    if (nav) {
      assertTrue(colours.contains(0x243B55), png + ": the navigation bar is drawn");
    }
  }
}
