package dev.shirabe.bench;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.pipeline.ProcessCpu;
import dev.shirabe.report.ledger.Holdings;
import dev.shirabe.report.ledger.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code shirabe report ledger} and {@code report unpurposed} cost over one inventory,
 * apart from the JVM's start: reading and grouping what the inventory holds ({@link
 * Holdings#read}, the same for both reports), then building each report and writing it in
 * each format to a stream that counts and drops the bytes. One thread, as the command runs;
 * wall and CPU time, medians over the rounds.
 */
public final class ReportBenchmark {

  /**
   * @param what "read", or the report and format ("ledger html")
   * @param wallMillis median wall time
   * @param cpuMillis median CPU time of the thread
   * @param firstCpuMillis CPU time of the first round (what one command run pays, cold)
   * @param processCpuMillis median CPU time of the whole process (the garbage collector's
   *     threads too), or negative when the JVM does not tell
   * @param bytes what the step wrote (0 for the read)
   */
  public record Step(String what, double wallMillis, double cpuMillis, double firstCpuMillis,
      double processCpuMillis, long bytes) {}

  /**
   * @param findings findings the inventory holds
   * @param ledgerRows rows of the ledger
   * @param unpurposedRows rows of the no-purpose report
   */
  public record Result(long findings, int ledgerRows, int unpurposedRows, List<Step> steps) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Policy policy;
  private final int rounds;

  public ReportBenchmark(Policy policy, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1");
    }
    this.policy = policy;
    this.rounds = rounds;
  }

  /** Times the reports over the whole inventory in {@code index}. */
  public Result run(Path index) throws IOException {
    List<Step> steps = new ArrayList<>();
    Holdings[] holdings = new Holdings[1];
    long findings;
    try (InventorySearcher inventory = InventorySearcher.open(index)) {
      findings = inventory.findingCount();
      steps.add(time("read", () -> {
        holdings[0] = Holdings.read(inventory, List.of(), policy);
        return 0;
      }));
    }
    ZoneId zone = ZoneId.systemDefault();
    int ledgerRows = holdings[0].ledger(Instant.now()).entries().size();
    int unpurposedRows = holdings[0].unpurposed(Instant.now()).entries().size();
    for (ReportFormat format : ReportFormat.values()) {
      String name = format.name().toLowerCase(java.util.Locale.ROOT);
      steps.add(time("ledger " + name, () -> {
        Counting out = new Counting();
        format.write(holdings[0].ledger(Instant.now()), out, zone);
        return out.bytes;
      }));
      steps.add(time("unpurposed " + name, () -> {
        Counting out = new Counting();
        format.write(holdings[0].unpurposed(Instant.now()), out, zone);
        return out.bytes;
      }));
    }
    return new Result(findings, ledgerRows, unpurposedRows, steps);
  }

  private interface Work {
    long run() throws IOException;
  }

  private Step time(String what, Work work) throws IOException {
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    double[] process = new double[rounds];
    long bytes = 0;
    for (int r = 0; r < rounds; r++) {
      long process0 = ProcessCpu.nanos();
      long cpu0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      bytes = work.run();
      wall[r] = (System.nanoTime() - t0) / 1e6;
      cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
      process[r] = process0 < 0 ? -1 : (ProcessCpu.nanos() - process0) / 1e6;
    }
    return new Step(what, median(wall), median(cpu), cpu[0], median(process), bytes);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** Counts what is written and keeps nothing. */
  private static final class Counting extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
