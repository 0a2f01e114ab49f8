package dev.shirabe.cli;

import java.io.PrintWriter;
import java.io.Writer;
import org.apache.tika.config.TikaConfig;
import picocli.CommandLine;

/**
 * What the launchers run once, in the background, to make the class-data archive
 * (docs/performance.md, "Start-up"): the short commands users wait for, one after the other in
 * one JVM, so that the archive holds the classes of each, not of a scan only: a scan of a few
 * files read in this process (Tika's classes included), then a subject look-up in the inventory
 * it made (Lucene's search, the query's readers). What they print is dropped.
 *
 * <p>{@code ClassArchiveRun INDEX KEY_FILE FILES}
 */
public final class ClassArchiveRun {

  private ClassArchiveRun() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: ClassArchiveRun INDEX KEY_FILE FILES");
    }
    run("scan", "--in-process", "--no-progress", "--index", args[0], "--key-file", args[1], args[2]);
    run("subject", "--index", args[0], "--key-file", args[1], "--name", "山田太郎");
    // Every Tika parser made, as extraction made them all at start before they were made on
    // first use (LazyParser): the archive keeps their classes for the first file of each format.
    TikaConfig.getDefaultConfig();
    System.exit(0);
  }

  private static void run(String... args) {
    CommandLine cli = Main.forArguments(System.getenv(), args);
    cli.setOut(new PrintWriter(Writer.nullWriter()));
    cli.setErr(new PrintWriter(Writer.nullWriter()));
    cli.execute(args);
  }
}
