package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.forked.EarlyProcess;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.report.FindingWriter;
import dev.shirabe.report.OutputFormat;
import dev.shirabe.report.ReportingListener;
import dev.shirabe.report.SafeText;
import dev.shirabe.scan.ReadOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shirabe scan PATH...}: find personal data in files and mail archives. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Scans files, mail archives (PST, MBOX, MSG, EML), their attachments and archive members"
          + " for personal data, and lists each finding with where it was found.",
      "Each finding is mapped to a data-subject category of the policy and its permitted"
          + " purposes (category, purposes, and the signals that decided them); data that maps"
          + " to none is held with no stated purpose.",
      "Values are masked unless --reveal is given. Files that cannot be read are listed and"
          + " do not stop the scan.",
      "",
      "The scan keeps an inventory (--index): a rescan reads only new and changed files and"
          + " reports the others from the inventory, so every run lists the whole of PATH."
          + " Files another version of Shirabe, another policy or other options analysed are"
          + " read again (counted as re-read)."
          + " A second scan while one runs on the same inventory exits 2.",
      "",
      "Files are parsed in an isolated extraction process, a parsing thread per thread"
          + " (JVM options: SHIRABE_EXTRACT_JAVA_OPTS, default heap 256 MB and 128 MB more per"
          + " more thread): a parser that hangs, runs out of memory or crashes costs its file,"
          + " recorded with the reason (the other files in flight are read again alone). Limits per"
          + " file: --max-file-size, --timeout, --max-depth, --max-entry-size (and 100 times"
          + " the file's size, at least that, for all its embedded documents together),"
          + " --max-temp-space; fixed: the text of one part is cut at "
          + ExtractionLimits.DEFAULT_PART_CHARS + " characters and a file's at "
          + ExtractionLimits.DEFAULT_FILE_CHARS + " (each cut is reported).",
      "",
      "Role mailboxes (info@, support@, jinji@) are reported as EMAIL with subtype role and"
          + " counted apart: they are not personal data.",
      "",
      "Exit codes: 0 nothing found; 1 personal data found; 2 usage or fatal error, including a"
          + " scan that could not finish (no extraction process starts, out of memory, the"
          + " inventory failed); 3 with --fail-on-unread only: finished, but some files or parts"
          + " could not be read (they are listed with their reasons in every format).",
    },
    sortOptions = false)
final class ScanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to scan. A"
      + " network share is scanned where it is mounted: smb://server/share, \\\\server\\share"
      + " and //server/share exit 2 with how to mount it.")
  List<Path> paths;

  @Mixin OutputOptions output;

  @Mixin SourceOptions source;

  @Mixin InventoryOptions inventory;

  @Mixin PolicyOptions policy;

  @Option(
      names = "--fail-on-unread",
      description = "Exit 3 instead of 0 or 1 when some files or parts could not be read, so"
          + " that a scheduled job can tell an incomplete inventory from a complete one.")
  boolean failOnUnread;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show how far the scan is on standard error: files done of files found,"
          + " findings, MB/s, elapsed time, and the time left once every file is found. Default:"
          + " a status line redrawn in place when standard error is a terminal, else a plain"
          + " line a minute (cron, journald); --progress redraws it even when it is not a"
          + " terminal, --no-progress shows nothing.")
  Boolean progress;

  /**
   * Starts a scan's first extraction process as {@code main} begins ({@link EarlyProcess}): it
   * boots beside the command line's parsing instead of after it. Not for {@code --in-process}
   * nor help; a process the scan then does not take (options from the config file) is killed
   * at exit.
   */
  static void startEarly(String[] args) {
    if (args.length == 0 || !args[0].equals("scan")) {
      return;
    }
    for (String arg : args) {
      if (List.of("--in-process", "--help", "-h", "--version", "-V").contains(arg)) {
        return;
      }
    }
    EarlyProcess.start(ReadOptions.extractJvmOptions(System.getenv()), threads(args));
  }

  /**
   * The threads the command line asks for, read before picocli does, for the early process's
   * parsing threads: the default when none is given or it cannot be read (the scan then starts
   * its own process, as for other options from the config file).
   */
  static int threads(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--threads=") ? args[i].substring("--threads=".length())
          : args[i].equals("--threads") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        try {
          return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
          break;
        }
      }
    }
    return ScanOptions.defaults().threads();
  }

  @Override
  public Integer call() throws Exception {
    Arguments.requireExisting(spec, paths);
    ReadOptions read = source.readOptions();
    try {
      read.scanOptions(source.threads()); // a value out of range is a usage error
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    // Shown first: loading the detectors and starting the extraction processes takes seconds.
    try (Progress shown = new Progress(Progress.mode(progress, Progress.stderrIsTerminal()),
        spec.commandLine().getErr(), System::nanoTime, Progress.terminalColumns(), paths.size())
        .start()) {
      return scan(read, shown);
    }
  }

  private int scan(ReadOptions read, Progress shown) throws Exception {
    // The local file system is the source (its patterns are checked here, before anything is
    // opened); the scanner plans, reads and keeps the inventory.
    Source files = new LocalSource(paths, read.include(), read.exclude());
    PrintWriter err = spec.commandLine().getErr();
    // The scanner makes the extractor first when it is built: the extraction process boots (a
    // JVM and Tika's parsers, the longest part of a short scan's start) while this one opens
    // the inventory, reads the policy and loads the detectors (the scanner's default).
    // The read options are the ones the Spark job takes too (ReadOptions).
    AtomicReference<Policy> chosen = new AtomicReference<>();
    Scanner.Builder scan = Scanner.builder()
        .read(read, source.threads(), SourceOptions.log(shown.err()))
        // Opened when built, before the output: a scan refused (another one is running)
        // leaves the output untouched.
        .inventory(() -> inventory.open(spec))
        .classifier(() -> {
          PolicyClassifier classifier = policy.classifier(spec); // a bad file: a usage error
          chosen.set(classifier.policy());
          return classifier;
        })
        .readAll(inventory.readsAll(output.reveal));
    ScanSummary summary;
    OutputFormat format = output.format;
    try (Scanner scanner = scan.build()) {
      FindingWriter writer =
          format.writer(shown.above(output.open()), output.reveal, chosen.get());
      ReportingListener listener = new ReportingListener(writer);
      try {
        summary = scanner.scan(files, ScanListener.both(listener, shown));
      } catch (RuntimeException | Error e) {
        // The scan could not finish (no extraction process starts, out of memory, the
        // inventory failed): what was written so far is kept, and the exit code says so.
        shown.close();
        listener.abandon();
        throw new IllegalStateException("the scan did not finish: " + Main.fatal(e)
            + (output.file.isFile() ? "; " + output.file.path + " holds only what was found before" : ""),
            e);
      }
      shown.close(); // the summary below stands on its own lines
      listener.finish(summary);
      scanner.warnings().forEach(w -> err.println("shirabe: warning: " + SafeText.escape(w)));
    }
    if (format != OutputFormat.TABLE || output.file.isFile()) {
      // Machine formats keep stdout clean; the person running the command still sees how it went.
      spec.commandLine().getErr().println(Summaries.oneLine(summary));
    }
    if (failOnUnread && summary.problems() > 0) {
      return Main.FINISHED_UNREAD;
    }
    return summary.findings() > 0 ? Main.FOUND : Main.NOTHING_FOUND;
  }
}
