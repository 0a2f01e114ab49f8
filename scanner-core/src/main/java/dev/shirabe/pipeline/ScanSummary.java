package dev.shirabe.pipeline;

import dev.shirabe.detect.FindingType;
import java.util.Map;

/**
 * Counts of a finished scan.
 *
 * @param failedFiles files that could not be read at all
 * @param problems problems of any kind, including those inside files that were otherwise read
 */
public record ScanSummary(
    long files,
    long bytes,
    long parts,
    long failedFiles,
    long problems,
    long skipped,
    Map<FindingType, Long> findingsByType,
    long elapsedNanos) {

  public ScanSummary {
    findingsByType = Map.copyOf(findingsByType);
  }

  public long findings() {
    return findingsByType.values().stream().mapToLong(Long::longValue).sum();
  }
}
