package dev.shirabe.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.cli.hostile.Manifest.Entry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileCorpusTest {

  /** Tiny sizes: the generator's behaviour, not its scale. */
  static final HostileCorpus.Sizes TINY = new HostileCorpus.Sizes(
      12, 3L << 20, 64L << 10, 500, 500, 50, 7, 4, 4, 2, 4);

  static List<Path> sources() {
    String root = System.getProperty("shirabe.root");
    Path repo = Path.of(root != null ? root : "..").toAbsolutePath().normalize();
    return List.of(repo.resolve("test-corpus"));
  }

  /** Made in the same folder, since the XXE files name the canary beside it by absolute path. */
  @Test
  void theSameSeedMakesTheSameBytesAndAnotherSeedOthers(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    new HostileCorpus(7, TINY, sources()).generate(out);
    String first = HostileCorpus.digest(out);
    HostileBench.delete(out);
    new HostileCorpus(7, TINY, sources()).generate(out);
    assertEquals(first, HostileCorpus.digest(out));
    HostileBench.delete(out);
    new HostileCorpus(8, TINY, sources()).generate(out);
    assertNotEquals(first, HostileCorpus.digest(out));
  }

  @Test
  void everyManifestEntryExistsAsItsKindAndTheOddNamesKeepTheirBytes(@TempDir Path dir)
      throws IOException {
    Manifest made = new HostileCorpus(1, TINY, sources()).generate(dir);
    Manifest read = Manifest.read(dir.resolve(Manifest.FILE_NAME));
    assertEquals(made.entries().size(), read.entries().size());
    for (int i = 0; i < made.entries().size(); i++) {
      assertArrayEquals(made.entries().get(i).path(), read.entries().get(i).path());
    }
    Path corpus = dir.resolve(HostileCorpus.CORPUS);
    long regularOnDisk;
    try (var walk = Files.walk(corpus)) {
      regularOnDisk = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
    }
    assertEquals(made.regularFiles(), regularOnDisk);
    for (Entry e : made.entries()) {
      if (!e.escaped().startsWith("special/")) {
        continue;
      }
      Path p = corpus.resolve(e.shown());
      switch (e.kind()) {
        case SYMLINK -> assertTrue(Files.isSymbolicLink(p), e.escaped());
        case FIFO, SOCKET -> assertTrue(Files.readAttributes(p,
            java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
            .isOther(), e.escaped());
        case FILE -> assertTrue(Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS), e.escaped());
        default -> throw new AssertionError(e.kind());
      }
    }
    // The two names that differ only in an invalid byte are two files on disk.
    List<String> bad = shellList(corpus.resolve("names"));
    assertTrue(bad.contains("bad-\\377.txt"), bad.toString());
    assertTrue(bad.contains("bad-\\376.txt"), bad.toString());
    assertTrue(bad.contains("esc-clear-\\033[2J.txt"), bad.toString());
  }

  /** The names as {@code ls -b} prints them: octal escapes for bytes Java cannot show. */
  private static List<String> shellList(Path folder) throws IOException {
    Process p = new ProcessBuilder("ls", "-b", folder.toString()).start();
    return List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .split("\n"));
  }

  @Test
  void bombsInflateToTheirStatedSizes(@TempDir Path dir) throws IOException {
    new HostileCorpus(1, TINY, sources()).generate(dir);
    Path bombs = dir.resolve(HostileCorpus.CORPUS).resolve("bombs");
    assertTrue(Files.size(bombs.resolve("zip-bomb-big-docx.zip")) < TINY.bombBytes() / 100);
    try (ZipInputStream zip =
        new ZipInputStream(Files.newInputStream(bombs.resolve("zip-bomb-big-docx.zip")))) {
      ZipEntry e = zip.getNextEntry();
      assertEquals("big.docx", e.getName());
      assertEquals(TINY.bombBytes(), drain(zip));
    }
    int depth = 0;
    byte[] zip = Files.readAllBytes(bombs.resolve("deep-zip-7.zip"));
    while (zip != null) {
      depth++;
      try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
        ZipEntry e = in.getNextEntry();
        zip = e.getName().endsWith(".zip") ? in.readAllBytes() : null;
      }
    }
    assertEquals(7, depth);
    byte[] pdf = Files.readAllBytes(bombs.resolve("huge-stream.pdf"));
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    int start = text.indexOf("stream\n") + "stream\n".length();
    try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(pdf, start,
        text.indexOf("\nendstream") - start))) {
      assertTrue(drain(in) >= TINY.pdfBytes());
    }
    String html = Files.readString(bombs.resolve("deep-divs.html"));
    assertEquals(TINY.htmlDepth(), html.split("<div>", -1).length - 1);
  }

  private static long drain(InputStream in) throws IOException {
    long n = 0;
    byte[] b = new byte[1 << 16];
    for (int r = in.read(b); r > 0; r = in.read(b)) {
      n += r;
    }
    return n;
  }

  @Test
  void manifestEscapingRoundTripsAnyBytes() {
    byte[] name = OddFiles.bytes("a\\b\t\n\u001b[2J\u202e名", 0xff, 0xe5, 0x90, "x");
    String escaped = Manifest.escape(name);
    assertFalse(escaped.chars().anyMatch(c -> c < 0x20 || c == 0x202e), escaped);
    assertEquals("a\\\\b\\u0009\\u000a\\u001b[2J\\u202e名\\xff\\xe5\\x90x", escaped);
    assertArrayEquals(name, Manifest.unescape(escaped));
  }

  @Test
  void silentFilesCountOnlyWhenTheScansCountsAgree(@TempDir Path dir) throws IOException {
    List<String> files = List.of("/c/a.txt", "/c/b.txt", "/c/empty.txt");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "{\"file\":\"/c/a.txt\",\"type\":\"EMAIL\"}\n"
        + "{\"record\":\"problem\",\"status\":\"failed\",\"file\":\"/c/b.txt\",\"part\":\"\","
        + "\"reason\":\"timeout after 30 s\"}\n");
    Accounting.Result agreed = Accounting.of(files, ScanOutput.read(out,
        "shirabe: 3 files, 2 parts, 1 findings (EMAIL 1), 1 files failed, 1 problems (1.0 s)\n"));
    assertTrue(agreed.complete());
    assertEquals(1, agreed.silentAccepted());

    Accounting.Result walkedFewer = Accounting.of(files, ScanOutput.read(out,
        "shirabe: 2 files, 2 parts, 1 findings (EMAIL 1), 1 files failed, 1 problems (1.0 s)\n"));
    assertEquals(List.of("/c/empty.txt"), walkedFewer.unaccounted());

    Accounting.Result failureWithoutRecord = Accounting.of(files, ScanOutput.read(out,
        "shirabe: 3 files, 2 parts, 1 findings (EMAIL 1), 2 files failed, 2 problems (1.0 s)\n"));
    assertEquals(List.of("/c/empty.txt"), failureWithoutRecord.unaccounted());

    assertFalse(Accounting.of(files, ScanOutput.read(out, "")).complete());
    assertEquals(java.util.Map.of("failed: timeout after N s", 1),
        Accounting.reasons(ScanOutput.read(out, "").problems()));
  }
}
