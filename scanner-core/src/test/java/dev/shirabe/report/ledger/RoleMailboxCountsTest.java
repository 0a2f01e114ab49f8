package dev.shirabe.report.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.ScanSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Role mailboxes are reported but are no one's personal data: the scan summary counts them
 * apart, on the first scan and on a rescan answered from the inventory, and the ledger leaves
 * them out of its findings and people.
 */
class RoleMailboxCountsTest {

  @TempDir Path share;
  @TempDir Path index;

  @Test
  void roleMailboxesAreCountedApartFromPersonalData() throws Exception {
    Files.createDirectories(share.resolve("web"));
    Files.createDirectories(share.resolve("sales"));
    Files.writeString(share.resolve("web/contact.txt"),
        "お問い合わせ info@example.co.jp\n採用について recruit@example.co.jp\n"
            + "配信専用 no-reply@example.co.jp\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("sales/card.txt"),
        "山田 太郎\ntaro.yamada@example.jp\nsales-desk@example.co.jp\n", StandardCharsets.UTF_8);

    for (int run = 1; run <= 2; run++) { // the second run answers both files from the inventory
      ScanSummary summary = scan();
      assertEquals(1, summary.findingsByType().get(FindingType.EMAIL), "run " + run);
      assertEquals(1, summary.findingsByType().get(FindingType.PERSON), "run " + run);
      assertEquals(2, summary.findings(), "run " + run);
      assertEquals(4, summary.roleMailboxes(), "run " + run);
    }

    Ledger ledger = SmallShare.holdings(index, List.of()).ledger(Instant.EPOCH);
    assertEquals(2, ledger.totals().findings());
    assertEquals(1, ledger.totals().people());
    assertEquals(1, ledger.totals().types().get("EMAIL"));
    assertTrue(ledger.entries().stream().noneMatch(e -> e.location().endsWith("web")),
        "a folder holding role mailboxes only holds no personal data: " + ledger.entries());
  }

  private ScanSummary scan() throws Exception {
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    List<Path> roots = List.of(share);
    try (Scanner scanner = Scanner.builder().options(options).policy(Policy.defaults())
        .inventory(index, KeyedHasher.withKey(new byte[32]), InventorySink.Settings.DEFAULTS)
        .build()) {
      return scanner.scan(roots);
    }
  }
}
