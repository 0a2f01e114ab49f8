package dev.shirabe.pipeline;

import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.ChangeCounts;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which of the source's items a scan reads. The pipeline asks, for each item in an extraction
 * thread, whether it must be read; one that has not changed since the last scan is answered
 * from what was stored of it. The plan hears of the paths the listing could not read or
 * skipped, and of the end of the run, so that it can tell which files are gone (and which it
 * cannot tell about). An incremental scan's plan is {@link IncrementalPlan}.
 * Called from several threads: implementations are thread-safe.
 */
public interface ScanPlan {

  /** Reads every file and remembers nothing: a scan without an inventory. */
  ScanPlan READ_ALL = file -> Decision.READ;

  /**
   * What analyses the files of this run; told once, before the first {@link #decide}. A file
   * whose stored findings another analysis made must be read again.
   */
  default void analysedBy(AnalysisFingerprint fingerprint) {}

  /** Whether to read the file. Called in an extraction thread, so it may read the file. */
  Decision decide(SourceItem file);

  /**
   * The walk could not read this path (a missing root, a folder, a file): what lies under it
   * may still exist and must not be taken as gone.
   */
  default void unreadable(Path path) {}

  /**
   * The walk met this path and did not read it on purpose (a link, a pipe, a device): it is
   * not gone.
   */
  default void skipped(Path path) {}

  /**
   * Every file has been done. Files not seen count as gone only when {@code walkComplete}.
   *
   * @return the change counts, or null when the plan keeps no record
   */
  default ChangeCounts finish(boolean walkComplete) {
    return null;
  }

  /**
   * What to do with one file.
   *
   * @param read true to read it; false when it is unchanged and the rest says what it holds
   * @param storedCounts an unchanged file's personal findings per type, as stored
   * @param storedRoleMailboxes its findings that are role mailboxes, counted apart
   * @param storedRecords its findings as stored (masked values only), read only when a
   *     listener asks for them ({@link ScanListener#wantsStored()}): a rescan that prints
   *     nothing per finding reads none
   * @param storedParts how many parts the unchanged file has
   * @param storedError why the unchanged file could not be read last time, or null
   * @param storedProblems the parts of the unchanged file that could not be read last time
   */
  record Decision(boolean read, Map<FindingType, Integer> storedCounts, int storedRoleMailboxes,
      Supplier<List<FindingRecord>> storedRecords, int storedParts, String storedError,
      List<PartProblem> storedProblems) {

    public static final Decision READ =
        new Decision(true, Map.of(), 0, List::of, 0, null, List.of());

    public Decision {
      storedCounts = Map.copyOf(storedCounts);
      storedProblems = List.copyOf(storedProblems);
    }

    /** An unchanged file whose findings are at hand. */
    public static Decision unchanged(List<FindingRecord> stored, int parts, String error,
        List<PartProblem> problems) {
      List<FindingRecord> records = List.copyOf(stored);
      int roles = (int) records.stream().filter(r -> !r.finding().isPersonal()).count();
      return new Decision(false, countsOf(records), roles, () -> records, parts, error, problems);
    }

    /** An unchanged file whose findings are counted, and read only if asked for. */
    public static Decision unchanged(Map<FindingType, Integer> counts, int roleMailboxes,
        Supplier<List<FindingRecord>> records, int parts, String error, List<PartProblem> problems) {
      return new Decision(false, counts, roleMailboxes, records, parts, error, problems);
    }

    /** The stored findings, read now. */
    public List<FindingRecord> stored() {
      return storedRecords.get();
    }

    /** Personal findings per type: role mailboxes left out ({@link Finding#isPersonal}). */
    public static Map<FindingType, Integer> countsOf(List<FindingRecord> records) {
      Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
      for (FindingRecord r : records) {
        if (r.finding().isPersonal()) {
          counts.merge(r.finding().type(), 1, Integer::sum);
        }
      }
      return counts;
    }
  }
}
