package dev.shirabe.pipeline;

import dev.shirabe.detect.FindingType;
import java.util.Map;

/**
 * Counts of a finished scan.
 *
 * @param failedFiles files that could not be read at all
 * @param problems problems of any kind, including those inside files that were otherwise read
 * @param changes how the files compare with the inventory's last scan, or null when the scan
 *     kept no inventory
 */
public record ScanSummary(
    long files,
    long bytes,
    long parts,
    long failedFiles,
    long problems,
    long skipped,
    Map<FindingType, Long> findingsByType,
    long elapsedNanos,
    ChangeCounts changes) {

  public ScanSummary {
    findingsByType = Map.copyOf(findingsByType);
  }

  /** The summary of a scan that kept no inventory. */
  public ScanSummary(long files, long bytes, long parts, long failedFiles, long problems,
      long skipped, Map<FindingType, Long> findingsByType, long elapsedNanos) {
    this(files, bytes, parts, failedFiles, problems, skipped, findingsByType, elapsedNanos, null);
  }

  public long findings() {
    return findingsByType.values().stream().mapToLong(Long::longValue).sum();
  }
}
