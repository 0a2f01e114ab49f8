package dev.shirabe.spark;

import dev.shirabe.report.SafeText;
import dev.shirabe.report.SummaryLine;
import dev.shirabe.scan.ReadOptions;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code shirabe-spark PATH... --index DIR --key-file FILE}: the scan as a Spark job. */
@Command(
    name = "shirabe-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Scans files for personal data as a Spark job, into the same inventory `shirabe scan`"
          + " keeps: the driver lists PATH and plans (unchanged files are not read again, gone"
          + " files are removed), executors read the files to read and write one shard each,"
          + " the driver adds the shards to the inventory and prints the summary `scan` prints.",
      "PATH, the key file and --shard-dir must be at the same paths on the driver and every"
          + " executor. Run it with spark-submit (the cluster jar), or with the ./shirabe-spark"
          + " launcher on a local master.",
      "",
      "Files are read as `shirabe scan` reads them, with its options and limits: in isolated"
          + " extraction processes, a pool in each executor JVM (at most one per task it runs at"
          + " once; JVM options: the driver's SHIRABE_EXTRACT_JAVA_OPTS, default heap 256 MB"
          + " each). A parser that hangs, runs out of memory or crashes costs its file,"
          + " recorded with the reason, and the job goes on.",
      "",
      "Exit codes: 0 nothing found; 1 personal data found; 2 usage or fatal error (the job"
          + " failed: nothing of it is added to the inventory); 3 with --fail-on-unread only:"
          + " finished, but some files or parts could not be read.",
    },
    sortOptions = false)
public final class ShirabeSpark implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or folders to scan (or --paths-from).")
  List<Path> paths = List.of();

  @Option(names = "--paths-from", paramLabel = "FILE",
      description = "Also scan the files and folders listed in FILE, one path per line (UTF-8;"
          + " blank lines and lines starting with # are ignored; - reads standard input): a"
          + " list the share's own tools made. A path not listed is neither read nor removed"
          + " from the inventory.")
  String pathsFrom;

  @Mixin ReadArguments read;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "Classify by this policy file instead of the default policy; it must be at"
          + " the same path on every executor (each checks it is the driver's).")
  Path policy;

  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The inventory (created when missing), as for `shirabe scan --index`.")
  Path index;

  @Option(names = "--key-file", required = true, paramLabel = "FILE",
      description = "The inventory's key (created on the driver when missing); executors read"
          + " it at the same path and never create it.")
  Path keyFile;

  @Option(names = "--master", paramLabel = "URL",
      description = "The Spark master (default: spark-submit's, else local[*]).")
  String master;

  @Option(names = "--tasks", paramLabel = "N",
      description = "Tasks to spread the reading over, one shard each (default: 2 per"
          + " executor core).")
  Integer tasks;

  @Option(names = "--shard-dir", paramLabel = "DIR",
      description = "Where tasks write their shards: a folder the driver and every executor"
          + " reach (default: beside the inventory, enough on a local master).")
  Path shardDir;

  @Option(names = "--full", description = "Read every file, changed or not.")
  boolean full;

  @Option(names = "--fail-on-unread",
      description = "Exit 3 instead of 0 or 1 when some files or parts could not be read, as"
          + " `shirabe scan --fail-on-unread`.")
  boolean failOnUnread;

  @Option(names = "--store-excerpts",
      description = "Keep the text around each finding in the inventory (as `scan`).")
  boolean storeExcerpts;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** A Spark context to run in instead of one of its own (tests: Spark starts in seconds). */
  private JavaSparkContext given;

  /** Runs the command; the exit code. */
  static int execute(String... args) {
    return execute(null, args);
  }

  /**
   * Runs the command in {@code spark}, which it leaves open ({@code --master} is then not
   * used), or in a context of its own when null; the exit code.
   */
  static int execute(JavaSparkContext spark, String... args) {
    ShirabeSpark command = new ShirabeSpark();
    command.given = spark;
    return new CommandLine(command)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("shirabe-spark: " + SafeText.escape(String.valueOf(e.getMessage())));
          return 2;
        })
        .execute(args);
  }

  @Override
  public Integer call() throws Exception {
    List<Path> roots = new ArrayList<>(paths);
    if (pathsFrom != null) {
      roots.addAll(PathList.read(pathsFrom));
    }
    if (roots.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing PATH: name files or folders to scan, or --paths-from FILE");
    }
    for (Path p : roots) {
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such file or folder: " + p);
      }
    }
    ReadOptions chosen = read.readOptions(System.getenv());
    try {
      chosen.scanOptions(1); // a value out of range stops here, before Spark starts
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (policy != null) {
      Engine.policy(policy.toString()); // a malformed policy stops here, before Spark starts
    }
    if (given != null) {
      return run(given, roots, chosen);
    }
    try (JavaSparkContext spark = new JavaSparkContext(conf(master))) {
      return run(spark, roots, chosen);
    }
  }

  private int run(JavaSparkContext spark, List<Path> roots, ReadOptions chosen)
      throws Exception {
    int n = tasks != null ? tasks : 2 * spark.defaultParallelism();
    SparkScan.Result result = SparkScan.run(spark,
        new SparkScan.Request(roots, index, keyFile, n, shardDir, full, storeExcerpts, policy,
            chosen));
    result.warnings().forEach(w -> System.err.println("shirabe: warning: " + SafeText.escape(w)));
    System.err.println(SummaryLine.of(result.summary()));
    return exitCode(result.summary(), failOnUnread);
  }

  /** The exit code {@code scan} gives for the summary (DESIGN.md). */
  static int exitCode(ScanSummary summary, boolean failOnUnread) {
    if (failOnUnread && summary.problems() > 0) {
      return 3;
    }
    return summary.findings() > 0 ? 1 : 0;
  }

  /** The job's configuration; a local master gets no web UI and binds to the loopback only. */
  static SparkConf conf(String master) {
    SparkConf conf = new SparkConf().setAppName("shirabe");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }
}
