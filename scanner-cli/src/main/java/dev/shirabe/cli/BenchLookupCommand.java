package dev.shirabe.cli;

import dev.shirabe.bench.LookupBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shirabe bench lookup}: subject lookups on a synthetic inventory. */
@Command(
    name = "lookup",
    mixinStandardHelpOptions = true,
    description = {
      "Measures subject lookups: builds a temporary inventory of synthetic findings, then times"
          + " lookups by name variants, email and phone (first, median, p95, max) and reports"
          + " the peak heap. Takes no PATH.",
    },
    sortOptions = false)
final class BenchLookupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--findings", paramLabel = "N", defaultValue = "100000",
      description = "Findings in the inventory (default: ${DEFAULT-VALUE}).")
  int findings;

  @Option(names = "--lookups", paramLabel = "N", defaultValue = "300",
      description = "Timed lookups (default: ${DEFAULT-VALUE}).")
  int lookups;

  @Option(names = "--rows-per-list", paramLabel = "N", defaultValue = "20",
      description = "People per synthetic list (one file, one part; default: ${DEFAULT-VALUE}).")
  int rowsPerList;

  @Override
  public Integer call() throws IOException {
    LookupBenchmark bench;
    try {
      bench = new LookupBenchmark(findings, lookups, 42, rowsPerList);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path folder = Files.createTempDirectory("shirabe-lookup-bench");
    try {
      LookupBenchmark.Result r = bench.run(folder.resolve("inventory"));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "inventory: %d findings in %d files, built in %.1f s, %.1f MB on disk%n",
          r.findings(), r.files(), r.buildSeconds(), r.indexBytes() / 1048576.0);
      out.printf(Locale.ROOT, "query analyser start (name dictionaries, Kuromoji): %.0f ms%n",
          r.analyserStartMillis());
      out.printf(Locale.ROOT, "first lookup: %.1f ms (index just opened); after reopening: %.1f ms%n",
          r.firstMillis(), r.reopenedFirstMillis());
      out.printf(Locale.ROOT, "%d lookups (name in kanji, kana, romaji; email; phone; name+email):"
          + " median %.1f ms, p95 %.1f ms, max %.1f ms; %.1f places each%n",
          r.lookups(), r.medianMillis(), r.p95Millis(), r.maxMillis(), r.placesPerLookup());
      out.printf(Locale.ROOT, "CPU time of the lookup thread (what the machine's load does not inflate):"
          + " median %.1f ms, p95 %.1f ms%n", r.medianCpuMillis(), r.p95CpuMillis());
      StringBuilder kinds = new StringBuilder("median by criterion:");
      for (int k = 0; k < r.kinds().size(); k++) {
        kinds.append(String.format(Locale.ROOT, " %s %.1f ms;", r.kinds().get(k), r.medianMillisPerKind()[k]));
      }
      out.println(kinds.substring(0, kinds.length() - 1));
      BenchCommand.printHeap(out, r.peakHeapMegabytes());
      out.flush();
    } finally {
      try (Stream<Path> all = Files.walk(folder)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Main.NOTHING_FOUND;
  }
}
