package dev.shirabe.subject;

import static dev.shirabe.subject.Inventories.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.InventoryReader;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.inventory.KeyedHasher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lookups against an inventory filled by scanning small documents. */
class SubjectLookupTest {

  @TempDir static Path dir;
  @TempDir static Path index;

  static InventorySearcher inventory;
  static SubjectLookup lookup;
  static KeyedHasher hasher;

  @BeforeAll
  static void scan() throws Exception {
    write("kanji.txt", "担当：山田太郎\n");
    write("kanji-spaced.txt", "氏名：山田 太郎 様\n住所：東京都千代田区丸の内1-2-3 丸の内ビル3F\n"
        + "ご来店ありがとうございました。\n");
    write("us-office.txt", "Mailing address: 500 Market St., Suite 200, San Francisco, CA 94105\n");
    write("katakana.txt", "フリガナ：ヤマダ タロウ 様\n");
    write("hiragana.txt", "氏名：やまだ　たろう\n");
    write("halfwidth.txt", "ﾔﾏﾀﾞ ﾀﾛｳ 様\n");
    write("other.txt", "氏名：山田花子 様\n担当：佐藤一郎\n");
    // Correlation: the mail ties the name to an email, the card to a mobile number.
    write("mail.txt", "From: 山田太郎 <taro.yamada@example.jp>\nTo: 佐藤一郎 <ichiro.sato@example.jp>\n"
        + "Subject: 見積\n\nお世話になっております。\n");
    write("card.txt", "山田太郎　携帯 090-1234-5678\n株式会社サンプル 代表 03-5555-0000\n");
    write("login.log", "2024-04-01 10:00 login ok user=taro.yamada@example.jp\n");
    write("calls.txt", "着信 090-1234-5678 10:02\n");
    // The switchboard and a colleague's address beside other people's names: not the subject's.
    write("switchboard.txt", "鈴木一郎 代表 03-5555-0000\n");
    write("namesake.txt", "佐藤一郎 ichiro@other.example.com\n");
    write("sato.txt", "佐藤一郎 携帯 080-9999-0000 ichiro.sato@example.jp\n");
    write("customers.csv", "氏名,メール,生年月日\n山田太郎,taro.yamada@example.jp,1985年4月1日\n"
        + "高橋花子,hanako.t@example.jp,1990年5月2日\n");
    StringBuilder big = new StringBuilder("氏名,メール,生年月日\n");
    String[] surnames = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田"};
    String[] given = {"一郎", "花子", "健", "誠", "美咲", "陽子", "大輔", "直樹", "由美", "恵子", "浩", "学"};
    for (int i = 0; i < 120; i++) {
      if (i == 60) {
        big.append("山田太郎,taro.yamada@example.jp,1985年4月1日\n");
      }
      big.append(surnames[i % 10]).append(given[i / 10 % 12]).append(",user").append(i)
          .append("@example.jp,1990年5月").append(i % 28 + 1).append("日\n");
    }
    write("big-list.csv", big.toString());
    hasher = Inventories.HASHER;
    inventory = Inventories.scanned(index, dir);
    lookup = new SubjectLookup(inventory, hasher, new QueryKeys());
  }

  @AfterAll
  static void close() throws IOException {
    inventory.close();
  }

  private static void write(String name, String text) throws IOException {
    Inventories.write(dir, name, text);
  }

  private static SubjectReport byName(String name) throws IOException {
    return lookup.lookup(SubjectQuery.of(List.of(name), List.of(), List.of(), List.of()));
  }

  private static Place place(SubjectReport report, String file) {
    return report.places().stream()
        .filter(p -> p.file().endsWith("/" + file)).findFirst().orElseThrow(() -> new AssertionError(file));
  }

