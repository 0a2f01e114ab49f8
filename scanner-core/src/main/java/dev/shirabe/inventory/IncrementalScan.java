package dev.shirabe.inventory;

import dev.shirabe.source.PathIdentity;
import dev.shirabe.detect.FindingType;
import dev.shirabe.extract.Part;
import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.ChangeCounts;
import dev.shirabe.pipeline.FileOutcome;
import dev.shirabe.pipeline.FindingRecord;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPlan;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * A scan that keeps the inventory: the {@link ScanPlan} that tells the pipeline which files
 * changed, and the {@link ScanListener} that stores what was found in those it read.
 *
 * <p>A file whose size and modification time are those stored is not read; one whose size is
 * the same but time differs is hashed (SHA-256, in the extraction thread) and, when its bytes
 * are unchanged, only its time is updated. Either holds only when the stored findings were
 * made by this run's analysis ({@link AnalysisFingerprint}: the same build, policy, detectors
 * and options, compared as three numbers per file); an unchanged file another analysis read
 * is read again and counted apart, with the reason. Any other file is read, and its entry, parts and
 * findings replace the old ones in one step once all its parts are analysed. Files the
 * inventory held under the roots that a complete walk did not meet are removed; nothing is
 * removed when the walk was cut short, under a path the walk could not read, nor under a root
 * where no file at all was found (a share that failed to mount, missing or an empty mount
 * point, must not empty the inventory; see {@link #warnings()}).
 *
 * <p>Paths the walk did not read on purpose (links, pipes, sockets, devices) are kept apart
 * ({@link SkippedPath}): stored at the end of every scan, and those a complete walk did not
 * meet again forgotten under the same conditions as files.
 *
 * <p>Commits come every {@link Settings#commitEveryFiles} files or {@link
 * Settings#commitInterval}, and at the end, so a scan killed at any moment leaves the last
 * commit readable and the next scan reads only what that commit lacks.
 */
public final class IncrementalScan implements ScanPlan, ScanListener, Closeable {

  /**
   * @param readAll read every file, changed or not (a full rescan; also needed to reveal raw
   *     values, which the inventory does not keep)
   * @param storeExcerpts keep the raw text around each finding (off by default)
   * @param excerptChars chars kept on each side of a finding when storing excerpts
   */
  public record Settings(boolean readAll, boolean storeExcerpts, int excerptChars,
      int commitEveryFiles, Duration commitInterval) {

    public static final Settings DEFAULTS =
        new Settings(false, false, 40, 1000, Duration.ofSeconds(30));

    public Settings withReadAll(boolean readAll) {
      return new Settings(readAll, storeExcerpts, excerptChars, commitEveryFiles, commitInterval);
    }

    public Settings withStoreExcerpts(boolean store) {
      return new Settings(readAll, store, excerptChars, commitEveryFiles, commitInterval);
    }

    public Settings withCommitEvery(int files, Duration interval) {
      return new Settings(readAll, storeExcerpts, excerptChars, files, interval);
    }
  }

  private enum Change { ADDED, CHANGED, UNCHANGED, REREAD }

  /** A file being read: what decide() learnt of it, and what its parts found so far. */
  private static final class Reading {
    final String key;
    final String contentHash;
    final Change change;
    /** Why an unchanged file is read again ({@link Change#REREAD}), else null. */
    final String reason;
    /** When the file first entered the inventory: now for a new file, else as stored. */
    final long firstSeen;
    final List<PartEntry> parts = new ArrayList<>();
    /** Where each locator's entry is in {@link #parts}. */
    final Map<String, Integer> partAt = new HashMap<>();
    final List<StoredFinding> findings = new ArrayList<>();
    final List<PartProblem> problems = new ArrayList<>();

    Reading(String key, String contentHash, Change change, String reason, long firstSeen) {
      this.key = key;
      this.contentHash = contentHash;
      this.change = change;
      this.reason = reason;
      this.firstSeen = firstSeen;
    }
  }

  private final InventoryWriter writer;
  private final InventorySearcher previous;
  private final KeyedHasher hasher;
  private final List<Path> roots;
  /** What the scan lists: tells a file gone from one its patterns leave out. */
  private final Source coverage;
  private final Settings settings;
  /** The inventory's own folder, with a trailing separator. */
  private final String ownFolder;
  private final long maxFileBytes;
  private final long started = System.currentTimeMillis();

  /** Why an unchanged file was read again when its analysis had not changed. */
  public static final String READ_ALL = "asked for (--full or --reveal)";

  private final Map<Path, Reading> reading = new ConcurrentHashMap<>();
  private final SeenFiles seen = new SeenFiles();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();
  /** The paths this walk met and did not read on purpose, by key: their reasons. */
  private final Map<String, String> skipped = new ConcurrentHashMap<>();
  private final Map<Path, LongAdder> seenUnderRoot = new ConcurrentHashMap<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final LongAdder added = new LongAdder();
  private final LongAdder changed = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final Map<String, LongAdder> reread = new ConcurrentHashMap<>();
  /**
   * What analyses this run's files, with what the store keeps of them; told by the pipeline
   * before the first file ({@link #analysedBy}).
   */
  private volatile AnalysisFingerprint analysis;
  private long removed;
  private final AtomicReference<IOException> failure = new AtomicReference<>();

  private int filesSinceCommit;
  private long lastCommit = System.nanoTime();

  private IncrementalScan(InventoryWriter writer, InventorySearcher previous, KeyedHasher hasher,
      Source source, ScanOptions options, Settings settings) {
    this.writer = writer;
    this.previous = previous;
    this.hasher = hasher;
    this.roots = source.roots().stream().map(IncrementalScan::absolute).toList();
    this.coverage = source;
    this.settings = settings;
    this.ownFolder = key(writer.folder()) + java.io.File.separator;
    this.maxFileBytes = options.limits().maxFileBytes();
  }

  /**
   * Opens the inventory in {@code folder} for a scan of {@code roots} with {@code options}'
   * patterns (what the patterns leave out is not taken as gone).
   *
   * @throws InventoryBusyException when another scan is writing to it
   * @throws WrongKeyException when its hashes were made with another key
   */
  public static IncrementalScan open(Path folder, KeyedHasher hasher, List<Path> roots,
      ScanOptions options, Settings settings) throws IOException {
    return open(folder, hasher, new LocalSource(roots, options.include(), options.exclude()),
        options, settings);
  }

  /**
   * Opens the inventory in {@code folder} for a scan of what {@code source} lists (the same
   * source the pipeline lists: what it does not cover is not taken as gone), with {@code
   * options}' limits.
   *
   * @throws InventoryBusyException when another scan is writing to it
   * @throws WrongKeyException when its hashes were made with another key
   */
  public static IncrementalScan open(Path folder, KeyedHasher hasher, Source source,
      ScanOptions options, Settings settings) throws IOException {
    InventoryWriter writer = InventoryWriter.open(folder, hasher);
    try {
      return new IncrementalScan(writer, InventorySearcher.openWritten(folder), hasher, source,
          options, settings);
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /**
   * The file's key in the inventory: its absolute path as reached from its root, bytes-exact
   * ({@link PathIdentity}: two names Java shows alike are two keys).
   */
  static String key(Path path) {
    return PathIdentity.of(path);
  }

  @Override
  public void analysedBy(AnalysisFingerprint fingerprint) {
    // Excerpts kept or not change what a stored finding holds, so they are part of it too.
    this.analysis = fingerprint.with(settings.storeExcerpts()
        ? "excerpts=" + settings.excerptChars() : "excerpts=none");
  }

  @Override
  public Decision decide(SourceItem file) {
    AnalysisFingerprint current = analysis;
    if (current == null) {
      throw new IllegalStateException("the scan was not told what analyses its files");
    }
    String key = file.id();
    if (key.startsWith(ownFolder)) {
      // The inventory itself, under a scanned root (a scan of the home folder): its files
      // change as the scan writes them and hold nothing but hashes and masked values.
      return Decision.unchanged(List.of(), 0, null, List.of());
    }
    seen.add(key);
    seenUnderRoot.computeIfAbsent(absolute(file.root()), r -> new LongAdder()).increment();
    Optional<FileEntry> stored;
    try {
      stored = previous.file(key);
    } catch (IOException e) {
      stored = Optional.empty(); // read it: better twice than not at all
    }
    long modified = file.lastModified().to(TimeUnit.NANOSECONDS);
    FileEntry old = stored.orElse(null);
    // Compared before anything is read: three numbers, the same for nearly every file.
    String reason = old == null ? null : current.reasonToReread(old.analysis());
    boolean sameSize = old != null && old.size() == file.size();
    boolean sameTime = sameSize && old.modified() == modified;
    if (sameTime && reason == null && !settings.readAll()) {
      return unchanged(file, old);
    }
    // A file over the size limit is not read, so not hashed either. One read again only for
    // another analysis, its size and time as stored, has the bytes stored (the rule that
    // spares unchanged files a reading); --full hashes every file anew.
    String hash = sameTime && !settings.readAll() ? old.contentHash()
        : file.size() > maxFileBytes ? null : hash(file);
    boolean sameBytes = sameSize && hash != null && hash.equals(old.contentHash());
    if (sameBytes && reason == null && !settings.readAll()) {
      Decision decision = unchanged(file, old);
      try {
        // Touched, not changed.
        writer.updateFileEntry(old.withModified(modified), decision.storedProblems());
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
      return decision;
    }
    // Same bytes and read all the same (--full, --reveal): re-read, not "unchanged (not read
    // again)", which the summary would say of it.
    Change change = old == null ? Change.ADDED
        : !sameBytes ? Change.CHANGED
        : reason != null || settings.readAll() ? Change.REREAD
        : Change.UNCHANGED;
    if (reading.putIfAbsent(file.path(), new Reading(key, hash == null ? "" : hash, change,
        reason != null ? reason : READ_ALL, old == null ? started : old.firstSeen())) != null) {
      // Met twice (overlapping roots) while the first is still being read: one reading.
      return Decision.unchanged(List.of(), 0, null, List.of());
    }
    return Decision.READ;
  }

  private static String hash(SourceItem file) {
    try (java.io.InputStream in = file.open()) {
      return ContentHash.of(in);
    } catch (IOException | RuntimeException e) {
      return null; // the extraction will say why it cannot be read
    }
  }

  private Decision unchanged(SourceItem file, FileEntry old) {
    unchanged.increment();
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
    Reading r = reading.get(file.path());
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
  public void problem(Path file, String locator, String reason) {
    Reading r = reading.get(file);
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
    Reading r = reading.remove(file.path());
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
      switch (r.change) {
        case ADDED -> added.increment();
        case CHANGED -> changed.increment();
        case UNCHANGED -> unchanged.increment();
        case REREAD -> reread.computeIfAbsent(r.reason, k -> new LongAdder()).increment();
      }
      maybeCommit();
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
  }

  private synchronized void maybeCommit() throws IOException {
    filesSinceCommit++;
    long now = System.nanoTime();
    if (filesSinceCommit >= settings.commitEveryFiles()
        || now - lastCommit >= settings.commitInterval().toNanos()) {
      writer.commit();
      filesSinceCommit = 0;
      lastCommit = now;
    }
  }

  @Override
  public void unreadable(Path path) {
    unreadable.add(key(path));
  }

  @Override
  public void skipped(Path path, String reason) {
    String key = key(path);
    if (!key.startsWith(ownFolder)) {
      skipped.put(key, reason);
    }
  }

  /** Removes what is gone (after a complete walk only) and commits. */
  @Override
  public synchronized ChangeCounts finish(boolean walkComplete) {
    try {
      // What this walk skipped is kept whatever happens; what an earlier walk skipped is
      // forgotten only as files are: after a complete walk that did not meet it again.
      for (Map.Entry<String, String> s : skipped.entrySet()) {
        writer.putSkipped(new SkippedPath(s.getKey(), s.getValue(), started));
      }
      if (walkComplete && failure.get() == null) {
        for (Path root : roots) {
          removeGone(root);
          removeGoneSkipped(root);
        }
      }
      writer.recordScanFinished(System.currentTimeMillis());
      writer.commit();
    } catch (IOException e) {
      failure.compareAndSet(null, e);
    }
    Map<String, Long> because = new java.util.TreeMap<>();
    reread.forEach((reason, count) -> because.put(reason, count.sum()));
    long rereadCount = because.values().stream().mapToLong(Long::longValue).sum();
    return new ChangeCounts(added.sum(), changed.sum(), unchanged.sum(), removed, rereadCount,
        because);
  }

  /** Removes what the inventory holds under the root that the walk did not meet. */
  private void removeGone(Path root) throws IOException {
    String rootKey = key(root);
    if (seenUnderRoot.get(root) == null) {
      long[] held = {0};
      previous.forEachFileUnder(rootKey, path -> held[0]++);
      if (held[0] > 0) {
        // An empty mount point looks like a share whose files were all deleted.
        warnings.add("no file found under " + root + ", where the inventory holds " + held[0]
            + ": they are kept (is the share mounted?)");
      }
      return;
    }
    try {
      previous.forEachFileUnder(rootKey, held -> {
        if (!seen.contains(held) && !underUnreadable(held)
            && coverage.covers(root, PathIdentity.toPath(held))) {
          try {
            writer.removeFile(held);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          removed++;
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Forgets the skipped paths held under the root that the walk did not meet again (a link
   * deleted, or replaced by a file), under the same conditions as {@link #removeGone}: not
   * under a path the walk could not read, nor under a root where it met nothing at all.
   */
  private void removeGoneSkipped(Path root) throws IOException {
    String rootKey = key(root);
    String folder = rootKey.endsWith(java.io.File.separator)
        ? rootKey : rootKey + java.io.File.separator;
    boolean metAnything = seenUnderRoot.get(root) != null || skipped.keySet().stream()
        .anyMatch(k -> k.equals(rootKey) || k.startsWith(folder));
    if (!metAnything) {
      return;
    }
    for (SkippedPath held : previous.skippedUnder(rootKey)) {
      if (!skipped.containsKey(held.path()) && !underUnreadable(held.path())
          && coverage.covers(root, PathIdentity.toPath(held.path()))) {
        writer.removeSkipped(held.path());
      }
    }
  }

  /** What the scan chose not to do and the user should know (a root found empty). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private boolean underUnreadable(String path) {
    for (String u : unreadable) {
      if (path.equals(u) || path.startsWith(u.endsWith(java.io.File.separator) ? u : u + java.io.File.separator)) {
        return true;
      }
    }
    return false;
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
