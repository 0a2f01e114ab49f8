package dev.shirabe.cli;

import dev.shirabe.report.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code shirabe} command: sub-commands only. */
@Command(
    name = "shirabe",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Finds personal data in file shares and mail archives.",
      "",
      "Exit codes: 0 done, nothing found; 1 done, personal data found; 2 usage or fatal error"
          + " (also a scan that could not finish); 3 scan --fail-on-unread: done, some files"
          + " could not be read.",
    },
    subcommands = {
      ScanCommand.class, SubjectCommand.class, ReportCommand.class, ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit codes that scripts rely on (DESIGN.md). */
  static final int NOTHING_FOUND = 0;

  static final int FOUND = 1;
  static final int USAGE_OR_FATAL = 2;

  /** {@code scan --fail-on-unread}: the scan finished, but not every file could be read. */
  static final int FINISHED_UNREAD = 3;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  public static void main(String[] args) {
    int code;
    try {
      code = commandLine().execute(args);
    } catch (Throwable t) {
      // picocli passes Errors on (an OutOfMemoryError among them): without this the JVM would
      // end with 1, which a cron job reads as "done, personal data found".
      System.err.println("shirabe: the command did not finish: " + SafeText.escape(fatal(t)));
      code = USAGE_OR_FATAL;
    }
    System.exit(code);
  }

  /** A sentence for an error that ends the command. */
  static String fatal(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "out of memory (" + message(t) + "); give Shirabe more heap, e.g."
          + " SHIRABE_JAVA_OPTS=-Xmx1g, or fewer --threads";
    }
    return message(t);
  }

  /** The configured command line, for main and for tests. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // Messages quote paths, and a path can hold control characters: shown escaped (SafeText).
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("shirabe: " + SafeText.escape(message(e)));
          return USAGE_OR_FATAL;
        });
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler((e, args) -> {
      String m = SafeText.escape(e.getMessage());
      return usage.handleParseException(e.getMessage() == null || m.equals(e.getMessage())
          ? e : new CommandLine.ParameterException(e.getCommandLine(), m, e), args);
    });
    cli.setExitCodeExceptionMapper(e -> USAGE_OR_FATAL);
    return cli;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"shirabe " + (v == null ? "(development build)" : v)};
    }
  }
}
