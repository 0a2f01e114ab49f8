package dev.shirabe.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import picocli.CommandLine;

/** Runs the command line in a test, with its standard error and output captured. */
final class Cli {

  private Cli() {}

  /**
   * Runs {@code shirabe ARGS}, its standard error to {@code err}, its output to {@code out}: on
   * the command line {@code main} runs them on, with only the sub-command they name.
   */
  static int run(Writer err, Writer out, String... args) {
    CommandLine cli = Main.forArguments(System.getenv(), args);
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  /** Runs {@code shirabe ARGS}, its standard error to {@code err}, its output dropped. */
  static int run(Writer err, String... args) {
    return run(err, new StringWriter(), args);
  }
}
