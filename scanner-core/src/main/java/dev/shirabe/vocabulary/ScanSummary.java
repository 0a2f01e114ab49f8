package dev.shirabe.vocabulary;

import java.util.Map;

/**
 * Counts of a finished scan.
 *
 * @param failedFiles files that could not be read at all
 * @param problems problems of any kind, including those inside files that were otherwise read
 * @param findingsByType personal findings per type: role mailboxes are not among them
 * @param changes how the files compare with the inventory's last scan, or null when the scan
 *     kept no inventory
 * @param roleMailboxes EMAIL findings that are role mailboxes (info@, support@): reported, but
 *     no one's personal data, so counted apart
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
    ChangeCounts changes,
    long roleMailboxes) {

  public ScanSummary {
    findingsByType = Map.copyOf(findingsByType);
  }

  /** The summary of a scan that found no role mailbox. */
  public ScanSummary(long files, long bytes, long parts, long failedFiles, long problems,
      long skipped, Map<FindingType, Long> findingsByType, long elapsedNanos, ChangeCounts changes) {
    this(files, bytes, parts, failedFiles, problems, skipped, findingsByType, elapsedNanos, changes, 0);
  }

  /** The summary of a scan that kept no inventory. */
  public ScanSummary(long files, long bytes, long parts, long failedFiles, long problems,
      long skipped, Map<FindingType, Long> findingsByType, long elapsedNanos) {
    this(files, bytes, parts, failedFiles, problems, skipped, findingsByType, elapsedNanos, null);
  }

  /** The personal findings: what the exit code and every count of personal data go by. */
  public long findings() {
    return findingsByType.values().stream().mapToLong(Long::longValue).sum();
  }
}
