package dev.shirabe.cli;

import dev.shirabe.report.SafeText;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine;

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
      "",
      "Option defaults: $SHIRABE_CONFIG, else $${XDG_CONFIG_HOME:-~/.config}/shirabe/"
          + "shirabe.properties, one option a line without its dashes (threads=2), or under a"
          + " command's name (shirabe.scan.format=jsonl); the command line wins. --reveal and"
          + " --store-excerpts are never taken from it.",
    })
public final class Main implements Runnable {

  /**
   * The sub-commands, in the order help lists them (added in {@link #commandLine(Map, String)},
   * not named in the annotation: picocli reads a command's annotations when it is added).
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("scan", ScanCommand::new);
    commands.put("subject", SubjectCommand::new);
    commands.put("report", ReportCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("eval", EvalCommand::new);
    commands.put("bench", BenchCommand::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(commands);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Exit codes that scripts rely on (DESIGN.md). */
  static final int NOTHING_FOUND = 0;

  static final int FOUND = 1;
  static final int USAGE_OR_FATAL = 2;

  /** {@code scan --fail-on-unread}: the scan finished, but not every file could be read. */
  static final int FINISHED_UNREAD = 3;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing a command: scan, subject, report, eval or bench.");
  }

  public static void main(String[] args) {
    int code;
    try {
      ScanCommand.startEarly(args);
      SubjectCommand.startEarly(args);
      code = forArguments(System.getenv(), args).execute(args);
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

  /** The configured command line, for main, tests and the release documentation. */
  public static CommandLine commandLine() {
    return commandLine(System.getenv());
  }

  /** The command line, its option defaults from the config file the environment names. */
  static CommandLine commandLine(Map<String, String> env) {
    return commandLine(env, null);
  }

  /** The command line that runs {@code args}: with only the sub-command they start with. */
  static CommandLine forArguments(Map<String, String> env, String... args) {
    return commandLine(env, args.length > 0 ? args[0] : null);
  }

  /**
   * The command line with only the sub-command {@code first} when it names one (the first
   * argument of a run), else with all of them (help, a typo, none). Picocli reads the
   * annotations of every command added, through reflection, which took 0.6 s of CPU for all of
   * them, the bench commands' included, at each start; a run uses one.
   */
  static CommandLine commandLine(Map<String, String> env, String first) {
    CommandLine cli = new CommandLine(new Main());
    boolean one = COMMANDS.containsKey(first) && !first.equals("help");
    COMMANDS.forEach((name, command) -> {
      if (!one || name.equals(first)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setDefaultValueProvider(ConfigDefaults.load(env));
    CommandLine bench = cli.getSubcommands().get("bench");
    if (bench != null) {
      BenchCommand.rejectUnmatched(bench);
    }
    // Messages quote paths, and a path can hold control characters: shown escaped (SafeText).
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("shirabe: " + SafeText.escape(message(e)));
          return USAGE_OR_FATAL;
        });
    cli.setParameterExceptionHandler((e, args) -> usageError(e));
    cli.setExitCodeExceptionMapper(e -> USAGE_OR_FATAL);
    return cli;
  }

  /**
   * A usage error as one line and where to read more: the whole help under it buries the one
   * line that matters (and scrolls it off a small terminal). A mistyped option or command gets
   * picocli's suggestion on the same line.
   */
  private static int usageError(CommandLine.ParameterException e) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    String line = message(e);
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      line += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
    }
    PrintWriter err = command.getErr();
    err.println(name + ": " + SafeText.escape(line));
    err.println("see `" + name + " --help`");
    err.flush();
    return USAGE_OR_FATAL;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** The version and commit the build recorded (BuildInfo). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {BuildInfo.current().line()};
    }
  }
}
