package dev.shirabe.subject;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keys of names typed without a space, split by the name lexicon. */
class QueryKeysTest {

  private final QueryKeys keys = new QueryKeys();

  private Set<String> parts(String name) {
    return keys.partKeys(new Criterion(Criterion.Kind.NAME, name));
  }

  @Test
  void aKanaNameWithoutASpaceHasTheKeysOfItsParts() {
    for (String name : new String[] {"マツトモミサキ", "まつともみさき"}) {
      Set<String> found = parts(name);
      assertTrue(found.containsAll(Set.of("name:sound:matutomo", "name:sound:misaki")), name + ": " + found);
      assertTrue(keys.name(name).contains("name:romaji:matutomo misaki"), name);
    }
  }

  @Test
  void aKanjiNameIpadicCannotSplitHasTheKeysOfItsParts() {
    Set<String> found = parts("上栢久爾夫");
    assertTrue(found.containsAll(Set.of("name:written:上栢", "name:sound:kamikaya",
        "name:written:久爾夫", "name:sound:kunio")), found.toString());
    assertTrue(keys.name("上栢久爾夫").containsAll(Set.of("name:written:上栢久爾夫",
        "name:sound:kamikayakunio", "name:romaji:kamikaya kunio")));
  }
}
