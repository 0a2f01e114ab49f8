package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameFormTest {

  @Test
  void aNameOfTwoPartsIsFullOneOfOnePartIsNot() {
    assertEquals(NameForm.FULL, NameForm.of("ヤマダ タロウ|yamada taro|山田 太郎"));
    assertEquals(NameForm.FULL, NameForm.of("||松友 美佐紀"), "reading unknown");
    assertEquals(NameForm.FULL, NameForm.of("ジョン スミス|jon sumisu|ジョン スミス"));
    assertEquals(NameForm.FULL, NameForm.of("Taro Yamada"), "a Latin-script name");
    assertEquals(NameForm.FULL, NameForm.of("Yamada, Taro"));
    assertEquals(NameForm.PARTIAL, NameForm.of("ヤマダ|yamada|山田"));
    assertEquals(NameForm.PARTIAL, NameForm.of("タロウ|taro|タロウ"));
    assertEquals(NameForm.PARTIAL, NameForm.of("||森"));
    assertEquals(NameForm.PARTIAL, NameForm.of("Smith"));
  }
}
