package dev.shirabe.report;

import dev.shirabe.vocabulary.ChangeCounts;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of the summaries for files read again because their analysis changed. */
public final class ChangeTexts {

  private ChangeTexts() {}

  /**
   * {@code ", 120 re-read: analysis changed (another policy)"}, or nothing when none was: the
   * files were unchanged, their stored findings another analysis's.
   */
  public static String reread(ChangeCounts c) {
    if (c.reread() == 0) {
      return "";
    }
    String why = c.rereadBecause().entrySet().stream()
        .map(e -> c.rereadBecause().size() == 1 ? e.getKey() : e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; "));
    return String.format(Locale.ROOT, ", %d re-read: analysis changed (%s)", c.reread(), why);
  }
}
