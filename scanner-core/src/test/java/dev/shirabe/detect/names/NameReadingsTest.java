package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.detect.names.NameReadings.Kind;
import dev.shirabe.detect.names.NameReadings.Reading;
import dev.shirabe.detect.text.Kana;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class NameReadingsTest {

  private final NameReadings names = NameReadings.standard();

  @Test
  void knowsARareSurnameWithItsReading() {
    assertTrue(names.isSurname("勅使河原"));
    assertFalse(names.isGivenName("勅使河原"));
    assertTrue(names.readings("勅使河原")
        .contains(new Reading("テシガワラ", "teshigawara", Kind.SURNAME)));
    assertEquals(List.of(new Reading("タカナシ", "takanashi", Kind.SURNAME)),
        names.readings("小鳥遊"));
  }

  @Test
  void knowsAGivenNameWithItsReading() {
    assertTrue(names.isGivenName("翔太"));
    assertFalse(names.isSurname("翔太"));
    assertEquals(List.of(new Reading("ショウタ", "shouta", Kind.GIVEN)), names.readings("翔太"));
  }

  @Test
  void knowsTheKanjiSurnamesOfChinesePeople() {
    assertTrue(names.readings("陳").contains(new Reading("チン", "chin", Kind.SURNAME)));
    assertTrue(names.isSurname("王"));
  }

  @Test
  void anOrdinaryWordIsNoName() {
    assertFalse(names.isSurname("会議"));
    assertFalse(names.isGivenName("会議"));
    assertEquals(List.of(), names.readings("会議"));
  }

  @Test
  void holdsOverAHundredThousandOfEachKind() {
    assertTrue(names.surnameCount() > 100_000, "surnames: " + names.surnameCount());
    assertTrue(names.givenNameCount() > 100_000, "given names: " + names.givenNameCount());
    assertTrue(names.surnameCount() < 1_000_000 && names.givenNameCount() < 1_000_000);
  }

  /**
   * The generator's output is sorted by code point and has no line twice (strictly increasing
   * implies both), each line four fields with a katakana reading and lower-case romaji.
   */
  @Test
  void theFileIsSortedDeduplicatedAndWellFormed() throws IOException {
    try (InputStream in = NameReadings.class.getResourceAsStream(NameReadings.RESOURCE)) {
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      String previous = null;
      int lines = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (previous != null) {
          assertTrue(compareCodePoints(previous, line) < 0,
              "not strictly increasing: " + previous + " / " + line);
        }
        String[] f = line.split("\t", -1);
        assertEquals(4, f.length, line);
        assertTrue(!f[0].isEmpty() && f[1].chars().allMatch(c -> Kana.isKatakana((char) c)), line);
        assertTrue(f[2].matches("[a-z']+"), line);
        assertTrue(f[3].equals("surname") || f[3].equals("given"), line);
        previous = line;
        lines++;
      }
      assertEquals(names.surnameCount() + names.givenNameCount(), lines);
    }
  }

  /**
   * {@link NameReadings#isSurname} and {@link NameReadings#isGivenName} read a table of hashes,
   * not the readings: they say what the readings say for every name of the file, and no for
   * words near them that it does not have.
   */
  @Test
  void theKindsOfEveryNameAgreeWithItsReadings() throws IOException {
    java.util.Map<String, Integer> kinds = new java.util.HashMap<>();
    try (InputStream in = NameReadings.class.getResourceAsStream(NameReadings.RESOURCE)) {
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] f = line.split("\t", -1);
        kinds.merge(f[0], f[3].equals("surname") ? 1 : 2, (x, y) -> x | y);
      }
    }
    kinds.forEach((written, kind) -> {
      assertEquals((kind & 1) != 0, names.isSurname(written), written);
      assertEquals((kind & 2) != 0, names.isGivenName(written), written);
      String near = written + "x";
      if (!kinds.containsKey(near)) {
        assertFalse(names.isSurname(near) || names.isGivenName(near), near);
      }
    });
  }

  private static int compareCodePoints(String a, String b) {
    return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
  }
}
