package dev.shirabe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.pipeline.ScanOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thread benchmark scans with 1 and N threads and accounts for the CPU of each stage. */
class ThreadsBenchmarkTest {

  @TempDir Path dir;

  @Test
  void comparesOneThreadWithTwoAndCountsEachStagesCpu() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    // Each worker reports its own CPU as it ends, so even threads that live a few
    // milliseconds are counted (a sampler from outside read 0 for them on a fast machine).
    for (int i = 0; i < 6; i++) {
      Files.writeString(share.resolve("memo-" + i + ".txt"),
          "連絡先: taro" + i + "@example.co.jp\n".repeat(20_000), StandardCharsets.UTF_8);
    }
    ScanOptions options = ScanOptions.defaults();
    ThreadsBenchmark.Comparison c = new ThreadsBenchmark(new TikaExtractor(options.limits()),
        DetectorSet.standard().only(List.of("email")), Classifier.NONE, options, 1, 0)
        .compare(List.of(share), 2);

    assertEquals(1, c.one().threads());
    assertEquals(2, c.many().threads());
    for (ThreadsBenchmark.Result r : List.of(c.one(), c.many())) {
      assertEquals(6, r.files());
      assertTrue(r.findings() >= 6, r.toString());
      assertTrue(r.seconds() > 0 && r.cpuSeconds() > 0, r.toString());
      // Parsing in this process: extraction is the extraction threads' own CPU.
      assertTrue(r.analysisSeconds() > 0 && r.extractionSeconds() > 0, r.toString());
      assertTrue(r.analysisSeconds() + r.extractionSeconds() <= r.cpuSeconds() * 1.05,
          "the stages are part of the whole: " + r);
    }
    assertTrue(c.speedUp() > 0 && c.addedWork() > 0 && c.idealSpeedUp(2) > 0, c.toString());
    assertEquals(6, ThreadsBenchmark.describe(c, 2).size()); // a header, 2 rows, 3 ratios
  }

  @Test
  void countsTheCpuOfProcessesBelowThisOne() throws Exception {
    TreeCpu.Snapshot before = TreeCpu.now();
    // A child that works for a while, says so, and stays until its input closes.
    Process child = new ProcessBuilder("sh", "-c",
        "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; echo done; read x").start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("done", out.readLine());
      long below = TreeCpu.now().descendantsSince(before);
      assertTrue(below > 50_000_000L, "the child's CPU counted: " + below + " ns");
    } finally {
      child.getOutputStream().close();
      child.waitFor();
    }
  }
}
