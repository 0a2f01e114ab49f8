package dev.shirabe.vocabulary;

import java.util.Map;

/**
 * How the files of a scan compare with the inventory's previous record of them.
 *
 * @param added files the inventory did not hold
 * @param changed files whose content changed (they were read again)
 * @param unchanged files whose content did not change (not read again, unless asked to)
 * @param removed files the inventory held under the scanned roots that are gone
 * @param reread files whose content did not change but whose stored findings another analysis
 *     made (another build of Shirabe, another policy, other detectors or options): read again
 * @param rereadBecause those files by reason ({@link AnalysisFingerprint#reasonToReread})
 */
public record ChangeCounts(long added, long changed, long unchanged, long removed, long reread,
    Map<String, Long> rereadBecause) {

  public ChangeCounts {
    rereadBecause = Map.copyOf(rereadBecause);
  }

  /** Counts with nothing read again for a change of analysis. */
  public ChangeCounts(long added, long changed, long unchanged, long removed) {
    this(added, changed, unchanged, removed, 0, Map.of());
  }
}
