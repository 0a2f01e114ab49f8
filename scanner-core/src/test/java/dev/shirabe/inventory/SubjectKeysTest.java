package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectKeysTest {

  private static Finding person(String normalized) {
    return new Finding(FindingType.PERSON, null, 0, 4, "x", normalized, 0.7, "test");
  }

  private static boolean meet(Set<String> a, Set<String> b) {
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return !common.isEmpty();
  }

  @Test
  void japaneseNameHasWrittenSoundAndRomajiKeys() {
    assertEquals(Set.of("name:written:山田太郎", "name:sound:yamadataro", "name:romaji:taro yamada"),
        SubjectKeys.of(person("ヤマダ タロウ|yamada taro|山田 太郎")));
  }

  @Test
  void kanaWrittenNameHasNoWrittenKeyOfItsOwn() {
    assertEquals(Set.of("name:sound:yamadataro", "name:romaji:taro yamada"),
        SubjectKeys.of(person("ヤマダ タロウ|yamada taro|ヤマダ タロウ")));
  }

  @Test
  void unknownReadingLeavesTheWrittenKeyOnly() {
    assertEquals(Set.of("name:written:松友美佐紀"), SubjectKeys.of(person("||松友 美佐紀")));
  }

  @Test
  void everyReadingOfANameReadSeveralWaysIsAKey() {
    Set<String> keys = SubjectKeys.of(person("タナカ コウスケ|tanaka kosuke|田中 光祐|タナカ ミツスケ;タナカ ミユ"));
    assertEquals(Set.of("name:written:田中光祐", "name:sound:tanakakosuke", "name:romaji:kosuke tanaka",
        "name:sound:tanakamitusuke", "name:romaji:mitusuke tanaka", "name:sound:tanakamiyu",
        "name:romaji:miyu tanaka"), keys);
  }

  @Test
  void latinNamesMeetInEitherOrderAndAnyCase() {
    Set<String> kanji = SubjectKeys.of(person("ヤマダ タロウ|yamada taro|山田 太郎"));
    for (String latin : new String[] {"taro yamada", "Yamada Taro", "YAMADA Taro", "Yamada, Taro",
        "Tarō Yamada", "Tarou YAMADA", "Taroh Yamada", "Ｙａｍａｄａ　Ｔａｒｏ"}) {
      assertTrue(meet(kanji, SubjectKeys.latinName(latin)), latin);
    }
    assertFalse(meet(kanji, SubjectKeys.latinName("Hanako Yamada")));
    // An English PERSON finding: "given family", lower-cased.
    assertTrue(meet(kanji, SubjectKeys.of(person("taro yamada"))));
    assertTrue(meet(SubjectKeys.japaneseName("ヤマダタロウ", ""), SubjectKeys.of(person("taro yamada"))),
        "kana without a space meets by its reading");
    assertFalse(meet(kanji, SubjectKeys.latinName("Yamada")), "a lone surname is not the full name");
  }

  @Test
  void kanaInAnyScriptAndWidthMeets() {
    Set<String> katakana = SubjectKeys.japaneseName("ヤマダ タロウ", "");
    for (String kana : new String[] {"ヤマダタロウ", "やまだ たろう", "やまだたろう", "ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ　ターロー"}) {
      assertTrue(meet(katakana, SubjectKeys.japaneseName(kana, "")), kana);
    }
    assertFalse(meet(katakana, SubjectKeys.japaneseName("ヤマダハナコ", "")));
  }

  @Test
  void writtenFormsFoldSpacesWidthAndOldCharacterForms() {
    assertEquals(SubjectKeys.japaneseName(null, "高橋 一郎"), SubjectKeys.japaneseName(null, "髙橋　一郎"));
    assertEquals(SubjectKeys.japaneseName(null, "渡辺健"), SubjectKeys.japaneseName(null, "渡邊 健"));
  }

  @Test
  void romajiSystemsFoldToOneForm() {
    assertEquals(RomajiFolding.fold("shinichi"), RomajiFolding.fold("Sin'iti"));
    assertEquals(RomajiFolding.fold("tsuchiya"), RomajiFolding.fold("Tutiya"));
    assertEquals(RomajiFolding.fold("homma"), RomajiFolding.fold("Honma"));
    assertEquals(RomajiFolding.fold("Ōno"), RomajiFolding.fold("Ohno"));
    assertEquals(RomajiFolding.fold("oono"), RomajiFolding.fold("Ono"));
    assertEquals(RomajiFolding.fold("Yūko"), RomajiFolding.fold("Yuuko"));
    assertEquals(RomajiFolding.fold("Fujita"), RomajiFolding.fold("Huzita"));
    assertEquals(RomajiFolding.fold("Jun"), RomajiFolding.fold("zyun"));
    assertEquals(RomajiFolding.fold("Ohashi"), RomajiFolding.fold("Oohashi"));
    assertFalse(RomajiFolding.fold("Keiko").equals(RomajiFolding.fold("Keko")), "ei stays, as in passports");
    assertFalse(RomajiFolding.fold("Sato").equals(RomajiFolding.fold("Saito")));
  }

  @Test
  void otherIdentifiers() {
    assertEquals(Set.of("email:taro@example.jp"),
        SubjectKeys.of(new Finding(FindingType.EMAIL, null, 0, 1, "x", "Taro@Example.JP", 0.9, "t")));
    assertEquals(Set.of("phone:+81312345678"),
        SubjectKeys.of(new Finding(FindingType.PHONE, null, 0, 1, "x", "+81312345678", 0.9, "t")));
    assertEquals(Set.of("address:東京都|千代田区|丸の内|1-2-3"), SubjectKeys.of(new Finding(FindingType.ADDRESS,
        null, 0, 1, "x", "東京都|千代田区|丸の内|1-2-3|丸の内ビル3F|〒100-0001", 0.9, "t")));
    assertEquals(Set.of(), SubjectKeys.of(new Finding(FindingType.CREDIT_CARD, null, 0, 1, "x", "4111", 0.9, "t")));
    assertEquals(SubjectKeys.NAME_SOUND, SubjectKeys.kindOf("name:sound:yamadataro"));
    assertEquals(SubjectKeys.EMAIL, SubjectKeys.kindOf("email:a@b"));
  }
}
