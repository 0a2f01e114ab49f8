package dev.shirabe.subject;

import static dev.shirabe.subject.Inventories.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.InventoryReader;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.NameForm;
import dev.shirabe.inventory.StoredFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identity correlation follows full names only: a mail that greets 山田様 beside the
 * subject's email must not bring in every other 山田 of the share.
 */
class LoneNameCorrelationTest {

  @TempDir static Path dir;
  @TempDir static Path index;

  static InventorySearcher inventory;
  static KeyedHasher hasher;

  @BeforeAll
  static void scan() throws Exception {
    // The subject's email beside a lone surname, and beside the full name.
    write("mail.txt", "To: taro.yamada@example.jp\nSubject: ご注文の件\n\n山田様\n\nお世話になっております。\n");
    write("customers.txt", "氏名：山田太郎\nメール：taro.yamada@example.jp\n");
    // The full name again, with no contact: found through the correlated full name.
    write("visit.txt", "来店記録\n氏名：山田 太郎 様\n");
    // Other 山田s: another customer greeted by surname, a staff member.
    write("other-customer.txt", "山田様\nご注文ありがとうございました。\n");
    write("staff.txt", "担当：山田\n内線 1234\n");
    // Another customer's email, once under her full name, once under another surname alone.
    write("sato.txt", "氏名：佐藤花子\nメール：hanako.sato@example.jp\n");
    write("forwarded.txt", "鈴木様\n\n転送します。hanako.sato@example.jp\n");
    hasher = Inventories.HASHER;
    inventory = Inventories.scanned(index, dir);
  }

  @AfterAll
  static void close() throws IOException {
    inventory.close();
  }

  private static void write(String name, String text) throws IOException {
    Inventories.write(dir, name, text);
  }

  private static SubjectReport byEmail(InventoryReader reader) throws IOException {
    return new SubjectLookup(reader, hasher, new QueryKeys()).lookup(
        SubjectQuery.of(List.of(), List.of("taro.yamada@example.jp"), List.of(), List.of()));
  }

  @Test
  void theInventoryTellsFullNamesFromLoneOnes() throws IOException {
    List<StoredFinding> mail = inventory.findingsOfFile(dir.resolve("mail.txt").toString());
    assertEquals(List.of(NameForm.PARTIAL), mail.stream()
        .filter(f -> f.type().equals("PERSON")).map(StoredFinding::nameForm).toList(),
        "the mail's 山田様 is a surname alone: " + mail);
    List<StoredFinding> list = inventory.findingsOfFile(dir.resolve("customers.txt").toString());
    assertEquals(List.of(NameForm.FULL), list.stream()
        .filter(f -> f.type().equals("PERSON")).map(StoredFinding::nameForm).toList());
  }

  @Test
  void aLoneSurnameBesideTheEmailIsNotFollowed() throws IOException {
    SubjectReport report = byEmail(inventory);
    assertEquals(Set.of("mail.txt", "customers.txt", "visit.txt"), files(report));
    assertTrue(report.notFollowed().stream()
            .anyMatch(n -> n.startsWith("name 山*") && n.contains("surname or given name alone")),
        report.notFollowed().toString());
    assertTrue(report.followed().stream().anyMatch(l -> l.kind().equals("name")),
        "the full name beside the email is followed");
  }

  @Test
  void aLookupByTheFullNameFindsItsWrittenPlacesOnly() throws IOException {
    SubjectReport report = new SubjectLookup(inventory, hasher, new QueryKeys()).lookup(
        SubjectQuery.of(List.of("山田太郎"), List.of(), List.of(), List.of()));
    // The email beside the full name brings in the mail, where it stands under the lone
    // surname of the name asked for (so not someone else's); no other lone 山田.
    assertEquals(Set.of("mail.txt", "customers.txt", "visit.txt"), files(report));
    assertEquals(0, report.leftOut());
    // Another name's surname alone is someone else's: 鈴木様 above her email.
    SubjectReport sato = new SubjectLookup(inventory, hasher, new QueryKeys()).lookup(
        SubjectQuery.of(List.of("佐藤花子"), List.of(), List.of(), List.of()));
    assertEquals(Set.of("sato.txt"), files(sato));
    assertEquals(1, sato.leftOut(), "her email's other place is under 鈴木様");
  }

  @Test
  void namesStoredBeforeFormsWereKeptAreNotFollowedAndTheReportSaysToRescan() throws IOException {
    InventoryReader older = new InventoryReader() {
      @Override
      public List<StoredFinding> findingsWithSubjects(Collection<String> hashes) throws IOException {
        return withoutForms(inventory.findingsWithSubjects(hashes));
      }

      @Override
      public List<StoredFinding> findingsInPart(String file, String part) throws IOException {
        return withoutForms(inventory.findingsInPart(file, part));
      }

      @Override
      public long findingCount() throws IOException {
        return inventory.findingCount();
      }

      @Override
      public void close() {}
    };
    SubjectReport report = byEmail(older);
    assertEquals(Set.of("mail.txt", "customers.txt"), files(report));
    assertTrue(report.notFollowed().stream().anyMatch(n -> n.contains("rescan with scan --full")),
        report.notFollowed().toString());
  }

  private static List<StoredFinding> withoutForms(List<StoredFinding> findings) {
    return findings.stream().map(f -> new StoredFinding(f.file(), f.part(), f.type(), f.subtype(),
        f.valueHash(), f.subjectHashes(), f.masked(), f.excerpt(), f.start(), f.end(),
        f.confidence(), f.detector(), f.lang(), f.category(), f.purposes(), f.signals(),
        f.lastScanned(), f.flags())).toList();
  }
}
