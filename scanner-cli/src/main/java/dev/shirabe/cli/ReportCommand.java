package dev.shirabe.cli;

import dev.shirabe.report.ledger.Ledger;
import dev.shirabe.report.ledger.RetentionReport;
import dev.shirabe.report.ledger.UnpurposedReport;
import dev.shirabe.report.ledger.UnreadEntry;
import dev.shirabe.report.ledger.UnreadReport;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code shirabe report}: reports on what the inventory holds; a sub-command per report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reports on the personal data the inventory holds (run scan first).",
      "Reports carry counts, kinds and places, never a value found.",
    },
    subcommands = {ReportCommand.Unpurposed.class, ReportCommand.LedgerReport.class,
        ReportCommand.Retention.class, ReportCommand.Unread.class})
final class ReportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a report: unpurposed, ledger, retention or unread.");
  }

  /** {@code shirabe report unpurposed}. */
  @Command(
      name = "unpurposed",
      mixinStandardHelpOptions = true,
      description = {
        "Lists each file and part that holds personal data with no stated purpose (no category"
            + " of the policy), with its types and counts, the most urgent first: special-care"
            + " data, then a My Number outside its purposes, then other flagged data; within"
            + " each, the most sensitive types, then the most findings.",
        "Column minors: the people who are minors today (younger than the policy's minor-age,"
            + " 16 by default) by a birth date or age in their record.",
        "",
        "Exit codes: 0 none held; 1 personal data with no stated purpose is held; 2 usage or"
            + " fatal error (no usable inventory: missing, empty, half-written, damaged, or no"
            + " scan finished on it).",
      })
  static final class Unpurposed implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ReportOptions report;

    @Override
    public Integer call() throws Exception {
      UnpurposedReport r = report.holdings(spec).unpurposed(Instant.now());
      return report.write((format, out, zone) -> format.write(r, out, zone), r.entries().isEmpty());
    }
  }

  /** {@code shirabe report ledger}. */
  @Command(
      name = "ledger",
      mixinStandardHelpOptions = true,
      description = {
        "The personal-information ledger (個人情報管理台帳): per location (a folder, or an"
            + " archive or mail file for what lies inside it) and category, the purposes, the"
            + " types of data, counts of findings and of distinct people, first and last seen;"
            + " then the rows with no stated purpose.",
        "Column minors: the people who are minors today (younger than the policy's minor-age,"
            + " 16 by default) by a birth date or age in their record; flags counts the"
            + " findings flagged minor and retention_exceeded as of today.",
        "The columns of a JIS Q 15001 ledger from the policy's handling sections, as the scan"
            + " recorded them: source (取得元/取得方法), retention (保管期間), contractors (委託先),"
            + " joint_use (共同利用), provisions (第三者提供), department (管理部署). The HTML page"
            + " tells the purposes and the handling's details once, in a legend under the table.",
        "",
        "Exit codes: 0 the inventory holds no personal data; 1 it holds some; 2 usage or fatal"
            + " error (no usable inventory: missing, empty, half-written, damaged, or no scan"
            + " finished on it).",
      })
  static final class LedgerReport implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ReportOptions report;

    @Override
    public Integer call() throws Exception {
      Ledger ledger = report.holdings(spec).ledger(Instant.now());
      return report.write((format, out, zone) -> format.write(ledger, out, zone),
          ledger.entries().isEmpty());
    }
  }

  /** {@code shirabe report retention}. */
  @Command(
      name = "retention",
      mixinStandardHelpOptions = true,
      description = {
        "The personal data kept past the retention period its category's policy states"
            + " (retention: P5Y), per location and category, the longest overdue first: the"
            + " period, what it ran from (a date the record gives, labelled by one of the"
            + " category's retention-from words such as 退職日, else the file's modification"
            + " time), the day it ended, the types and counts of findings, people and files.",
        "Measured against today from the dates the inventory keeps: no rescan is needed for"
            + " data to fall due. The default policy states no periods; add them to your own"
            + " (--policy, as for scan).",
        "",
        "Exit codes: 0 nothing is kept past its period; 1 some data is; 2 usage or fatal"
            + " error (no usable inventory: missing, empty, half-written, damaged, or no scan"
            + " finished on it).",
      })
  static final class Retention implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ReportOptions report;

    @Override
    public Integer call() throws Exception {
      RetentionReport r = report.holdings(spec).retention(Instant.now());
      return report.write((format, out, zone) -> format.write(r, out, zone), r.entries().isEmpty());
    }
  }

  /** {@code shirabe report unread}. */
  @Command(
      name = "unread",
      mixinStandardHelpOptions = true,
      description = {
        "The places the inventory could not look into: each file nothing could be read of"
            + " (status failed), and each part of a file that could not be read while the rest"
            + " was (status partial: a broken or encrypted attachment or archive member, a"
            + " limit reached), and each path the scan did not read on purpose (status skipped:"
            + " a symbolic link, a named pipe, a socket, a device), with the reason and when a"
            + " scan last tried; failed files first, then partial, then skipped, each by file"
            + " and part.",
        "What these hold is unknown: the other reports, and subject, count none of it, so"
            + " \"nothing found\" there does not mean \"nothing held\" here.",
        "",
        "Exit codes: 0 every file was read whole (paths skipped on purpose are listed but do"
            + " not count); 1 some file or part could not be read; 2 usage or fatal error (no"
            + " usable inventory: missing, empty, half-written, damaged, or no scan finished on"
            + " it).",
      })
  static final class Unread implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ReportOptions report;

    @Override
    public Integer call() throws Exception {
      UnreadReport r = report.holdings(spec).unread(Instant.now());
      // A link or a pipe is left out on purpose, every run: a scheduled check that fails on
      // them would fail forever. What could not be read is what sets the code.
      boolean allRead = r.entries().stream()
          .allMatch(e -> e.status() == UnreadEntry.Status.SKIPPED);
      return report.write((format, out, zone) -> format.write(r, out, zone), allRead);
    }
  }
}
