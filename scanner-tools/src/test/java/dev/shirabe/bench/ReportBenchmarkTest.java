package dev.shirabe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.SmallShare;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports' benchmark measures what the commands do: the read, then every format. */
class ReportBenchmarkTest {

  @TempDir Path dir;

  @Test
  void timesTheReadAndEachReportInEachFormat() throws Exception {
    Path share = SmallShare.write(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    SmallShare.scan(share, index);
    ReportBenchmark.Result r = new ReportBenchmark(Policy.defaults(), 2).run(index);

    Holdings holdings = SmallShare.holdings(index, List.of());
    assertEquals(holdings.ledger(Instant.EPOCH).entries().size(), r.ledgerRows());
    assertEquals(holdings.unpurposed(Instant.EPOCH).entries().size(), r.unpurposedRows());
    assertEquals(16, r.findings());
    assertEquals(List.of("read", "ledger table", "unpurposed table", "ledger jsonl",
            "unpurposed jsonl", "ledger csv", "unpurposed csv", "ledger html", "unpurposed html"),
        r.steps().stream().map(ReportBenchmark.Step::what).toList());
    for (ReportBenchmark.Step step : r.steps().subList(1, r.steps().size())) {
      assertTrue(step.bytes() > 100, step.toString());
      assertTrue(step.wallMillis() >= 0 && step.cpuMillis() >= 0, step.toString());
    }
  }
}
