package dev.shirabe.cli.hostile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;

/**
 * Which regular files a scan accounted for.
 *
 * <p>A file is accounted for <em>by record</em> when the output names it in a finding or in a
 * problem record (failed, partial or skipped). A file that holds no personal data and read
 * cleanly has neither, so it can only be accounted for <em>by count</em>: its silence is
 * accepted only when the scan's own summary says it walked exactly as many files as there are
 * regular files, and it counted no more failed files than the output has failed records for.
 * Then every walked file is either listed or was read without findings; if either count is off
 * (a file dropped from the walk, a failure with no record, a problem list cut short), no silent
 * file is accepted, because the output cannot tell which of them was lost.
 *
 * <p>Paths are compared as Java shows them (UTF-8, invalid bytes replaced), which is how the
 * scan prints them; names that differ only in invalid bytes collapse into one, and such a
 * collision is reported, not resolved.
 */
public final class Accounting {

  /** The verdict. */
  public record Result(int regular, int withFindings, int withProblems, int silentAccepted,
      List<String> unaccounted, boolean countsAgree, String countsExplanation, int collisions) {

    public boolean complete() {
      return unaccounted.isEmpty();
    }

    public int accounted() {
      return regular - unaccounted.size();
    }
  }

  private Accounting() {}

  /** {@code regularFiles}: the paths of the regular files as the scan prints them. */
  public static Result of(Collection<String> regularFiles, ScanOutput output) {
    Set<String> regular = new HashSet<>(regularFiles);
    int collisions = regularFiles.size() - regular.size();
    Set<String> problemFiles = new HashSet<>();
    Set<String> failedFiles = new HashSet<>();
    for (ScanOutput.Problem p : output.problems()) {
      problemFiles.add(p.file());
      if (p.status().equals("failed")) {
        failedFiles.add(p.file());
      }
    }
    int findings = 0;
    int problems = 0;
    List<String> silent = new ArrayList<>();
    for (String file : regular) {
      if (output.findingsByFile().containsKey(file)) {
        findings++;
      } else if (problemFiles.contains(file)) {
        problems++;
      } else {
        silent.add(file);
      }
    }
    String why;
    boolean agree;
    if (output.files() == null || output.failedFiles() == null) {
      agree = false;
      why = "the scan printed no summary counts";
    } else if (output.files() != regularFiles.size()) {
      agree = false;
      why = "the scan counted " + output.files() + " files, not the " + regularFiles.size()
          + " regular files made";
    } else if (output.failedFiles() > failedFiles.size()) {
      agree = false;
      why = "the scan counted " + output.failedFiles() + " failed files but the output has"
          + " failed records for " + failedFiles.size();
    } else {
      agree = true;
      why = "the scan counted " + output.files() + " files and " + output.failedFiles()
          + " failed, all with records";
    }
    silent.sort(null);
    return new Result(regularFiles.size(), findings, problems, agree ? silent.size() : 0,
        agree ? List.of() : List.copyOf(silent), agree, why, collisions);
  }

  /** Problem records grouped by status and the reason's leading words (numbers as N). */
  public static Map<String, Integer> reasons(List<ScanOutput.Problem> problems) {
    Map<String, Integer> byReason = new TreeMap<>();
    for (ScanOutput.Problem p : problems) {
      byReason.merge(p.status() + ": " + leadingWords(p.reason()), 1, Integer::sum);
    }
    return byReason;
  }

  /** "timeout after 30 s" → "timeout after N s"; "could not be parsed (X): detail" → "could not be parsed (X)". */
  static String leadingWords(String reason) {
    String r = reason.strip();
    int colon = r.indexOf(':');
    if (colon > 0) {
      r = r.substring(0, colon);
    }
    r = r.replaceAll("\\d+", "N");
    String[] words = r.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
  }
}
