package dev.shirabe.detect.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void loadsEntriesLowerCasedWithoutComments() {
    List<String> tlds = WordList.load("tlds.txt");
    assertTrue(tlds.contains("jp"));
    assertTrue(tlds.contains("com"));
    assertTrue(tlds.stream().noneMatch(w -> w.startsWith("#") || w.isBlank()));
    assertTrue(tlds.stream().allMatch(w -> w.equals(w.toLowerCase())));
    assertFalse(tlds.contains("png"));
  }

  @Test
  void aMissingListIsAPackagingError() {
    assertThrows(IllegalStateException.class, () -> WordList.load("no-such-list.txt"));
  }
}
