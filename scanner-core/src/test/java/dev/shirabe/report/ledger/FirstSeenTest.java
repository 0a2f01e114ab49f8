package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "First seen" is when a file entered the inventory, kept over rescans whether the file is
 * unchanged, touched or changed; "last seen" moves with the readings.
 */
class FirstSeenTest {

  @TempDir Path dir;

  private static FileEntry entry(Path index, Path file) throws IOException {
    try (InventorySearcher inventory = InventorySearcher.open(index)) {
      return inventory.file(file.toAbsolutePath().normalize().toString()).orElseThrow();
    }
  }

  private static LedgerEntry row(Path index, Path share, String folder, String category)
      throws IOException {
    String location = share.resolve(folder).toAbsolutePath().normalize().toString();
    return SmallShare.holdings(index, List.of()).ledger(Instant.EPOCH).entries().stream()
        .filter(e -> e.location().equals(location) && e.hasPurpose()
            && e.category().id().equals(category))
        .findFirst().orElseThrow();
  }

  @Test
  void firstSeenStaysWhenFilesAreRescannedChangedOrNot() throws Exception {
    Path share = SmallShare.write(dir.resolve("share"));
    Path index = dir.resolve("inventory");
    Path register = share.resolve("総務/株主名簿.csv");
    Path memo = share.resolve("共有/メモ.txt");
    Path note = share.resolve("共有/控え.txt");

    SmallShare.scan(share, index);
    FileEntry before = entry(index, register);
    assertEquals(before.lastScanned(), before.firstSeen(), "a new file is first seen when read");
    Instant firstScan = Instant.ofEpochMilli(before.firstSeen());
    assertEquals(firstScan, row(index, share, "総務", "shareholder").firstSeen());

    Thread.sleep(20); // the second scan's time must differ from the first's
    Files.writeString(register, Files.readString(register, StandardCharsets.UTF_8)
        + "鈴木 次郎,東京都千代田区丸の内1-2-4,03-5555-0104\n", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(memo, FileTime.from(Instant.now().plusSeconds(60))); // touched only
    Path added = share.resolve("総務/株主名簿_追加.csv");
    Files.writeString(added, "氏名,電話番号\n伊藤 三郎,03-5555-0105\n", StandardCharsets.UTF_8);
    SmallShare.scan(share, index);

    FileEntry changed = entry(index, register);
    assertTrue(changed.lastScanned() > before.lastScanned(), "the changed file was read again");
    assertEquals(before.firstSeen(), changed.firstSeen(), "changed, but held since the first scan");
    assertEquals(before.firstSeen(), entry(index, memo).firstSeen(), "touched");
    assertEquals(before.firstSeen(), entry(index, note).firstSeen(), "unchanged");
    FileEntry fresh = entry(index, added);
    assertEquals(changed.lastScanned(), fresh.firstSeen(), "a file added later: the second scan");

    // The row holds the changed register and the added list: first seen is the register's
    // first scan, last seen the second scan (both were read then).
    LedgerEntry shareholders = row(index, share, "総務", "shareholder");
    assertEquals(firstScan, shareholders.firstSeen());
    assertEquals(Instant.ofEpochMilli(changed.lastScanned()), shareholders.lastSeen());

    // Deleted and written again: a new entry, first seen anew.
    Files.delete(note);
    SmallShare.scan(share, index);
    Thread.sleep(20);
    Files.writeString(note, "マイナンバー " + SmallShare.MY_NUMBER + "\n", StandardCharsets.UTF_8);
    SmallShare.scan(share, index);
    assertTrue(entry(index, note).firstSeen() > before.firstSeen(), "entered the inventory again");
  }
}
