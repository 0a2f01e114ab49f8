package dev.shirabe.subject.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.KeyedHasher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case's log: appended runs read back as written, owner-only, a damaged line refused. */
class CaseLogTest {

  @TempDir Path inventory;

  private static CasePlace place(String file) {
    KeyedHasher hasher = KeyedHasher.withKey(new byte[32]);
    return new CasePlace(CasePlace.id(hasher, file, ""), file, "", "abc",
        List.of(new CasePlace.Item("PERSON", "山田 **", hasher.hash("PERSON:山田太郎"))));
  }

  @Test
  void runsAreAppendedAndReadBackAsWritten() throws Exception {
    CaseLog log = CaseLog.of(inventory, "C1");
    assertTrue(log.read().isEmpty(), "a new case has no runs");
    CaseRun first = new CaseRun("C1", OffsetDateTime.parse("2026-12-06T09:30:00+09:00"),
        List.of("name 山田 **"), List.of(place("/s/a.csv")), List.of(place("/s/b.txt")), List.of());
    CaseRun second = new CaseRun("C1", OffsetDateTime.parse("2026-12-08T10:00:00+09:00"), List.of(),
        List.of(), List.of(), List.of(new PlaceChange(place("/s/a.csv"), "2026-12-06T09:30:00+09:00",
            PlaceChange.Status.DELETED, 0)));
    log.append(first);
    log.append(second);
    assertEquals(List.of(first, second), log.read());
    assertEquals(inventory.resolve("cases/C1.jsonl"), log.file());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file().getParent())));
    String text = Files.readString(log.file());
    assertEquals(2, text.lines().count());
    assertFalse(text.contains("山田太郎"), "the value only as its keyed hash");
    assertTrue(CasePlace.id(KeyedHasher.withKey(new byte[32]), "/s/a.csv", "").matches("P[0-9a-f]{10}"));
  }

  @Test
  void aDamagedLineIsRefusedWithItsLineNotTakenAsNoRuns() throws Exception {
    CaseLog log = CaseLog.of(inventory, "C2");
    log.append(new CaseRun("C2", OffsetDateTime.parse("2026-12-06T09:30:00Z"), List.of(), List.of(),
        List.of(), List.of()));
    Files.writeString(log.file(), "{\"case\":\"C2\"\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    IOException e = assertThrows(IOException.class, log::read);
    assertTrue(e.getMessage().contains("C2.jsonl:2:"), e.getMessage());
  }

  @Test
  void aCaseIdNamesNoPath() {
    for (String bad : List.of("../x", ".hidden", "a/b", "", "x".repeat(65))) {
      assertThrows(IllegalArgumentException.class, () -> CaseLog.of(inventory, bad), bad);
    }
    assertEquals("開示-12.jsonl", CaseLog.of(inventory, "開示-12").file().getFileName().toString());
  }
}
