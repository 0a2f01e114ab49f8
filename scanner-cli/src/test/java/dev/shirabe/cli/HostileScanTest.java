package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.cli.hostile.Accounting;
import dev.shirabe.cli.hostile.HostileBench;
import dev.shirabe.cli.hostile.HostileCorpus;
import dev.shirabe.cli.hostile.Manifest;
import dev.shirabe.cli.hostile.ScanOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The CI subset of the hostile corpus, scanned in-process through the command line. */
class HostileScanTest {

  private static Path work;
  private static Manifest manifest;
  private static Path corpus;
  private static List<String> regular;

  static Path repository() {
    String root = System.getProperty("shirabe.root");
    return Path.of(root != null ? root : "..").toAbsolutePath().normalize();
  }

  static List<Path> sources() {
    return HostileCorpus.defaultSources(repository()).stream().filter(Files::isDirectory).toList();
  }

  @BeforeAll
  static void generate() throws IOException {
    work = Files.createTempDirectory("shirabe-hostile-test").toRealPath();
    manifest = new HostileCorpus(42, HostileCorpus.Sizes.small(), sources())
        .generate(work.resolve("generated"));
    corpus = work.resolve("generated").resolve(HostileCorpus.CORPUS);
    regular = new ArrayList<>();
    try (var walk = Files.walk(corpus)) {
      walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> regular.add(dev.shirabe.source.PathIdentity.shown(p)));
    }
  }

  @AfterAll
  static void delete() throws IOException {
    HostileBench.delete(work);
  }

  @Test
  void smallHostileCorpusIsScannedToTheEndWithEveryFileAccountedForAndNothingLeaked()
      throws IOException {
    Path output = work.resolve("scan.json");
    StringWriter err = new StringWriter();
    int exit = Cli.run(err, "scan", corpus.toString(), "--format", "json", "--output",
        output.toString(), "--no-index", "--timeout", "60");

    assertEquals(Main.FOUND, exit, err.toString());
    assertEquals(manifest.regularFiles(), regular.size());
    ScanOutput result = ScanOutput.read(output, err.toString());
    Accounting.Result accounting = Accounting.of(regular, result);
    assertTrue(accounting.countsAgree(), accounting.countsExplanation());
    assertEquals(List.of(), accounting.unaccounted());
    assertTrue(accounting.withFindings() > 20, "findings in " + accounting.withFindings());
    assertFalse(Files.readString(output, StandardCharsets.UTF_8).contains("root:x:0:0"));
    assertFalse(err.toString().contains("root:x:0:0"));
    for (String file : result.findingsByFile().keySet()) {
      String relative = corpus.relativize(Path.of(file)).toString();
      assertFalse(HostileCorpus.mustFindNothing(relative), "data from outside read into " + file);
    }
    // A file read to its end yields the people in it: the CSV beside the bombs is not lost.
    assertTrue(result.findingsByFile().getOrDefault(corpus + "/bombs/people.csv", 0) >= 1000);
  }

  @Test
  void jsonlAloneAccountsForEveryRegularFileAndReportsSpecialFilesAsSkipped() throws IOException {
    Path output = work.resolve("scan.jsonl");
    StringWriter err = new StringWriter();
    int exit = Cli.run(err, "scan", corpus.toString(), "--format", "jsonl", "--output",
        output.toString(), "--no-index", "--timeout", "60");

    assertEquals(Main.FOUND, exit, err.toString());
    ScanOutput result = ScanOutput.read(output, err.toString());
    assertEquals(0, result.unreadableLines());
    Accounting.Result accounting = Accounting.of(regular, result);
    assertEquals(List.of(), accounting.unaccounted(), accounting.countsExplanation());
    StringWriter report = new StringWriter();
    int unmet = invokeExpectations(result, new PrintWriter(report));
    assertEquals(0, unmet, report.toString());
  }

  /** Minutes of work: run by hand with -Dshirabe.hostile.full=true, or `shirabe bench hostile`. */
  @Test
  @EnabledIfSystemProperty(named = "shirabe.hostile.full", matches = "true")
  void fullSizeBombsStayUnderOneGigabyteOfMemoryAndTempSpace() throws Exception {
    // The packaged way a user runs it: a child JVM at the launcher's default heap.
    StringWriter printed = new StringWriter();
    HostileBench.Outcome outcome = HostileBench.run(new HostileBench.Settings(42,
        HostileCorpus.Sizes.full().withMutations(100), sources(),
        HostileBench.javaCommand("-Xmx512m"), List.of(), Duration.ofMinutes(30), null),
        new PrintWriter(printed));

    assertTrue(outcome.ok(), printed.toString());
    assertTrue(outcome.peakRssBytes() < (1L << 30), printed.toString());
    assertTrue(outcome.peakTempBytes() < (1L << 30), printed.toString());
  }

  private static int invokeExpectations(ScanOutput result, PrintWriter out) {
    return HostileBench.expectations(manifest, corpus, result, out);
  }
}
