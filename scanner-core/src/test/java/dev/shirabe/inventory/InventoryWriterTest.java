package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryWriterTest {

  @TempDir Path dir;

  private final KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);

  private StoredFinding finding(String file, String part, FindingType type, int start,
      String raw, String normalized) {
    FindingRecord record = new FindingRecord(file, part,
        new Finding(type, null, start, start + raw.length(), raw, normalized, 0.9, "test"),
        new Classification("customer", List.of("shipping"), List.of("顧客")), "ja");
    return StoredFinding.of(file, record, hasher, null, 42L);
  }

  private void write(InventoryWriter writer, String file, StoredFinding... findings)
      throws Exception {
    writer.replaceFile(new FileEntry(file, 100, 7, "abc", 42L, null, 1, findings.length),
        List.of(new PartEntry(file, "", "", "ja", findings.length)), List.of(findings));
  }

  @Test
  void findsBySubjectAndByPartAndReplacesAFileWhole() throws Exception {
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      write(writer, "/share/a.txt",
          finding("/share/a.txt", "", FindingType.PHONE, 30, "03-5555-0123", "+81355550123"),
          finding("/share/a.txt", "", FindingType.EMAIL, 5, "Taro@Example.jp", "taro@example.jp"));
      write(writer, "/share/b.txt",
          finding("/share/b.txt", "", FindingType.EMAIL, 0, "taro@example.jp", "taro@example.jp"));
      writer.commit();
      try (InventorySearcher searcher = InventorySearcher.open(index)) {
        assertEquals(3, searcher.findingCount());
        assertEquals(2, searcher.fileCount());
        List<StoredFinding> byMail =
            searcher.findingsWithSubjects(Set.of(hasher.hash("email:taro@example.jp")));
        assertEquals(Set.of("/share/a.txt", "/share/b.txt"),
            Set.copyOf(byMail.stream().map(StoredFinding::file).toList()));
        List<StoredFinding> inPart = searcher.findingsInPart("/share/a.txt", "");
        assertEquals(List.of("EMAIL", "PHONE"), inPart.stream().map(StoredFinding::type).toList());
        StoredFinding phone = inPart.get(1);
        assertEquals("**-****-0123", phone.masked());
        assertEquals(hasher.hash("PHONE:+81355550123"), phone.valueHash());
        assertEquals("customer", phone.category());
        assertEquals(List.of("shipping"), phone.purposes());
        assertEquals(List.of("顧客"), phone.signals());
        assertEquals("ja", phone.lang());
        assertEquals(100, searcher.file("/share/a.txt").orElseThrow().size());
        assertEquals(Set.of("/share/a.txt", "/share/b.txt"), Set.copyOf(searcher.filesUnder("/share")));
        assertEquals(List.of(), searcher.filesUnder("/sha"));
      }
      // A file rewritten replaces all its documents; another removed leaves nothing behind.
      write(writer, "/share/a.txt",
          finding("/share/a.txt", "", FindingType.PHONE, 3, "03-5555-0124", "+81355550124"));
      writer.removeFile("/share/b.txt");
      writer.updateFileEntry(new FileEntry("/share/a.txt", 100, 8, "abc", 42L, null, 1, 1));
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(1, searcher.findingCount());
      assertEquals(1, searcher.fileCount());
      assertEquals(8, searcher.file("/share/a.txt").orElseThrow().modified());
      assertEquals(1, searcher.partsOfFile("/share/a.txt").size());
      assertEquals(List.of(), searcher.findingsWithSubjects(Set.of(hasher.hash("email:taro@example.jp"))));
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessage() throws Exception {
    Path index = dir.resolve("inventory");
    try (InventoryWriter first = InventoryWriter.open(index)) {
      InventoryBusyException e =
          assertThrows(InventoryBusyException.class, () -> InventoryWriter.open(index));
      assertTrue(e.getMessage().contains("another scan is writing"), e.getMessage());
    }
    InventoryWriter.open(index).close(); // free again once the first has closed
  }

  @Test
  void filesUnderAFolderAreThoseInItOnly() throws Exception {
    Path index = dir.resolve("inventory");
    List<String> paths = List.of("/share", "/share-old/a.txt", "/share/a.txt", "/share/sub/b.txt",
        "/share2/c.txt", "/shar/d.txt", "/t.txt");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      for (String p : paths) {
        write(writer, p);
      }
      writer.removeFile("/share/sub/b.txt");
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(List.of("/share", "/share/a.txt"), searcher.filesUnder("/share"));
      assertEquals(List.of("/share/a.txt"), searcher.filesUnder("/share/a.txt"));
      assertEquals(List.of("/share2/c.txt"), searcher.filesUnder("/share2/"));
      assertEquals(List.of(), searcher.filesUnder("/nothing"));
    }
  }

  @Test
  void anotherKeyIsRefused() throws Exception {
    Path index = dir.resolve("inventory");
    KeyedHasher other = KeyedHasher.withKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    InventoryWriter.open(index, hasher).close();
    InventoryWriter.open(index, hasher).close();
    assertThrows(WrongKeyException.class, () -> InventoryWriter.open(index, other));
    try (InventoryWriter writer = InventoryWriter.open(index, hasher)) { // left as it was
      write(writer, "/share/a.txt");
    }
    InventorySearcher.open(index, hasher).close();
    WrongKeyException e =
        assertThrows(WrongKeyException.class, () -> InventorySearcher.open(index, other));
    assertTrue(e.getMessage().startsWith("the key given does not match the inventory " + index),
        e.getMessage());
  }

  @Test
  void anInventoryWrittenBeforeKeysWereRecordedGetsItsKeyAtTheNextScan() throws Exception {
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) { // no key recorded
      write(writer, "/share/a.txt");
    }
    InventorySearcher.open(index).close(); // reports need no key
    UnusableInventoryException e =
        assertThrows(UnusableInventoryException.class, () -> InventorySearcher.open(index, hasher));
    assertEquals(UnusableInventoryException.Reason.NO_KEY_RECORDED, e.reason());
    InventoryWriter.open(index, hasher).close();
    try (InventorySearcher searcher = InventorySearcher.open(index, hasher)) {
      assertTrue(searcher.file("/share/a.txt").isPresent());
    }
  }

  @Test
  void aFolderOfOtherFilesIsNotTakenForAnInventory() throws Exception {
    Path documents = Files.createDirectories(dir.resolve("documents"));
    Files.writeString(documents.resolve("letter.txt"), "dear customer");
    Files.setPosixFilePermissions(documents, PosixFilePermissions.fromString("rwxr-xr-x"));
    java.io.IOException e =
        assertThrows(java.io.IOException.class, () -> InventoryWriter.open(documents));
    assertTrue(e.getMessage().contains("holds other files and no inventory"), e.getMessage());
    try (Stream<Path> files = Files.list(documents)) {
      assertEquals(1, files.count());
    }
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(documents)));
    // An empty folder is fine, and so is the inventory once made.
    Path empty = Files.createDirectories(dir.resolve("empty"));
    InventoryWriter.open(empty).close();
    InventoryWriter.open(empty).close();
  }

  @Test
  void aMissingOrNeverScannedInventoryIsAnErrorNotAnEmptyOne() throws Exception {
    UnusableInventoryException missing = assertThrows(UnusableInventoryException.class,
        () -> InventorySearcher.open(dir.resolve("none")));
    assertEquals(UnusableInventoryException.Reason.MISSING, missing.reason());
    assertFalse(Files.exists(dir.resolve("none")));
    Path index = dir.resolve("inventory");
    InventoryWriter.open(index, hasher).close(); // a scan stopped before its first file
    UnusableInventoryException never =
        assertThrows(UnusableInventoryException.class, () -> InventorySearcher.open(index));
    assertEquals(UnusableInventoryException.Reason.NEVER_SCANNED, never.reason());
    try (InventoryWriter writer = InventoryWriter.open(index, hasher)) {
      writer.recordScanFinished(System.currentTimeMillis()); // a scan of an empty share
    }
    try (InventorySearcher searcher = InventorySearcher.open(index, hasher)) {
      assertEquals(0, searcher.findingCount());
    }
  }

  @Test
  void aStoredExcerptIsVisibleToTheSameCheck() throws Exception {
    // The control for the test below: the check does see a raw value that is stored.
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      FindingRecord record = new FindingRecord("/share/a.txt", "",
          new Finding(FindingType.EMAIL, null, 0, 15, "Taro@Example.jp", "taro@example.jp", 1, "email"),
          Classification.NONE, "en");
      StoredFinding f = StoredFinding.of("/share/a.txt", record, hasher, "mail Taro@Example.jp now", 1L);
      writer.replaceFile(new FileEntry("/share/a.txt", 1, 1, "h", 1, null, 1, 1), List.of(), List.of(f));
    }
    assertTrue(IndexContents.holds(index, "Taro@Example.jp"));
  }

  @Test
  void everyIndexFileIsOwnerOnlyAndHoldsNoRawValue() throws Exception {
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      write(writer, "/share/a.txt",
          finding("/share/a.txt", "", FindingType.PHONE, 30, "03-5555-0123", "+81355550123"),
          finding("/share/a.txt", "", FindingType.EMAIL, 5, "Taro@Example.jp", "taro@example.jp"));
      writer.commit();
      assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
      try (Stream<Path> files = Files.list(index)) {
        for (Path file : files.toList()) {
          assertEquals("rw-------",
              PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file::toString);
        }
      }
      for (String raw : List.of("5555-0123", "+81355550123", "Taro@", "taro@example")) {
        assertFalse(IndexContents.holds(index, raw), raw);
      }
    }
  }

  /** Every field of a finding, set or left empty, reads back as written by every reading path. */
  @Test
  void findingsReadBackWholeByEveryPath() throws Exception {
    StoredFinding full = new StoredFinding("/a.csv", "", "PERSON", "kanji", "vh", List.of("s1", "s2"),
        "山*", "excerpt", 10, 14, 0.75, "person", "ja", "customer", List.of("shipping", "billing"),
        List.of("顧客"), 42L, List.of("special_care"), NameForm.FULL);
    StoredFinding bare = new StoredFinding("/a.csv", "", "EMAIL", null, "vh2", List.of("s3"),
        "t***@example.jp", null, 30, 45, 0.5, "email", null, null, List.of(), List.of(), 0L,
        List.of(), null);
    Path index = dir.resolve("inventory");
    try (InventoryWriter writer = InventoryWriter.open(index)) {
      write(writer, "/a.csv", full, bare);
      writer.commit();
    }
    try (InventorySearcher searcher = InventorySearcher.open(index)) {
      assertEquals(List.of(full, bare), searcher.findingsWithSubjects(Set.of("s1", "s3")));
      assertEquals(List.of(full, bare), searcher.findingsInPart("/a.csv", ""));
      assertEquals(List.of(full, bare), searcher.findingsInPart("/a.csv", "", 0, 100));
      assertEquals(List.of(full, bare), searcher.findingsOfFile("/a.csv"));
      StoredFinding shown = searcher.shownFindingsOfFile("/a.csv").get(0);
      assertEquals(List.of(), shown.subjectHashes());
      assertEquals(full.masked(), shown.masked());
      assertEquals(full.flags(), shown.flags());
    }
  }
}
