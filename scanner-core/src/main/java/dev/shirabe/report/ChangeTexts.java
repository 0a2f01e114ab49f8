package dev.shirabe.report;

import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.vocabulary.ChangeCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The words of the summaries for files read again although their content had not changed. */
public final class ChangeTexts {

  private ChangeTexts() {}

  /**
   * {@code ", 120 re-read: analysis changed (another policy)"}, or nothing when none was: the
   * files were unchanged, their stored findings another analysis's. Files read again only
   * because every file was asked for ({@link ChangePlanner#READ_ALL}) are named apart:
   * {@code ", 135 re-read: asked for (--full or --reveal)"}.
   */
  public static String reread(ChangeCounts c) {
    if (c.reread() == 0) {
      return "";
    }
    Map<String, Long> because = new TreeMap<>(c.rereadBecause());
    Long asked = because.remove(ChangePlanner.READ_ALL);
    List<String> why = new ArrayList<>(2);
    if (!because.isEmpty()) {
      String analysis = because.entrySet().stream()
          .map(e -> because.size() == 1 ? e.getKey() : e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining("; "));
      long n = because.values().stream().mapToLong(Long::longValue).sum();
      why.add("analysis changed (" + analysis + ")" + (asked == null ? "" : ": " + n));
    }
    if (asked != null) {
      why.add(ChangePlanner.READ_ALL + (because.isEmpty() ? "" : ": " + asked));
    }
    return String.format(Locale.ROOT, ", %d re-read: %s", c.reread(), String.join("; ", why));
  }
}
