package dev.shirabe.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@link Source} contract, for the local file system. */
class LocalSourceTest {

  @TempDir Path dir;

  /** Everything a listing reports, in order. */
  private static final class Listing implements SourceVisitor {
    final Map<String, SourceItem> items = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void item(SourceItem item) {
      items.put(item.path().getFileName().toString(), item);
    }

    @Override
    public void problem(Path path, String reason) {
      problems.add(path.getFileName() + ": " + reason);
    }

    @Override
    public void skipped(Path path, String reason) {
      skipped.add(path.getFileName() + ": " + reason);
    }
  }

  private Listing list(Source source) throws InterruptedException {
    Listing listing = new Listing();
    source.list(listing);
    return listing;
  }

  private Path write(String name, byte[] bytes, long modifiedMillis) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
    return file;
  }

  @Test
  void itemsCarryTheInventorysKeyTheirSizeTimeAndBytes() throws Exception {
    byte[] text = "山田太郎 taro@example.jp\n".getBytes(StandardCharsets.UTF_8);
    byte[] binary = new byte[70_000]; // more than one buffer of any stream in between
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    Path a = write("a.txt", text, 1_600_000_000_000L);
    Path b = write("sub/b.bin", binary, 1_700_000_000_000L);

    Listing listing = list(new LocalSource(List.of(dir), List.of(), List.of()));

    // In the order the file system gives them: compared as a set.
    assertEquals(java.util.Set.of("a.txt", "b.bin"), listing.items.keySet());
    SourceItem itemA = listing.items.get("a.txt");
    SourceItem itemB = listing.items.get("b.bin");
    // The id is the key inventories have always used: the absolute path, so they stay valid.
    assertEquals(a.toAbsolutePath().normalize().toString(), itemA.id());
    assertEquals(b.toAbsolutePath().normalize().toString(), itemB.id());
    assertEquals(a.toString(), itemA.location());
    assertEquals(dir, itemA.root());
    assertEquals(text.length, itemA.size());
    assertEquals(binary.length, itemB.size());
    assertEquals(FileTime.fromMillis(1_600_000_000_000L), itemA.lastModified());
    assertEquals(FileTime.fromMillis(1_700_000_000_000L), itemB.lastModified());
    assertEquals(a, itemA.file().orElseThrow());
    // Each open() is a new stream from the start.
    for (int round = 0; round < 2; round++) {
      try (InputStream in = itemB.open()) {
        assertArrayEquals(binary, in.readAllBytes());
      }
    }
    try (InputStream in = itemA.open()) {
      assertArrayEquals(text, in.readAllBytes());
    }
    assertTrue(listing.problems.isEmpty());
  }

  @Test
  void anItemNamedByItsPathIsTheSameAsOneListed() throws Exception {
    Path a = write("a.txt", new byte[] {1, 2, 3}, 1_650_000_000_000L);
    SourceItem listed = list(new LocalSource(List.of(dir), List.of(), List.of())).items.get("a.txt");
    SourceItem named = SourceFile.of(a);
    assertEquals(listed.id(), named.id());
    assertEquals(listed.size(), named.size());
    assertEquals(listed.lastModified(), named.lastModified());
    assertEquals(a, named.root());
    assertThrows(IOException.class, () -> SourceFile.of(dir.resolve("missing.txt")));
  }

  @Test
  void patternsLeaveItemsOutAndCoversTellsWhichTheyAre() throws Exception {
    write("keep.txt", new byte[] {1}, 1_650_000_000_000L);
    write("skip.log", new byte[] {1}, 1_650_000_000_000L);
    write("archive/old.txt", new byte[] {1}, 1_650_000_000_000L);
    LocalSource source = new LocalSource(List.of(dir), List.of(), List.of("*.log", "archive"));

    assertEquals(List.of("keep.txt"), List.copyOf(list(source).items.keySet()));
    assertEquals(List.of(dir), source.roots());
    assertTrue(source.covers(dir, dir.resolve("keep.txt")));
    assertTrue(source.covers(dir, dir.resolve("deleted.txt")), "a file gone is covered");
    assertFalse(source.covers(dir, dir.resolve("skip.log")));
    assertFalse(source.covers(dir, dir.resolve("archive/old.txt")));
    assertFalse(source.covers(dir, dir.resolveSibling("elsewhere.txt")));
  }

  @Test
  void aMissingRootIsAProblemAndTheOtherRootsAreListed() throws Exception {
    write("ok/a.txt", new byte[] {1}, 1_650_000_000_000L);
    Listing listing = list(new LocalSource(
        List.of(dir.resolve("missing"), dir.resolve("ok")), List.of(), List.of()));
    assertEquals(List.of("missing: no such file or folder"), listing.problems);
    assertEquals(List.of("a.txt"), List.copyOf(listing.items.keySet()));
  }

  @Test
  void anUnreadableFileIsAProblemNotLost() throws Exception {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root reads everything");
    write("open.txt", new byte[] {1}, 1_650_000_000_000L);
    Path locked = write("locked.txt", new byte[] {1}, 1_650_000_000_000L);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Listing listing = list(new LocalSource(List.of(dir), List.of(), List.of()));
    assertEquals(List.of("open.txt"), List.copyOf(listing.items.keySet()));
    assertEquals(List.of("locked.txt: permission denied"), listing.problems);
  }

  @Test
  void anItemGoneAfterTheListingFailsToOpenWithAnIoError() throws Exception {
    Path a = write("a.txt", new byte[] {1}, 1_650_000_000_000L);
    SourceItem item = list(new LocalSource(List.of(dir), List.of(), List.of())).items.get("a.txt");
    Files.delete(a);
    assertThrows(IOException.class, item::open);
  }

  @Test
  void linksAndSpecialFilesAreSkippedNotListed() throws Exception {
    Path target = write("target.txt", new byte[] {1}, 1_650_000_000_000L);
    Files.createSymbolicLink(dir.resolve("link.txt"), target);
    Listing listing = list(new LocalSource(List.of(dir), List.of(), List.of()));
    assertEquals(List.of("target.txt"), List.copyOf(listing.items.keySet()));
    assertEquals(List.of("link.txt: symbolic link, not followed"), listing.skipped);
  }
}
