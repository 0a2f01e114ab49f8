package dev.shirabe.detect.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The name dictionaries compiled at build time answer every question as the dictionaries'
 * text parsed does: the scanner reads the compiled form, and a result may not change with it.
 */
class CompiledTablesTest {

  @Test
  void theBuildCompiledBothDictionariesFromTheTextsOnTheClassPath() {
    assertNotNull(CompiledTables.open(NameReadings.COMPILED, NameReadings.MAGIC,
        CompiledTables.crcOf(NameReadings.RESOURCE)), "enamdict-names.tables missing or stale");
    assertNotNull(CompiledTables.open(KatakanaWords.COMPILED, KatakanaWords.MAGIC,
        CompiledTables.crcOf(KatakanaWords.RESOURCE)), "unidic-katakana.tables missing or stale");
  }

  @Test
  void aCompiledFileMadeFromAnotherSourceIsNotUsed() {
    byte[] other = "another dictionary".getBytes(StandardCharsets.UTF_8);
    assertNull(CompiledTables.open(NameReadings.COMPILED, NameReadings.MAGIC,
        CompiledTables.crc(other)));
    assertNull(CompiledTables.open(NameReadings.COMPILED, KatakanaWords.MAGIC,
        CompiledTables.crcOf(NameReadings.RESOURCE)));
    // The layout before the kinds' tables were compiled in (magic "SHNR") is not read as this one.
    assertNull(CompiledTables.open(NameReadings.COMPILED, 0x53484e52,
        CompiledTables.crcOf(NameReadings.RESOURCE)));
  }

  /**
   * The source's CRC-32 as a jar's directory holds it is the CRC-32 of its bytes: the scanner
   * checks a compiled file against it without reading the dictionary.
   */
  @Test
  void aResourceInAJarHasTheCrcOfItsBytes(@TempDir Path dir) throws IOException {
    byte[] bytes = CompiledTables.resource(KatakanaWords.RESOURCE);
    Path jar = dir.resolve("d.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("dev/d.tsv.gz"));
      out.write(bytes);
      out.closeEntry();
    }
    long crc = CompiledTables.crc(bytes);
    assertEquals(crc, CompiledTables.crcOf(new URL("jar:" + jar.toUri() + "!/dev/d.tsv.gz")));
    Path plain = Files.write(dir.resolve("d.tsv.gz"), bytes);
    assertEquals(crc, CompiledTables.crcOf(plain.toUri().toURL()));
    assertEquals(crc, CompiledTables.crcOf(KatakanaWords.RESOURCE));
    Files.delete(jar); // no JarFile left open by crcOf
  }

  @Test
  void compiledNameReadingsAnswerAsTheParsedText() throws IOException {
    byte[] source = CompiledTables.resource(NameReadings.RESOURCE);
    NameReadings parsed = NameReadings.parse(source);
    NameReadings compiled = NameReadings.standard();
    List<String[]> lines = lines(source);
    Set<String> written = new LinkedHashSet<>();
    Set<String> readings = new LinkedHashSet<>();
    for (String[] f : lines) {
      written.add(f[0]);
      readings.add(f[1]);
    }
    for (String w : written) {
      assertEquals(parsed.readings(w), compiled.readings(w), w);
      assertEquals(parsed.isSurname(w), compiled.isSurname(w), w);
      assertEquals(parsed.isGivenName(w), compiled.isGivenName(w), w);
    }
    for (String r : readings) {
      for (NameReadings.Kind kind : NameReadings.Kind.values()) {
        assertEquals(parsed.namesReadAs(r, kind), compiled.namesReadAs(r, kind), r);
      }
    }
    assertEquals(parsed.surnameCount(), compiled.surnameCount());
    assertEquals(parsed.givenNameCount(), compiled.givenNameCount());
    assertEquals(lines.size(), compiled.surnameCount() + compiled.givenNameCount());
    // A name's readings are its lines, in the file's order.
    List<NameReadings.Reading> first = new ArrayList<>();
    for (String[] f : lines) {
      if (f[0].equals(lines.get(0)[0])) {
        first.add(new NameReadings.Reading(f[1], f[2],
            f[3].equals("surname") ? NameReadings.Kind.SURNAME : NameReadings.Kind.GIVEN));
      }
    }
    assertEquals(first, compiled.readings(lines.get(0)[0]));
    assertEquals(List.of(), compiled.readings("会議"));
    assertEquals(0, compiled.namesReadAs("ヲヲヲヲ", NameReadings.Kind.GIVEN));
  }

  @Test
  void compiledKatakanaWordsAnswerAsTheParsedText() throws IOException {
    byte[] source = CompiledTables.resource(KatakanaWords.RESOURCE);
    KatakanaWords parsed = KatakanaWords.parse(source);
    KatakanaWords compiled = KatakanaWords.standard();
    assertEquals(parsed.size(), compiled.size());
    for (String[] f : lines(source)) {
      assertEquals(parsed.kinds(f[0]), compiled.kinds(f[0]), f[0]);
      assertEquals(parsed.nameLikeness(f[0]), compiled.nameLikeness(f[0]), f[0]);
    }
    assertEquals(0, compiled.kinds("ヲヲヲヲヲ"));
    assertEquals(parsed.nameLikeness("ヲヲヲヲヲ"), compiled.nameLikeness("ヲヲヲヲヲ"));
  }

  @Test
  void aStringTableFindsEachStringByItsNumberAndBack() throws IOException {
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      strings.add("名" + i);
    }
    strings.add("");
    StringTable table = StringTable.of(strings);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    table.write(new DataOutputStream(bytes));
    StringTable read = StringTable.read(ByteBuffer.wrap(bytes.toByteArray()));
    for (StringTable t : List.of(table, read)) {
      assertEquals(strings.size(), t.size());
      for (int i = 0; i < strings.size(); i++) {
        assertEquals(strings.get(i), t.get(i));
        assertEquals(i, t.indexOf(strings.get(i)));
      }
      assertEquals(-1, t.indexOf("名1000"));
      assertEquals(-1, t.indexOf("名"));
    }
    assertThrows(IllegalArgumentException.class, () -> StringTable.of(List.of("a", "b", "a")));
  }

  @Test
  void aCutCompiledTableIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringTable.of(List.of("山田", "田中")).write(new DataOutputStream(bytes));
    byte[] whole = bytes.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 3);
    assertThrows(IOException.class, () -> StringTable.read(ByteBuffer.wrap(cut)));
    assertArrayEquals(whole, roundTrip(whole));
  }

  private static byte[] roundTrip(byte[] table) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringTable.read(ByteBuffer.wrap(table)).write(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static List<String[]> lines(byte[] gzipped) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(gzipped)), StandardCharsets.UTF_8));
    List<String[]> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line.split("\t", -1));
    }
    return lines;
  }
}
