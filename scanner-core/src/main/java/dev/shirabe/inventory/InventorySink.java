package dev.shirabe.inventory;

import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.ChangePlanner;
import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.pipeline.KnownItems;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.pipeline.ScanPlan.Decision;
import dev.shirabe.pipeline.ScanSink;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Part;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The inventory as a scan's sink: it offers its file entries to the planning step ({@link
 * #known}), and stores what the scan found in the files it read, the new time of those only
 * touched, and forgets those gone. What to read is not decided here but by the plan ({@link
 * dev.shirabe.pipeline.IncrementalPlan}), which reports an unchanged file from what this sink
 * holds ({@link #unchanged}).
 *
 * <p>A file read has its entry, parts and findings replaced in one step once all its parts are
 * analysed. Its entry keeps what analysed it ({@link AnalysisFingerprint}, with whether
 * excerpts are kept), so that the next scan can tell whether its findings are that scan's.
 *
 * <p>Paths the walk did not read on purpose (links, pipes, sockets, devices) are kept apart
 * ({@link SkippedPath}): stored at the end of every scan, forgotten when the plan says they are
 * gone.
 *
 * <p>Commits come every {@link Settings#commitEveryFiles} files or {@link
 * Settings#commitInterval}, and at the end, so a scan killed at any moment leaves the last
 * commit readable and the next scan reads only what that commit lacks.
 */
public final class InventorySink implements ScanSink<FileEntry>, Closeable {

  /**
   * @param storeExcerpts keep the raw text around each finding (off by default)
   * @param excerptChars chars kept on each side of a finding when storing excerpts
   */
  public record Settings(boolean storeExcerpts, int excerptChars, int commitEveryFiles,
      Duration commitInterval) {

    public static final Settings DEFAULTS = new Settings(false, 40, 1000, Duration.ofSeconds(30));

    public Settings withStoreExcerpts(boolean store) {
      return new Settings(store, excerptChars, commitEveryFiles, commitInterval);
    }

    public Settings withCommitEvery(int files, Duration interval) {
      return new Settings(storeExcerpts, excerptChars, files, interval);
    }
  }

  /** A file being read: what the plan learnt of it, and what its parts found so far. */
  private static final class Reading {
    final String key;
    final String contentHash;
    /** When the file first entered the inventory: now for a new file, else as stored. */
    final long firstSeen;
    final List<PartEntry> parts = new ArrayList<>();
    /** Where each locator's entry is in {@link #parts}. */
    final Map<String, Integer> partAt = new HashMap<>();
    final List<StoredFinding> findings = new ArrayList<>();
    final List<PartProblem> problems = new ArrayList<>();

    Reading(String key, String contentHash, long firstSeen) {
      this.key = key;
      this.contentHash = contentHash;
      this.firstSeen = firstSeen;
    }
  }

  private final InventoryWriter writer;
  private final InventorySearcher previous;
  private final KeyedHasher hasher;
  private final Settings settings;
  /** The inventory's own folder, with a trailing separator. */
  private final String ownFolder;
  /** When the scan started (epoch millis): what it stores is dated so. */
  private final long started;

  /** The files being read, by id. */
  private final Map<String, Reading> reading = new ConcurrentHashMap<>();
  /** The paths this walk met and did not read on purpose, by key: their reasons. */
  private final Map<String, String> skipped = new ConcurrentHashMap<>();
  /** What analyses this run's files, as stored with them; told before the first file. */
  private volatile AnalysisFingerprint analysis;
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  private final AtomicInteger filesSinceCommit = new AtomicInteger();
  private volatile long lastCommit = System.nanoTime();
  /**
   * Held by the thread that commits. The others do not wait for it: a commit syncs the
   * index to disk (seconds on a busy disk), and an analysis thread that finished a file
   * meanwhile would stand idle (the scan's threads call {@link #fileDone}).
   */
  private final ReentrantLock committing = new ReentrantLock();
  /** Makes what was stored durable; a seam for tests, which hold a commit up. */
  private IoAction commit;

  /** An action that may fail as writing does. */
  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }

  private InventorySink(InventoryWriter writer, InventorySearcher previous, KeyedHasher hasher,
      Settings settings, long started) {
    this.started = started;
    this.writer = writer;
    this.previous = previous;
    this.hasher = hasher;
    this.settings = settings;
    this.ownFolder = key(writer.folder()) + File.separator;
    this.commit = writer::commit;
  }

  /** Replaces the commit (tests: one that waits). */
  void commitWith(IoAction action) {
    this.commit = action;
  }

  /**
   * Opens the inventory in {@code folder} (created when missing or empty).
   *
   * @throws InventoryBusyException when another scan is writing to it
   * @throws WrongKeyException when its hashes were made with another key
   */
  public static InventorySink open(Path folder, KeyedHasher hasher, Settings settings)
      throws IOException {
    return open(folder, hasher, settings, System.currentTimeMillis());
  }

  /**
   * Opens the inventory in {@code folder} for a part of a scan that started at {@code
   * scanStarted} (epoch millis) elsewhere: a cluster's task writes its shard so, dated as the
   * driver's scan, to be added to the one inventory ({@link #addShards}).
   */
  public static InventorySink open(Path folder, KeyedHasher hasher, Settings settings,
      long scanStarted) throws IOException {
    InventoryWriter writer = InventoryWriter.open(folder, hasher);
    try {
      return new InventorySink(writer, InventorySearcher.openWritten(folder), hasher, settings,
          scanStarted);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  /**
   * The file's key in the inventory: its absolute path as reached from its root, bytes-exact
   * ({@link PathIdentity}: two names Java shows alike are two keys).
   */
  static String key(Path path) {
    return PathIdentity.of(path);
  }

  @Override
  public KnownItems<FileEntry> known() {
    return new KnownItems<>() {
      @Override
      public Optional<FileEntry> find(String id) throws IOException {
        return previous.file(id);
      }

      @Override
      public void forEachUnder(String rootId, Consumer<String> ids) throws IOException {
        previous.forEachFileUnder(rootId, ids);
      }

      @Override
      public void forEachSkippedUnder(String rootId, Consumer<String> ids) throws IOException {
        for (SkippedPath held : previous.skippedUnder(rootId)) {
          ids.accept(held.path());
        }
      }
    };
  }

  @Override
  public boolean owns(String id) {
    return id.startsWith(ownFolder);
  }

  @Override
  public AnalysisFingerprint analysedBy(AnalysisFingerprint fingerprint) {
    // Excerpts kept or not change what a stored finding holds, so they are part of it too.
    this.analysis = fingerprint.with(settings.storeExcerpts()
        ? "excerpts=" + settings.excerptChars() : "excerpts=none");
    return analysis;
  }

  @Override
  public boolean reading(SourceItem item, ChangePlanner.Verdict<FileEntry> verdict) {
    FileEntry old = verdict.known();
    String hash = verdict.contentHash();
    return reading.putIfAbsent(item.id(), new Reading(item.id(), hash == null ? "" : hash,
        old == null ? started : old.firstSeen())) == null;
  }

  @Override
  public Decision unchanged(SourceItem file, FileEntry old, boolean touched) {
    Decision decision = recall(file, old);
    if (touched) {
      try {
        writer.updateFileEntry(
            old.withModified(file.lastModified().to(TimeUnit.NANOSECONDS)),
            decision.storedProblems());
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }
    return decision;
  }

  /** What the inventory holds of an unchanged file, as the pipeline reports it. */
  private Decision recall(SourceItem file, FileEntry old) {
    List<PartProblem> problems = List.of();
    try {
      // Only what there is: most files hold no finding and no problem, and a rescan asks
      // this of every file.
      if (old.problems() > 0) {
        problems = previous.problemsOfFile(old.path());
      }
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
    if (old.findings() == 0) {
      return Decision.unchanged(List.of(), old.parts(), old.error(), problems);
    }
    if (old.byType() == null) {
      // An entry written before the counts were kept: counted from its findings.
      return Decision.unchanged(storedRecords(file, old), old.parts(), old.error(), problems);
    }
    // The counts are in the entry; the findings are read only for a listener that prints them.
    // The entry counts personal findings by type, so the rest of its findings are role mailboxes.
    int personal = old.byType().values().stream().mapToInt(Integer::intValue).sum();
    return Decision.unchanged(old.byType(), Math.max(0, old.findings() - personal),
        () -> storedRecords(file, old), old.parts(), old.error(), problems);
  }

  private List<FindingRecord> storedRecords(SourceItem file, FileEntry old) {
    List<FindingRecord> records = new ArrayList<>(old.findings());
    try {
      for (StoredFinding f : previous.shownFindingsOfFile(old.path())) {
        records.add(f.toRecord(file.location()));
      }
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
    return records;
  }

  /** The inventory keeps what was read; an unchanged file's findings are already in it. */
  @Override
  public boolean wantsStored() {
    return false;
  }

  @Override
  public void part(SourceItem file, Part part, List<FindingRecord> records) {
    Reading r = reading.get(file.id());
    if (r == null) {
      return;
    }
    List<StoredFinding> stored = new ArrayList<>(records.size());
    for (FindingRecord record : records) {
      stored.add(StoredFinding.of(r.key, record, hasher, excerpt(part, record), started));
    }
    String title = part.meta(Part.TITLE).isEmpty() ? part.meta(Part.SUBJECT) : part.meta(Part.TITLE);
    String lang = records.isEmpty() ? null : records.get(0).lang();
    synchronized (r) {
      // A long part comes a segment at a time: one entry, its counts added up.
      Integer at = r.partAt.get(part.locator());
      if (at == null) {
        r.partAt.put(part.locator(), r.parts.size());
        r.parts.add(new PartEntry(r.key, part.locator(), title, lang, records.size()));
      } else {
        PartEntry before = r.parts.get(at);
        r.parts.set(at, new PartEntry(r.key, part.locator(), title,
            before.lang() != null ? before.lang() : lang, before.findings() + records.size()));
      }
      r.findings.addAll(stored);
    }
  }

  @Override
  public void problem(SourceItem file, String locator, String reason) {
    problem(file.id(), locator, reason);
  }

  /**
   * The same, from a caller that forwards only paths (a listener written before items had
   * ids): a local file's id is its key.
   */
  @Override
  public void problem(Path file, String locator, String reason) {
    problem(key(file), locator, reason);
  }

  private void problem(String id, String locator, String reason) {
    Reading r = reading.get(id);
    if (r != null) {
      synchronized (r) {
        r.problems.add(new PartProblem(locator, reason));
      }
    }
  }

  private String excerpt(Part part, FindingRecord record) {
    if (!settings.storeExcerpts()) {
      return null;
    }
    String text = part.text();
    int from = Math.max(0, record.finding().start() - settings.excerptChars());
    int to = Math.min(text.length(), record.finding().end() + settings.excerptChars());
    return text.substring(from, to).replaceAll("\\s+", " ");
  }

  @Override
  public void fileDone(FileOutcome outcome) {
    SourceItem file = outcome.file();
    Reading r = reading.remove(file.id());
    if (r == null) {
      return;
    }
    try {
      synchronized (r) {
        Map<FindingType, Integer> byType = new EnumMap<>(FindingType.class);
        for (StoredFinding f : r.findings) {
          if (f.isPersonal()) { // the role mailboxes are what the total has beyond these
            byType.merge(FindingType.valueOf(f.type()), 1, Integer::sum);
          }
        }
        FileEntry entry = new FileEntry(r.key, file.size(),
            file.lastModified().to(TimeUnit.NANOSECONDS), r.contentHash, started,
            outcome.error(), outcome.parts(), outcome.findings(), r.problems.size(), r.firstSeen,
            analysis, byType);
        writer.replaceFile(entry, r.parts, r.findings, r.problems);
      }
      maybeCommit();
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
  }

  private void maybeCommit() throws IOException {
    filesSinceCommit.incrementAndGet();
    // A commit under way takes what was stored before it; what is stored meanwhile (the index
    // writer takes updates while it commits) goes into the next one.
    if (!commitDue() || !committing.tryLock()) {
      return;
    }
    try {
      if (commitDue()) { // not just done by another thread
        filesSinceCommit.set(0);
        lastCommit = System.nanoTime();
        commit.run();
      }
    } finally {
      committing.unlock();
    }
  }

  private boolean commitDue() {
    return filesSinceCommit.get() >= settings.commitEveryFiles()
        || System.nanoTime() - lastCommit >= settings.commitInterval().toNanos();
  }

  @Override
  public void skipped(Path path, String reason) {
    String key = key(path);
    if (!owns(key)) {
      skipped.put(key, reason);
    }
  }

  /** Removes a file gone from the source, unless the inventory has failed already. */
  @Override
  public boolean gone(String id) {
    if (failure.get() != null) {
      return false;
    }
    try {
      writer.removeFile(id);
      return true;
    } catch (IOException e) {
      failure.compareAndSet(null, e);
      return false;
    }
  }

  @Override
  public void goneSkipped(String id) {
    if (failure.get() != null) {
      return;
    }
    try {
      writer.removeSkipped(id);
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * Takes in the shards that tasks elsewhere wrote with this inventory's key ({@link
   * #open(Path, KeyedHasher, Settings, long)}), in place of what was held of the files they read
   * ({@code files}), as if this sink had heard those files itself; unless it has failed already.
   */
  public void addShards(List<Path> shards, Iterable<String> files) {
    if (failure.get() != null) {
      return;
    }
    try {
      writer.addShards(shards, files);
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
  }

  @Override
  public void failed(IOException e) {
    failure.compareAndSet(null, e);
  }

  /**
   * Stores what this walk skipped (kept whatever happens; what an earlier walk skipped is
   * forgotten only when the plan says it is gone), records the scan's end and commits.
   */
  @Override
  public void finish() {
    committing.lock();
    try {
      for (Map.Entry<String, String> s : skipped.entrySet()) {
        writer.putSkipped(new SkippedPath(s.getKey(), s.getValue(), started));
      }
      writer.recordScanFinished(System.currentTimeMillis());
      commit.run();
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    } finally {
      committing.unlock();
    }
  }

  /**
   * Commits what was stored and releases the inventory.
   *
   * @throws IOException when the inventory could not be written during the scan
   */
  @Override
  public void close() throws IOException {
    try (InventorySearcher p = previous; InventoryWriter w = writer) {
      IOException e = failure.get();
      if (e != null) {
        throw new IOException("the inventory could not be updated: " + e.getMessage(), e);
      }
    }
  }
}
