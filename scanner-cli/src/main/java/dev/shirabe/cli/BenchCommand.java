package dev.shirabe.cli;

import dev.shirabe.pipeline.PeakHeap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine;

/**
 * {@code shirabe bench}: the benchmarks, one sub-command each. The flags that chose a benchmark
 * before they were sub-commands ({@code bench PATH}, {@code bench --hostile ...}) still work for
 * one release: they run the sub-command with the remaining arguments and say so on stderr.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks: scan throughput, threads, detection speed, subject lookups, incremental"
          + " rescans, the hostile corpus and OCR. Nothing is printed about the files' contents.",
    },
    subcommands = {
      BenchThroughputCommand.class, BenchThreadsCommand.class, BenchDetectionCommand.class,
      BenchLookupCommand.class, BenchRescanCommand.class, BenchHostileCommand.class,
      BenchOcrCommand.class
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  // Deprecated: the sub-command named by the flag (throughput when none is given). Read from
  // the parse result, not these fields, so that a config file's default cannot pick one.
  @Option(names = "--detection", hidden = true) boolean detection;
  @Option(names = "--lookup", hidden = true) boolean lookup;
  @Option(names = "--rescan", hidden = true) boolean rescan;
  @Option(names = "--hostile", hidden = true) boolean hostile;

  /** The deprecated form's other arguments, passed on to the sub-command as they were given. */
  @Unmatched List<String> rest = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> flags = new ArrayList<>();
    for (String flag : new String[] {"detection", "lookup", "rescan", "hostile"}) {
      if (spec.commandLine().getParseResult().hasMatchedOption("--" + flag)) {
        flags.add(flag);
      }
    }
    if (flags.size() > 1) {
      throw new ParameterException(spec.commandLine(),
          "give one benchmark, not --" + String.join(" and --", flags) + " together");
    }
    if (flags.isEmpty() && rest.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing a benchmark: throughput, threads, detection, lookup, rescan, hostile or ocr.");
    }
    String name = flags.isEmpty() ? "throughput" : flags.get(0);
    String old = flags.isEmpty() ? "bench PATH" : "bench --" + name;
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "shirabe: `%s` is deprecated and goes in the next release;"
        + " use `shirabe bench %s`%n", old, name + (flags.isEmpty() ? " PATH" : ""));
    err.flush();
    return spec.subcommands().get(name).execute(rest.toArray(String[]::new));
  }

  /**
   * Makes {@code bench}'s sub-commands reject an unknown option again. Picocli copies the
   * parser's "unmatched arguments allowed", which the {@code @Unmatched} field above turns on,
   * from a command to its sub-commands: without this {@code bench lookup --bogus} would run.
   */
  static void rejectUnmatched(CommandLine bench) {
    for (CommandLine sub : bench.getSubcommands().values()) {
      sub.setUnmatchedArgumentsAllowed(false);
    }
  }

  /** The peak heap line every benchmark ends with. */
  static void printHeap(PrintWriter out, double peakMegabytes) {
    out.printf(Locale.ROOT, "peak heap used: %.0f MB (max %.0f MB)%n", peakMegabytes,
        PeakHeap.maxMegabytes());
  }
}
