package dev.shirabe.pipeline;

import dev.shirabe.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Which walked files a scan reads. The pipeline asks, for each file in an extraction thread,
 * whether it must be read; a file that has not changed since the last scan is answered from
 * what was stored of it. The plan hears of the paths the walk could not read, and of the end
 * of the run, so that it can tell which files are gone (and which it cannot tell about).
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
  Decision decide(SourceFile file);

  /**
   * The walk could not read this path (a missing root, a folder, a file): what lies under it
   * may still exist and must not be taken as gone.
   */
  default void unreadable(Path path) {}

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
   * @param stored an unchanged file's findings as stored (masked values only)
   * @param storedParts how many parts the unchanged file has
   * @param storedError why the unchanged file could not be read last time, or null
   * @param storedProblems the parts of the unchanged file that could not be read last time
   */
  record Decision(boolean read, List<FindingRecord> stored, int storedParts, String storedError,
      List<PartProblem> storedProblems) {

    public static final Decision READ = new Decision(true, List.of(), 0, null, List.of());

    public Decision {
      stored = List.copyOf(stored);
      storedProblems = List.copyOf(storedProblems);
    }

    public static Decision unchanged(List<FindingRecord> stored, int parts, String error,
        List<PartProblem> problems) {
      return new Decision(false, stored, parts, error, problems);
    }
  }
}