  @Test
  void everyVariantOfTheNameFindsEveryWrittenForm() throws IOException {
    Set<String> written = Set.of("kanji.txt", "kanji-spaced.txt", "katakana.txt", "hiragana.txt",
        "halfwidth.txt", "mail.txt", "card.txt", "customers.csv");
    for (String query : List.of("山田太郎", "山田 太郎", "山田　太郎", "ヤマダタロウ", "ヤマダ タロウ", "やまだたろう",
        "ﾔﾏﾀﾞ ﾀﾛｳ", "Yamada Taro", "Taro Yamada", "YAMADA Taro", "Yamada, Taro", "taro yamada", "Tarō Yamada")) {
      Set<String> found = files(byName(query));
      assertTrue(found.containsAll(written), query + " found " + found);
      assertFalse(found.contains("other.txt"), query);
      assertFalse(found.contains("switchboard.txt"), query);
      assertFalse(found.contains("sato.txt"), query);
    }
  }

  @Test
  void linksSayWhichKeyMatched() throws IOException {
    SubjectReport report = byName("山田太郎");
    assertEquals(List.of("name (written form, reading, romaji)"),
        place(report, "kanji.txt").links().stream().map(Link::describe).toList());
    assertEquals(List.of("name (reading, romaji)"),
        place(report, "katakana.txt").links().stream().map(Link::describe).toList());
  }

  @Test
  void aNameFindsThePlacesOfTheEmailAndPhoneBesideIt() throws IOException {
    SubjectReport report = byName("Taro Yamada");
    Set<String> found = files(report);
    assertTrue(found.contains("login.log"), found.toString());
    assertTrue(found.contains("calls.txt"), found.toString());
    Link viaEmail = place(report, "login.log").links().get(0);
    assertEquals("email", viaEmail.kind());
    assertEquals("name", viaEmail.via());
    assertTrue(viaEmail.describe().startsWith("email t**********@example.jp, found beside the name"),
        viaEmail.describe());
    // The card's switchboard number is followed (it stands under the name), but where it
    // stands beside another name it is someone else's: switchboard.txt is left out.
    assertFalse(found.contains("switchboard.txt"));
    assertTrue(report.followed().stream().anyMatch(l -> l.masked().endsWith("0000")));
    assertTrue(report.leftOut() >= 1);
  }

  @Test
  void anEmailFindsThePlacesOfTheNameBesideIt() throws IOException {
    SubjectReport report = lookup.lookup(SubjectQuery.of(List.of(), List.of("Taro.Yamada@example.jp"), List.of(), List.of()));
    Set<String> found = files(report);
    assertTrue(found.containsAll(Set.of("mail.txt", "login.log", "customers.csv", "kanji.txt", "katakana.txt")),
        found.toString());
    assertFalse(found.contains("sato.txt"));
    Link viaName = place(report, "kanji.txt").links().get(0);
    assertEquals("name", viaName.kind());
    assertEquals("email", viaName.via());
    assertTrue(List.of("mail.txt", "customers.csv", "big-list.csv").contains(
        Path.of(viaName.foundIn()).getFileName().toString()), viaName.foundIn());
  }

  @Test
  void aPhoneInAnyFormFindsTheSamePlaces() throws IOException {
    for (String phone : List.of("090-1234-5678", "09012345678", "+81 90 1234 5678", "０９０（１２３４）５６７８")) {
      Set<String> found = files(lookup.lookup(SubjectQuery.of(List.of(), List.of(), List.of(phone), List.of())));
      assertTrue(found.containsAll(Set.of("card.txt", "calls.txt")), phone + " " + found);
    }
  }

  @Test
  void anAddressInAnyWrittenFormFindsItsPlace() throws IOException {
    for (String address : List.of("東京都千代田区丸の内1-2-3", "〒100-0005 東京都千代田区丸の内一丁目2番3号",
        "千代田区丸の内１－２－３ 丸の内ビルディング3階")) {
      SubjectReport report = lookup.lookup(SubjectQuery.of(List.of(), List.of(), List.of(), List.of(address)));
      assertTrue(files(report).contains("kanji-spaced.txt"), address + " " + files(report));
      assertEquals("address", place(report, "kanji-spaced.txt").links().get(0).kind());
    }
    SubjectReport us = lookup.lookup(SubjectQuery.of(List.of(), List.of(), List.of(),
        List.of("500 Market Street, Suite 200, San Francisco, CA 94105")));
    assertEquals(Set.of("us-office.txt"), files(us));
  }

