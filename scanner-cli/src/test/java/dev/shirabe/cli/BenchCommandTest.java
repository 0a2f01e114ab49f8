package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

  /** The folder the hostile corpus mutates: small, so that generating it takes a moment. */
  private static final String SOURCE = HostileScanTest.repository().resolve("test-corpus").toString();

  @Test
  void eachBenchmarkIsASubCommandWithOnlyItsOwnOptions() {
    StringWriter out = new StringWriter();
    assertEquals(0, Cli.run(new StringWriter(), out, "bench", "--help"));
    for (String sub : List.of("throughput", "detection", "lookup", "rescan", "hostile", "ocr")) {
      assertTrue(out.toString().contains("  " + sub + " "), out.toString());
    }
    assertFalse(out.toString().contains("--hostile"), "the deprecated flags are hidden");

    StringWriter lookup = new StringWriter();
    assertEquals(0, Cli.run(new StringWriter(), lookup, "bench", "lookup", "--help"));
    assertTrue(lookup.toString().contains("--findings"), lookup.toString());
    for (String other : List.of("--rounds", "--count", "--files", "--threads", "--policy")) {
      assertFalse(lookup.toString().contains(other), other + " in bench lookup --help");
    }
    StringWriter hostile = new StringWriter();
    assertEquals(0, Cli.run(new StringWriter(), hostile, "bench", "hostile", "--help"));
    assertTrue(hostile.toString().contains("--bomb-size"), hostile.toString());
    assertFalse(hostile.toString().contains("--findings"), hostile.toString());
    assertFalse(hostile.toString().contains("With --hostile"), hostile.toString());
  }

  @Test
  void aUsageErrorIsOneLineAndTheSubCommandsHelp() {
    StringWriter err = new StringWriter();
    assertEquals(2, Cli.run(err, "bench", "rescan", "--files", "0"));
    assertEquals(List.of("shirabe bench rescan: --files and --rows must be at least 1",
        "see `shirabe bench rescan --help`"), err.toString().lines().toList());

    StringWriter unknown = new StringWriter();
    assertEquals(2, Cli.run(unknown, "bench", "lookup", "--count", "3"));
    List<String> lines = unknown.toString().lines().toList();
    assertEquals(2, lines.size(), unknown.toString());
    assertTrue(lines.get(0).startsWith("shirabe bench lookup: Unknown option"), lines.get(0));
    assertEquals("see `shirabe bench lookup --help`", lines.get(1));
  }

  @Test
  void benchAloneAsksForABenchmark() {
    StringWriter err = new StringWriter();
    assertEquals(2, Cli.run(err, "bench"));
    assertTrue(err.toString().startsWith("shirabe bench: Missing a benchmark: throughput,"),
        err.toString());
  }

  @Test
  void theOldFlagsRunTheSubCommandWithANotice() {
    StringWriter err = new StringWriter();
    assertEquals(2, Cli.run(err, "bench", "--rescan", "--files", "0", "--rows", "2"));
    assertEquals(List.of(
        "shirabe: `bench --rescan` is deprecated and goes in the next release;"
            + " use `shirabe bench rescan`",
        "shirabe bench rescan: --files and --rows must be at least 1",
        "see `shirabe bench rescan --help`"), err.toString().lines().toList());

    StringWriter path = new StringWriter();
    assertEquals(2, Cli.run(path, "bench", "no-such-folder", "--rounds", "1"));
    assertEquals(List.of(
        "shirabe: `bench PATH` is deprecated and goes in the next release;"
            + " use `shirabe bench throughput PATH`",
        "shirabe bench throughput: No such file or folder: no-such-folder",
        "see `shirabe bench throughput --help`"), path.toString().lines().toList());

    StringWriter two = new StringWriter();
    assertEquals(2, Cli.run(two, "bench", "--lookup", "--hostile"));
    assertTrue(two.toString().startsWith("shirabe bench: give one benchmark"), two.toString());
  }

  /** The form .ci/run used: the deprecated one and the sub-command make the same corpus. */
  @Test
  void theOldHostileFormStillWorks(@TempDir Path dir) throws IOException {
    String[] sizes = {"--count", "2", "--bomb-size", "1MB", "--pdf-size", "1MB", SOURCE};
    StringWriter oldErr = new StringWriter();
    StringWriter oldOut = new StringWriter();
    assertEquals(0, Cli.run(oldErr, oldOut, concat(new String[] {"bench", "--hostile",
        "--generate-only", dir.resolve("old").toString()}, sizes)), oldErr.toString());
    assertEquals(List.of("shirabe: `bench --hostile` is deprecated and goes in the next release;"
        + " use `shirabe bench hostile`"), oldErr.toString().lines().toList());

    StringWriter newErr = new StringWriter();
    StringWriter newOut = new StringWriter();
    assertEquals(0, Cli.run(newErr, newOut, concat(new String[] {"bench", "hostile",
        "--generate-only", dir.resolve("new").toString()}, sizes)), newErr.toString());
    assertEquals("", newErr.toString());

    assertTrue(oldOut.toString().contains("files and special files in"), oldOut.toString());
    assertEquals(oldOut.toString().replace(dir.resolve("old").toString(), "DIR"),
        newOut.toString().replace(dir.resolve("new").toString(), "DIR"));
    assertArrayEquals(
        Files.readAllLines(dir.resolve("old/MANIFEST.tsv")).stream()
            .map(l -> l.replace(dir.resolve("old").toString(), "DIR")).toArray(),
        Files.readAllLines(dir.resolve("new/MANIFEST.tsv")).stream()
            .map(l -> l.replace(dir.resolve("new").toString(), "DIR")).toArray());
  }

  @Test
  void benchOcrWritesTheScannedPaperAndItsGoldLabels(@TempDir Path dir) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !dev.shirabe.evaluation.ScannedPaper.installedFonts().isEmpty(),
        "no Japanese font (fonts-ipafont-*)");
    StringWriter err = new StringWriter();
    Path set = dir.resolve("set");
    assertEquals(0, Cli.run(err, new StringWriter(), "bench", "ocr", "--count", "3",
        "--generate-only", "--keep", set.toString()), err.toString());
    assertTrue(Files.exists(set.resolve("01_form_150dpi.png")));
    assertTrue(Files.exists(set.resolve("02_form_300dpi.png")));
    assertTrue(Files.exists(set.resolve("03_card_150dpi.pdf")));
    List<String> gold = Files.readAllLines(set.resolve("gold.jsonl"));
    assertEquals(3, gold.size());
    assertTrue(gold.get(2).contains("\"type\":\"EMAIL\""), gold.get(2));
    assertEquals(2, Cli.run(new StringWriter(), new StringWriter(), "bench", "ocr",
        "--generate-only"), "--generate-only needs --keep");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
