package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the lexicon answers from ENAMDICT beside IPADIC. */
class NameLexiconTest {

  private final NameLexicon lexicon = new NameLexicon();

  @Test
  void namesIpadicDoesNotKnowAreNamesInTheLexicon() {
    assertFalse(lexicon.lookup("上栢").surname());
    assertTrue(lexicon.isSurname("上栢"));
    assertFalse(lexicon.lookup("美佐紀").givenName());
    assertTrue(lexicon.isGivenName("美佐紀"));
    assertFalse(lexicon.isGivenName("上栢"));
    assertFalse(lexicon.isSurname("会議"));
  }

  @Test
  void readsANameAsIpadicDoesElseAsEnamdictDoes() {
    assertEquals(List.of("ヤマダ"), lexicon.nameReadings("山田", NameReadings.Kind.SURNAME));
    assertEquals(List.of("ミサキ"), lexicon.nameReadings("美佐紀", NameReadings.Kind.GIVEN));
    assertEquals(List.of("コウスケ", "ミツスケ", "ミヒロ", "ミユ"),
        lexicon.nameReadings("光祐", NameReadings.Kind.GIVEN));
    // Asked as a surname, a name ENAMDICT has only as a given name is read as one anyway.
    assertEquals(List.of("ミサキ"), lexicon.nameReadings("美佐紀", NameReadings.Kind.SURNAME));
    assertEquals(List.of(), lexicon.nameReadings("会議", null));
  }
}