  @Test
  void aCorrelatedNameFindsItsPlacesBesideOtherContactsToo() throws IOException {
    // 佐藤一郎's email finds the mail, where his name stands before it; the name then finds
    // other.txt (no contact near it) and namesake.txt, beside an email the request did not
    // give: a person has several, so the place is listed and says how it was linked.
    SubjectReport report = lookup.lookup(SubjectQuery.of(List.of(), List.of("ichiro.sato@example.jp"), List.of(), List.of()));
    Set<String> found = files(report);
    assertTrue(found.containsAll(Set.of("mail.txt", "sato.txt", "other.txt", "namesake.txt")), found.toString());
    Link link = place(report, "namesake.txt").links().get(0);
    assertEquals("name", link.kind());
    assertEquals("email", link.via());
    assertTrue(link.foundIn().endsWith("mail.txt") || link.foundIn().endsWith("sato.txt"), link.foundIn());
    assertFalse(found.contains("kanji.txt"));
  }

  @Test
  void theSubjectsFindingsInARowAreTheRowsOnly() throws IOException {
    Place customers = place(byName("山田太郎"), "customers.csv");
    assertEquals(Set.of("PERSON", "EMAIL", "DATE_OF_BIRTH"), customers.types());
    assertEquals(3, customers.findings().size(), customers.findings().toString());
  }

  @Test
  void inABigListOnlyTheRowNearTheNameIsRead() throws IOException {
    Place list = place(byName("山田太郎"), "big-list.csv");
    assertEquals(Set.of("PERSON", "EMAIL", "DATE_OF_BIRTH"), list.types());
    assertEquals(3, list.findings().size(), list.findings().toString());
    // Read whole (an inventory without offsets indexed), the answer is the same.
    InventoryReader whole = new InventoryReader() {
      @Override
      public List<StoredFinding> findingsWithSubjects(java.util.Collection<String> hashes) throws IOException {
        return inventory.findingsWithSubjects(hashes);
      }

      @Override
      public List<StoredFinding> findingsInPart(String file, String part) throws IOException {
        return inventory.findingsInPart(file, part);
      }

      @Override
      public List<StoredFinding> findingsInPart(String file, String part, int from, int to) {
        return List.of();
      }

      @Override
      public long findingCount() throws IOException {
        return inventory.findingCount();
      }

      @Override
      public void close() {}
    };
    SubjectReport windowed = byName("山田太郎");
    SubjectReport read = new SubjectLookup(whole, hasher, new QueryKeys())
        .lookup(SubjectQuery.of(List.of("山田太郎"), List.of(), List.of(), List.of()));
    assertEquals(windowed.places(), read.places());
  }

  @Test
  void nothingHeldAboutSomeoneElse() throws IOException {
    SubjectReport report = byName("伊藤博文");
    assertFalse(report.found());
    assertEquals(0, report.findingCount());
  }

  @Test
  void criteriaThatCannotBeReadAreRefusedWithoutEchoingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> lookup.lookup(SubjectQuery.of(List.of(), List.of("not-an-email"), List.of(), List.of())));
    assertFalse(e.getMessage().contains("not-an-email"));
    assertThrows(IllegalArgumentException.class,
        () -> lookup.lookup(SubjectQuery.of(List.of(), List.of(), List.of("12"), List.of())));
    assertThrows(IllegalArgumentException.class,
        () -> lookup.lookup(SubjectQuery.of(List.of(), List.of(), List.of(), List.of())));
  }
}
