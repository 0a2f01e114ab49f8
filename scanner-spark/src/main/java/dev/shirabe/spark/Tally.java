package dev.shirabe.spark;

import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanPlan;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a scan's summary is made of, as {@code ScanPipeline} counts them: kept by each
 * task for the files it read ({@link #listener}) and by the driver for those it did not read
 * ({@link #replay}), then added up. Not thread-safe: one per task.
 */
final class Tally implements Serializable {

  private static final long serialVersionUID = 1L;

  long parts;
  long failedFiles;
  long problems;
  long roleMailboxes;
  long filesRead;
  final long[] byType = new long[FindingType.values().length];

  /** Hears the files a task reads. */
  ScanListener listener() {
    return new ScanListener() {
      @Override
      public void part(SourceItem file, Part part, List<FindingRecord> records) {
        for (FindingRecord r : records) {
          if (r.finding().isPersonal()) {
            byType[r.finding().type().ordinal()]++;
          } else {
            roleMailboxes++;
          }
        }
      }

      @Override
      public void problem(SourceItem item, String locator, String reason) {
        problems++;
      }

      @Override
      public void fileFailed(SourceItem item, String reason) {
        failedFiles++;
        problems++;
      }

      @Override
      public void fileDone(FileOutcome outcome) {
        filesRead++;
        parts += outcome.parts();
      }
    };
  }

  /** A file not read: what the inventory holds of it counts as if it were read now. */
  void replay(ScanPlan.Decision decision) {
    parts += decision.storedParts();
    decision.storedCounts().forEach((type, count) -> byType[type.ordinal()] += count);
    roleMailboxes += decision.storedRoleMailboxes();
    if (decision.storedError() != null) {
      failedFiles++;
      problems++;
    }
    for (PartProblem ignored : decision.storedProblems()) {
      problems++;
    }
  }

  /** A path the listing could not read. */
  void unreadable() {
    failedFiles++;
    problems++;
  }

  void add(Tally other) {
    parts += other.parts;
    failedFiles += other.failedFiles;
    problems += other.problems;
    roleMailboxes += other.roleMailboxes;
    filesRead += other.filesRead;
    for (int i = 0; i < byType.length; i++) {
      byType[i] += other.byType[i];
    }
  }

  Map<FindingType, Long> findingsByType() {
    Map<FindingType, Long> counts = new EnumMap<>(FindingType.class);
    for (FindingType type : FindingType.values()) {
      counts.put(type, byType[type.ordinal()]);
    }
    return counts;
  }
}
