package dev.shirabe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.PartSink;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throughput benchmark warms up as many rounds as asked, not only for its 3 s. */
class ThroughputBenchmarkTest {

  @TempDir Path dir;

  /** An extractor as slow as a cold process: a second a file. */
  private static final class Slow implements Extractor {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void extract(SourceItem item, PartSink sink) throws InterruptedException {
      calls.incrementAndGet();
      Thread.sleep(1000);
      sink.part(new Part("", "mail: taro@example.co.jp", Map.of()));
    }
  }

  @Test
  void warmsUpAtLeastTheRoundsAskedForBeyondTheWarmUpTime() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("memo.txt"), "mail: taro@example.co.jp");
    Slow inProcess = new Slow();
    Slow isolated = new Slow();
    // A round takes 4 s (4 passes of 1 s), past the 3 s warm-up time after the first.
    List<ThroughputBenchmark.Result> results = new ThroughputBenchmark(inProcess, isolated,
        DetectorSet.standard().only(List.of("email")), Classifier.NONE, ScanOptions.defaults(), 1)
        .warmUpRounds(3)
        .compare(List.of(share), 1);
    assertEquals(4, results.size());
    // 3 warm-up rounds and 1 measured: isolated extraction and the scan read through it.
    assertEquals(2 * (3 + 1), isolated.calls.get());
    assertEquals(2 * (3 + 1), inProcess.calls.get(), "extract and scan-in");
    assertTrue(results.get(1).seconds() >= 1.0, results.toString());
  }
}
