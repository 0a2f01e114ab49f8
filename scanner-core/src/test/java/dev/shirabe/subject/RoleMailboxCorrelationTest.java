package dev.shirabe.subject;

import static dev.shirabe.subject.Inventories.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.InventorySearcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's mailbox beside one of its staff is not that person's: a lookup by the person
 * does not follow it to the department's mail, and a lookup by the mailbox does not follow it
 * to the person.
 */
class RoleMailboxCorrelationTest {

  @TempDir static Path dir;
  @TempDir static Path index;

  static InventorySearcher inventory;
  static SubjectLookup lookup;

  @BeforeAll
  static void scan() throws Exception {
    // Yamada's signature: his own address and the support desk's.
    write("signature.txt", "営業部 山田太郎\nメール：taro.yamada@example.jp\n"
        + "サポート窓口：support-desk@example.co.jp\n");
    // What the desk received: other customers' data, no name near the desk's address.
    write("ticket-1.txt", "返信先：support-desk@example.co.jp\n受付番号 1001\n"
        + "ご連絡先 090-5555-1111\n");
    write("ticket-2.txt", "support-desk@example.co.jp 宛のお問い合わせ\n電話 080-5555-2222\n");
    // Yamada's own address elsewhere: still followed.
    write("login.log", "2024-04-01 10:00 login ok user=taro.yamada@example.jp\n");
    // Yamada by name only.
    write("visit.txt", "来店記録\n担当：山田太郎\n");
    inventory = Inventories.scanned(index, dir);
    lookup = new SubjectLookup(inventory, Inventories.HASHER, new QueryKeys());
  }

  @AfterAll
  static void close() throws IOException {
    inventory.close();
  }

  private static void write(String name, String text) throws IOException {
    Inventories.write(dir, name, text);
  }

  @Test
  void aPersonsLookupDoesNotFollowTheRoleMailboxBesideThem() throws IOException {
    SubjectReport report =
        lookup.lookup(SubjectQuery.of(List.of("山田太郎"), List.of(), List.of(), List.of()));
    Set<String> found = files(report);
    assertTrue(found.contains("login.log"), "his own address is followed: " + found);
    assertFalse(found.contains("ticket-1.txt"), found.toString());
    assertFalse(found.contains("ticket-2.txt"), found.toString());
    assertEquals(List.of("email"), report.followed().stream().map(Link::kind).toList());
    // Nor is the desk's address listed among his data where it stands beside him.
    Place signature = report.places().stream()
        .filter(p -> p.file().endsWith("/signature.txt")).findFirst().orElseThrow();
    assertEquals(1, signature.findings().stream().filter(f -> f.type().equals("EMAIL")).count(),
        signature.findings().toString());
  }

  @Test
  void aLookupByTheRoleMailboxListsItsPlacesAndFollowsNothing() throws IOException {
    SubjectReport report = lookup.lookup(
        SubjectQuery.of(List.of(), List.of("support-desk@example.co.jp"), List.of(), List.of()));
    assertEquals(Set.of("signature.txt", "ticket-1.txt", "ticket-2.txt"), files(report));
    assertEquals(List.of(), report.followed());
  }
}
