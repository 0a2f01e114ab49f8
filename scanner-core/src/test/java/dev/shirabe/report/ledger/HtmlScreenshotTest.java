package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML ledger as a browser draws it: headless Chromium, offline, takes a screenshot, in
 * which the inline styles must show (the header row's and the no-purpose group's colours).
 * Runs only where {@code /usr/bin/chromium} is installed; the structure test covers the rest.
 */
@EnabledIf("chromiumInstalled")
class HtmlScreenshotTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  static boolean chromiumInstalled() {
    return Files.isExecutable(CHROMIUM);
  }

  @Test
  void theLedgerPageIsDrawnWithItsStyles() throws Exception {
    Path share = SmallShare.write(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    SmallShare.scan(share, index);
    Ledger ledger = SmallShare.holdings(index, List.of()).ledger(Instant.EPOCH);
    Path page = dir.resolve("ledger.html");
    try (OutputStream out = Files.newOutputStream(page)) {
      ReportFormat.HTML.write(ledger, out, ZoneId.of("Asia/Tokyo"));
    }
    Path png = dir.resolve("ledger.png");
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1600,1800", "--screenshot=" + png, page.toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    try {
      assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    } finally {
      chromium.destroyForcibly(); // a browser that hangs is not left running
    }
    assertEquals(0, chromium.exitValue(), () -> read(dir.resolve("chromium.log")));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1600, image.getWidth());
    long header = count(image, 0xE8EEF5);
    long noPurpose = count(image, 0xFDECEA);
    assertTrue(header > 1600 * 20, "the header row's background: " + header + " pixels");
    assertTrue(noPurpose > 1600 * 10, "the no-purpose group's background: " + noPurpose);
    assertTrue(count(image, 0xFFFFFF) < (long) image.getWidth() * image.getHeight(),
        "something drawn");
  }

  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
