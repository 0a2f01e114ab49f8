package dev.shirabe.pipeline;

import dev.shirabe.source.PathIdentity;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The planning step of an incremental scan: from the source's items and what the store holds
 * ({@link KnownItems}), which items are new, changed, unchanged or gone, and so which to read.
 *
 * <p>An item whose size and modification time are those held is not read; one whose size is
 * the same but time differs is hashed (SHA-256 of its stream, in the caller's thread) and, when
 * its bytes are unchanged, is only touched (its time moved). Either holds only when the held
 * entry was made by this run's analysis ({@link AnalysisFingerprint}); an unchanged item
 * another analysis read is read again, with the reason ({@link Change#REREAD}). Every other
 * item is read.
 *
 * <p>Items held under the roots that a complete listing did not meet are gone ({@link #gone});
 * none is gone under a path the listing could not read, nor under a root where it met nothing
 * at all (a share that failed to mount, missing or an empty mount point, must not empty the
 * store: {@link #warnings}), nor where the source's patterns leave it out. Skipped paths
 * (links, pipes) held and not met again go the same way.
 *
 * <p>{@link #plan} is called from several threads at once; the rest after the listing.
 *
 * @param <E> the store's entries, handed back in the verdicts of items it holds
 */
public final class ChangePlanner<E extends KnownItem> {

  /** What an item is, compared with what the store holds. */
  public enum Change {
    /** Not held: read it. */
    NEW,
    /** Held, with other bytes: read it. */
    CHANGED,
    /** Held with the same bytes, but another analysis made its findings: read it again. */
    REREAD,
    /** Held with the same size and time (or bytes, when read again anyway). */
    UNCHANGED,
    /** Held with the same bytes and another time: the store moves the time, nothing is read. */
    TOUCHED,
    /** The store's own file (an inventory under a scanned root): neither read nor counted. */
    IGNORED
  }

  /**
   * The plan for one item.
   *
   * @param read whether to read it
   * @param known what the store holds of it, or null for a new (or ignored) item
   * @param contentHash the hash of its bytes as far as the planning learnt it (the held one
   *     when size and time are unchanged), or null when it was not hashed (over the size limit,
   *     unreadable)
   * @param reason why an unchanged item is read again ({@link Change#REREAD}), else null
   */
  public record Verdict<E>(Change change, boolean read, E known, String contentHash,
      String reason) {}

  private final KnownItems<E> known;
  private final AnalysisFingerprint analysis;
  /** Why an unchanged item was read again when its analysis had not changed. */
  public static final String READ_ALL = "asked for (--full or --reveal)";

  private final boolean readAll;
  private final long maxFileBytes;
  private final Predicate<String> ignored;

  private final SeenFiles seen = new SeenFiles();
  private final Map<Path, LongAdder> seenUnderRoot = new ConcurrentHashMap<>();
  private final List<String> unreadable = new CopyOnWriteArrayList<>();
  private final Set<String> skipped = ConcurrentHashMap.newKeySet();
  private final List<String> warnings = new CopyOnWriteArrayList<>();

  /**
   * @param analysis what analyses this run's items, as the store records it
   * @param readAll read every item, changed or not (a full rescan; also needed to reveal raw
   *     values, which a store does not keep)
   * @param maxFileBytes items larger are not read, so not hashed either
   * @param ignored the ids the store writes itself: left alone
   */
  public ChangePlanner(KnownItems<E> known, AnalysisFingerprint analysis, boolean readAll,
      long maxFileBytes, Predicate<String> ignored) {
    this.known = known;
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.readAll = readAll;
    this.maxFileBytes = maxFileBytes;
    this.ignored = ignored;
  }

  /** Plans one listed item; remembers it as met. May read the item (to hash it). */
  public Verdict<E> plan(SourceItem item) {
    String id = item.id();
    if (ignored.test(id)) {
      // The inventory itself, under a scanned root (a scan of the home folder): its files
      // change as the scan writes them and hold nothing but hashes and masked values.
      return new Verdict<>(Change.IGNORED, false, null, null, null);
    }
    seen.add(id);
    seenUnderRoot.computeIfAbsent(absolute(item.root()), r -> new LongAdder()).increment();
    Optional<E> stored;
    try {
      stored = known.find(id);
    } catch (IOException e) {
      stored = Optional.empty(); // read it: better twice than not at all
    }
    long modified = item.lastModified().to(TimeUnit.NANOSECONDS);
    E old = stored.orElse(null);
    // Compared before anything is read: three numbers, the same for nearly every item.
    String reason = old == null ? null : analysis.reasonToReread(old.analysis());
    boolean sameSize = old != null && old.size() == item.size();
    boolean sameTime = sameSize && old.modified() == modified;
    if (sameTime && reason == null && !readAll) {
      return new Verdict<>(Change.UNCHANGED, false, old, old.contentHash(), null);
    }
    // An item over the size limit is not read, so not hashed either. One read again only for
    // another analysis, its size and time as held, has the bytes held (the rule that spares
    // unchanged items a reading); a full rescan hashes every item anew.
    String hash = sameTime && !readAll ? old.contentHash()
        : item.size() > maxFileBytes ? null : hash(item);
    boolean sameBytes = sameSize && hash != null && hash.equals(old.contentHash());
    if (sameBytes && reason == null && !readAll) {
      return new Verdict<>(Change.TOUCHED, false, old, hash, null);
    }
    // Same bytes and read all the same (--full, --reveal): re-read, not "unchanged (not read
    // again)", which the summary would say of it.
    Change change = old == null ? Change.NEW
        : !sameBytes ? Change.CHANGED
        : reason != null || readAll ? Change.REREAD
        : Change.UNCHANGED;
    return new Verdict<>(change, true, old, hash,
        change == Change.REREAD && reason == null ? READ_ALL : reason);
  }

  private static String hash(SourceItem item) {
    try (InputStream in = item.open()) {
      return ContentHash.of(in);
    } catch (IOException | RuntimeException e) {
      return null; // the extraction will say why it cannot be read
    }
  }

  /**
   * The listing could not read this path (a missing root, a folder, a file): what lies under
   * it may still exist and is not gone.
   */
  public void unreadable(Path path) {
    unreadable.add(PathIdentity.of(path));
  }

  /** The listing met this path and did not read it on purpose (a link, a pipe, a device). */
  public void skipped(Path path) {
    String id = PathIdentity.of(path);
    if (!ignored.test(id)) {
      skipped.add(id);
    }
  }

  /**
   * Gives what is gone: each item held under the source's roots that the listing did not meet
   * ({@code items}), and each skipped path held there that it did not meet again ({@code
   * skippedPaths}). Call only after a complete listing.
   */
  public void gone(Source source, Consumer<String> items, Consumer<String> skippedPaths)
      throws IOException {
    for (Path given : source.roots()) {
      Path root = absolute(given);
      goneItems(source, root, items);
      goneSkipped(source, root, skippedPaths);
    }
  }

  private void goneItems(Source source, Path root, Consumer<String> items) throws IOException {
    String rootId = PathIdentity.of(root);
    if (seenUnderRoot.get(root) == null) {
      long[] held = {0};
      known.forEachUnder(rootId, id -> held[0]++);
      if (held[0] > 0) {
        // An empty mount point looks like a share whose files were all deleted.
        warnings.add("no file found under " + root + ", where the inventory holds " + held[0]
            + ": they are kept (is the share mounted?)");
      }
      return;
    }
    known.forEachUnder(rootId, held -> {
      if (!seen.contains(held) && !underUnreadable(held)
          && source.covers(root, PathIdentity.toPath(held))) {
        items.accept(held);
      }
    });
  }

  /**
   * The skipped paths held under the root that the listing did not meet again (a link deleted,
   * or replaced by a file), under the same conditions as items.
   */
  private void goneSkipped(Source source, Path root, Consumer<String> skippedPaths)
      throws IOException {
    String rootId = PathIdentity.of(root);
    String folder = rootId.endsWith(File.separator) ? rootId : rootId + File.separator;
    boolean metAnything = seenUnderRoot.get(root) != null || skipped.stream()
        .anyMatch(k -> k.equals(rootId) || k.startsWith(folder));
    if (!metAnything) {
      return;
    }
    known.forEachSkippedUnder(rootId, held -> {
      if (!skipped.contains(held) && !underUnreadable(held)
          && source.covers(root, PathIdentity.toPath(held))) {
        skippedPaths.accept(held);
      }
    });
  }

  private boolean underUnreadable(String id) {
    for (String u : unreadable) {
      if (id.equals(u) || id.startsWith(u.endsWith(File.separator) ? u : u + File.separator)) {
        return true;
      }
    }
    return false;
  }

  /** What the planning chose not to do and the user should know (a root found empty). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private static Path absolute(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
