package dev.shirabe.subject;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.inventory.SubjectKeys;
import java.util.HashSet;
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

  /**
   * Chinese and Korean names in kanji: the lexicon has their surnames (王, 陳, 金 as キム) but
   * seldom their given names (陽明, 水扁), so a finding of one may have no reading; its written
   * form still meets the query's, and where every part is known (金大中) so do the readings.
   */
  @Test
  void chineseAndKoreanNamesInKanjiMeetTheirFindings() {
    for (String name : new String[] {"王陽明", "陳水扁"}) {
      Set<String> finding = SubjectKeys.personName("||" + name.charAt(0) + " " + name.substring(1));
      assertTrue(shared(keys.name(name), finding), name);
    }
    Set<String> kimDaeJung = SubjectKeys.personName("キム デジュン|kimu dejun|金 大中");
    for (String name : new String[] {"金大中", "キム・デジュン", "キム デジュン"}) {
      assertTrue(shared(keys.name(name), kimDaeJung), name);
    }
    assertFalse(shared(keys.name("金大仲"), kimDaeJung));
  }

  private static boolean shared(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return !both.isEmpty();
  }
}
