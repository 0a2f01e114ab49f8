package dev.shirabe.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.pipeline.ChangePlanner.Change;
import dev.shirabe.pipeline.ChangePlanner.Verdict;
import dev.shirabe.source.Source;
import dev.shirabe.source.SourceItem;
import dev.shirabe.source.SourceVisitor;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The planning step alone: in-memory items against in-memory entries, no pipeline, no index. */
class ChangePlannerTest {

  static final Path SHARE = Path.of("/share");
  static final AnalysisFingerprint THIS = new AnalysisFingerprint(1, 2, 3);
  static final AnalysisFingerprint OTHER_POLICY = new AnalysisFingerprint(1, 9, 3);

  /** An item in memory that counts how often its bytes are opened. */
  record Item(Path path, long size, FileTime lastModified, byte[] bytes, AtomicInteger opens)
      implements SourceItem {

    static Item of(String name, String text, long millis) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new Item(SHARE.resolve(name), bytes.length, FileTime.fromMillis(millis), bytes,
          new AtomicInteger());
    }

    @Override
    public Path root() {
      return SHARE;
    }

    @Override
    public InputStream open() {
      opens.incrementAndGet();
      return new ByteArrayInputStream(bytes);
    }
  }

  /** What the store would hold of the item's current bytes and time. */
  static KnownItem held(Item item, AnalysisFingerprint analysis) throws Exception {
    return KnownItem.of(item.id(), item.size(), item.lastModified().to(TimeUnit.NANOSECONDS),
        sha256(item.bytes()), analysis);
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  /** The share's listing covers every file but the .csv files (an exclude pattern). */
  static final Source SOURCE = new Source() {
    @Override
    public List<Path> roots() {
      return List.of(SHARE);
    }

    @Override
    public void list(SourceVisitor visitor) {
      throw new AssertionError("the planner does not list");
    }

    @Override
    public boolean covers(Path root, Path item) {
      return item.startsWith(root) && !item.toString().endsWith(".csv");
    }
  };

  @Test
  void newChangedUnchangedTouchedRereadAndGone() throws Exception {
    Item same = Item.of("same.txt", "mail taro@example.jp", 1_000);
    Item touchedBefore = Item.of("touched.txt", "tel 03-5555-0123", 1_000);
    Item touched = Item.of("touched.txt", "tel 03-5555-0123", 9_000); // time moved, same bytes
    Item editedBefore = Item.of("edited.txt", "mail jiro@example.jp", 1_000);
    Item edited = Item.of("edited.txt", "mail JIRO@example.jp", 9_000); // same size, new bytes
    Item grown = Item.of("grown.txt", "a longer text than before", 9_000);
    Item policy = Item.of("policy.txt", "policy changed since", 1_000);
    Item fresh = Item.of("new.txt", "hanako@example.jp", 1_000);
    List<KnownItem> held = new ArrayList<>(List.of(held(same, THIS), held(touchedBefore, THIS),
        held(editedBefore, THIS), held(Item.of("grown.txt", "short", 1_000), THIS),
        held(policy, OTHER_POLICY), held(Item.of("deleted.txt", "x", 1_000), THIS),
        held(Item.of("excluded.csv", "x", 1_000), THIS)));
    ChangePlanner<KnownItem> planner = new ChangePlanner<>(KnownItems.of(held, List.of()), THIS,
        false, Long.MAX_VALUE, id -> false);

    Verdict<KnownItem> v = planner.plan(same);
    assertEquals(Change.UNCHANGED, v.change());
    assertFalse(v.read());
    assertEquals(0, same.opens().get(), "size and time as held: not opened, not hashed");

    v = planner.plan(touched);
    assertEquals(Change.TOUCHED, v.change());
    assertFalse(v.read(), "only the time moved: not read");
    assertEquals(1, touched.opens().get(), "hashed to tell it from a changed file");
    assertEquals(sha256(touched.bytes()), v.contentHash());
    assertSame(held.get(1), v.known(), "the store's entry comes back, for the store");

    v = planner.plan(edited);
    assertEquals(Change.CHANGED, v.change());
    assertTrue(v.read());
    assertEquals(sha256(edited.bytes()), v.contentHash());

    assertEquals(Change.CHANGED, planner.plan(grown).change());

    v = planner.plan(policy);
    assertEquals(Change.REREAD, v.change());
    assertTrue(v.read());
    assertEquals("another policy", v.reason());
    assertEquals(0, policy.opens().get(), "size and time as held: the held hash stands");

    v = planner.plan(fresh);
    assertEquals(Change.NEW, v.change());
    assertTrue(v.read());
    assertNull(v.known());

    List<String> gone = new ArrayList<>();
    planner.gone(SOURCE, gone::add, id -> {});
    assertEquals(List.of(SHARE.resolve("deleted.txt").toString()), gone,
        "not met and covered; the .csv is left out by the patterns, not gone");
    assertEquals(List.of(), planner.warnings());
  }

  @Test
  void readAllReadsTheUnchangedAsReReadAndSaysWhy() throws Exception {
    Item same = Item.of("same.txt", "mail taro@example.jp", 1_000);
    ChangePlanner<KnownItem> planner = new ChangePlanner<>(
        KnownItems.of(List.of(held(same, THIS)), List.of()), THIS, true, Long.MAX_VALUE,
        id -> false);
    Verdict<KnownItem> v = planner.plan(same);
    // Read, so not "unchanged (not read again)", as the summary says of the unchanged.
    assertEquals(Change.REREAD, v.change());
    assertEquals(ChangePlanner.READ_ALL, v.reason());
    assertTrue(v.read());
    assertEquals(1, same.opens().get(), "a full rescan hashes anew");
  }

  @Test
  void nothingIsGoneUnderAnEmptyRootOrAnUnreadablePath() throws Exception {
    Item kept = Item.of("sub/kept.txt", "x", 1_000);
    Item other = Item.of("other.txt", "y", 1_000);
    List<KnownItem> held = List.of(held(kept, THIS), held(other, THIS));

    // Nothing met under the root (a share that failed to mount): nothing gone, a warning.
    ChangePlanner<KnownItem> empty = new ChangePlanner<>(KnownItems.of(held, List.of()), THIS,
        false, Long.MAX_VALUE, id -> false);
    List<String> gone = new ArrayList<>();
    empty.gone(SOURCE, gone::add, id -> {});
    assertEquals(List.of(), gone);
    assertEquals(1, empty.warnings().size());
    assertTrue(empty.warnings().get(0).contains("2"), empty.warnings()::toString);

    // The folder "sub" could not be read: its file is not gone; "other.txt" is.
    ChangePlanner<KnownItem> cut = new ChangePlanner<>(KnownItems.of(held, List.of()), THIS,
        false, Long.MAX_VALUE, id -> false);
    cut.plan(Item.of("met.txt", "z", 1_000));
    cut.unreadable(SHARE.resolve("sub"));
    cut.gone(SOURCE, gone::add, id -> {});
    assertEquals(List.of(other.id()), gone);
  }

  @Test
  void skippedPathsNotMetAgainAreGoneAndTheStoresOwnFilesAreLeftAlone() throws Exception {
    String link = SHARE.resolve("link").toString();
    String stillLink = SHARE.resolve("still-link").toString();
    ChangePlanner<KnownItem> planner = new ChangePlanner<>(
        KnownItems.of(List.of(), List.of(link, stillLink)), THIS, false, Long.MAX_VALUE,
        id -> id.startsWith("/share/.inventory/"));
    Item own = Item.of(".inventory/segments_1", "index bytes", 1_000);
    assertEquals(Change.IGNORED, planner.plan(own).change());
    assertFalse(planner.plan(own).read());
    assertEquals(0, own.opens().get());
    planner.skipped(SHARE.resolve("still-link"));
    List<String> goneSkipped = new ArrayList<>();
    planner.gone(SOURCE, id -> {}, goneSkipped::add);
    assertEquals(List.of(link), goneSkipped);
  }

  @Test
  void heldItemsUnderARootAreThoseInItsFolderOnly() throws Exception {
    List<KnownItem> held = List.of(KnownItem.of("/share", 1, 1, "", THIS),
        KnownItem.of("/share-b/x", 1, 1, "", THIS), KnownItem.of("/share.txt", 1, 1, "", THIS),
        KnownItem.of("/share/a", 1, 1, "", THIS), KnownItem.of("/share/b/c", 1, 1, "", THIS),
        KnownItem.of("/sharex", 1, 1, "", THIS));
    List<String> under = new ArrayList<>();
    KnownItems.of(held, List.of()).forEachUnder("/share", under::add);
    assertEquals(List.of("/share", "/share/a", "/share/b/c"), under);
  }
}
