package dev.shirabe.detect.names.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The folds of the shared corpora by file number: 0 mod 5 held out, 1 to 4 to validate on. */
class PersonModelSplitTest {

  @Test
  void eachNumberedFileIsInOneFold() {
    String file = "ja_wikipedia_person-0017.txt"; // 17 mod 5 = 2
    assertTrue(PersonModelSplit.inFold(file, 2));
    assertFalse(PersonModelSplit.inFold(file, 1));
    assertFalse(PersonModelSplit.validation(file));
    assertFalse(PersonModelSplit.heldOut(file));
    assertTrue(PersonModelSplit.inFold("ja_wikipedia_person-0006.txt", 1));
    assertTrue(PersonModelSplit.validation("ja_wikipedia_person-0006.txt"));
  }

  @Test
  void theHeldOutFoldIsNoValidationFold() {
    assertThrows(IllegalArgumentException.class,
        () -> PersonModelSplit.inFold("ja_wikipedia_person-0010.txt", 0));
    assertThrows(IllegalArgumentException.class,
        () -> PersonModelSplit.inFold("ja_wikipedia_person-0010.txt", 5));
  }
}
