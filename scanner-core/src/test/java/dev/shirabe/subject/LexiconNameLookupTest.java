package dev.shirabe.subject;

import static dev.shirabe.subject.Inventories.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.names.NameReadings;
import dev.shirabe.detect.text.JapaneseTokenizer;
import dev.shirabe.inventory.InventorySearcher;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups of people whose given names IPADIC does not know, so that only the name lexicon
 * (ENAMDICT) reads them: by kanji, kana and romaji in either order.
 */
class LexiconNameLookupTest {

  @TempDir static Path dir;
  @TempDir static Path index;

  static InventorySearcher inventory;
  static SubjectLookup lookup;

  @BeforeAll
  static void scan() throws Exception {
    Inventories.write(dir, "minutes.txt", "議事録\n担当の松友美佐紀さんから報告があった。\n");
    Inventories.write(dir, "form.txt", "氏名：松友美佐紀\n");
    Inventories.write(dir, "staff.txt", "担当の田中光祐さんに連絡した。\n");
    // A name the detector cannot read in kanji at all, found in kana.
    Inventories.write(dir, "kana-form.txt", "フリガナ：カミカヤ クニオ 様\n");
    // Namesakes in writing but not in sound.
    Inventories.write(dir, "other.txt", "氏名：松本美咲\n担当の田中浩二さんに連絡した。\n");
    inventory = Inventories.scanned(index, dir);
    lookup = new SubjectLookup(inventory, Inventories.HASHER, new QueryKeys());
  }

  @AfterAll
  static void close() throws IOException {
    inventory.close();
  }

  private static Set<String> found(String name) throws IOException {
    return files(lookup.lookup(SubjectQuery.of(List.of(name), List.of(), List.of(), List.of())));
  }

  /** The test's names are no words of IPADIC, the user dictionary or the given-name list. */
  @Test
  void theNamesAreTheLexiconsOnly() throws IOException {
    String givenNames;
    try (InputStream in = NameReadings.class.getResourceAsStream(
        "/dev/shirabe/dictionaries/names/given-names.txt")) {
      givenNames = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String given : List.of("美佐紀", "光祐", "久爾夫")) {
      assertTrue(JapaneseTokenizer.tokenize(given).stream().noneMatch(t -> t.surface().equals(given)),
          given + " is a word of Kuromoji's dictionaries");
      assertFalse(givenNames.lines().anyMatch(l -> l.startsWith(given + ",")), given);
      assertTrue(NameReadings.standard().isGivenName(given), given);
    }
    assertTrue(JapaneseTokenizer.tokenize("上栢").stream().noneMatch(t -> t.surface().equals("上栢")));
    assertTrue(NameReadings.standard().isSurname("上栢"));
  }

  @Test
  void kanjiKanaAndRomajiInEitherOrderFindTheName() throws IOException {
    for (String query : List.of("松友美佐紀", "松友 美佐紀", "マツトモミサキ", "マツトモ ミサキ", "まつともみさき",
        "ﾏﾂﾄﾓ ﾐｻｷ", "Misaki Matsutomo", "matsutomo misaki", "MATSUTOMO Misaki", "Matsutomo, Misaki")) {
      assertEquals(Set.of("minutes.txt", "form.txt"), found(query), query);
    }
  }

  /** Typed in kanji, a name the detector cannot read is split and read by the lexicon. */
  @Test
  void aKanjiNameTheDetectorCannotReadFindsItsKanaForm() throws IOException {
    for (String query : List.of("上栢久爾夫", "上栢 久爾夫", "かみかやくにお", "Kunio Kamikaya")) {
      assertEquals(Set.of("kana-form.txt"), found(query), query);
    }
  }

  /** ENAMDICT reads 光祐 four ways and tells no common one: each finds the name. */
  @Test
  void everyReadingOfTheLexiconFindsTheName() throws IOException {
    for (String query : List.of("田中光祐", "Kosuke Tanaka", "たなか こうすけ", "タナカミツスケ", "Tanaka Miyu")) {
      assertEquals(Set.of("staff.txt"), found(query), query);
    }
  }

  @Test
  void otherReadingsFindNoOne() throws IOException {
    for (String query : List.of("マツトモ ミサコ", "Misaki Matsumura", "Tanaka Kosaku")) {
      assertEquals(Set.of(), found(query), query);
    }
    assertEquals(Set.of("other.txt"), found("Misaki Matsumoto"));
  }
}
