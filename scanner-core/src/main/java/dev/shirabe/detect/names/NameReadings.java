package dev.shirabe.detect.names;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * The Japanese surnames and given names of ENAMDICT/JMnedict with their readings and romaji,
 * from {@code names/enamdict-names.tsv.gz} in the dictionaries module (EDRDG, CC BY-SA 4.0: see
 * the README and enamdict.NOTICE there). Far wider than IPADIC's names: rare and old-style
 * surnames (勅使河原, 小鳥遊), recent given names, the kanji surnames of Chinese and Korean people.
 * Loaded once, on first use, from the arrays the build compiles it into ({@link #COMPILED}: some
 * 30 ms and 13 MB of heap, where parsing the text took a second and 45 MB); read-only and
 * thread-safe.
 */
public final class NameReadings {

  static final String RESOURCE = "/dev/shirabe/dictionaries/names/enamdict-names.tsv.gz";
  /** The lexicon compiled at build time ({@link CompiledTables}). */
  static final String COMPILED = "/dev/shirabe/detect/names/enamdict-names.tables";

  static final int MAGIC = 0x53484e32; // "SHN2": the layout with the kinds' table
  /** The bit of an entry's reading number that says it is a given name's. */
  private static final int GIVEN_BIT = 1 << 31;

  /** What a name can be: ENAMDICT's s, and its g, m and f merged. */
  public enum Kind { SURNAME, GIVEN }

  /**
   * One reading of a written name.
   *
   * @param reading in katakana ("テシガワラ")
   * @param romaji in lower case, long vowels as ou/uu ("teshigawara")
   * @param kind a surname or a given name read so
   */
  public record Reading(String reading, String romaji, Kind kind) {}

  private static final class Holder {
    static final NameReadings STANDARD = load();
  }

  /** The distinct written names. */
  private final StringTable written;
  /** Where the entries of written name {@code w} end; they start where those of {@code w-1} end. */
  private final int[] entryEnds;
  /** Per entry (one line of the file, in the file's order): its reading's number, and {@link #GIVEN_BIT}. */
  private final int[] entryReadings;
  /** Per entry: its romaji's number. */
  private final int[] entryRomaji;
  /** The distinct readings and romaji. */
  private final StringTable readingTable;
  private final StringTable romajiTable;
  /** Per reading: how many entries of each kind read so ({@link #namesReadAs}). */
  private final int[] surnamesReadAs;
  private final int[] givenNamesReadAs;
  /**
   * The last name asked about and its number: callers ask whether a word is a surname and then
   * whether it is a given name, one after the other. Immutable, so racing threads at worst
   * look a name up again.
   */
  private Map.Entry<String, Integer> last = Map.entry("", -1);

  private NameReadings(StringTable written, int[] entryEnds, int[] entryReadings, int[] entryRomaji,
      StringTable readingTable, StringTable romajiTable, int[] surnamesReadAs, int[] givenNamesReadAs,
      WordBits kinds) {
    this.written = written;
    this.entryEnds = entryEnds;
    this.entryReadings = entryReadings;
    this.entryRomaji = entryRomaji;
    this.readingTable = readingTable;
    this.romajiTable = romajiTable;
    this.surnamesReadAs = surnamesReadAs;
    this.givenNamesReadAs = givenNamesReadAs;
    this.kinds = kinds;
  }

  /** {@link #kinds} of the written names, from their entries. */
  private static WordBits kinds(StringTable written, int[] entryEnds, int[] entryReadings) {
    return WordBits.of(written, w -> {
      int bits = 0;
      for (int e = w == 0 ? 0 : entryEnds[w - 1]; e < entryEnds[w]; e++) {
        bits |= kindOf(entryReadings, e) == Kind.GIVEN ? GIVEN : SURNAME;
      }
      return bits;
    });
  }

  /**
   * Whether each written name is a surname, a given name or both, for {@link #isSurname} and
   * {@link #isGivenName}, asked for most kanji tokens of a text: one probe of a flat table,
   * where the string table's look-up reads its slots, ends and chars, then the entries.
   */
  private final WordBits kinds;
  private static final int SURNAME = 1;
  private static final int GIVEN = 2;

  /** The lexicon of the dictionaries module, read on first use. */
  public static NameReadings standard() {
    return Holder.STANDARD;
  }

  /** Every reading of the name written exactly so, in the file's order; empty if unknown. */
  public List<Reading> readings(String written) {
    return readings(written, null);
  }

  /** The readings of the name written so as a name of that kind, in the file's order. */
  public List<Reading> readings(String written, Kind kind) {
    int w = indexOf(written);
    if (w < 0) {
      return List.of();
    }
    List<Reading> found = new ArrayList<>(2);
    for (int e = w == 0 ? 0 : entryEnds[w - 1]; e < entryEnds[w]; e++) {
      Kind k = kindOf(e);
      if (kind == null || k == kind) {
        found.add(new Reading(readingTable.get(entryReadings[e] & ~GIVEN_BIT),
            romajiTable.get(entryRomaji[e]), k));
      }
    }
    return found;
  }

  private Kind kindOf(int entry) {
    return kindOf(entryReadings, entry);
  }

  private static Kind kindOf(int[] entryReadings, int entry) {
    return (entryReadings[entry] & GIVEN_BIT) != 0 ? Kind.GIVEN : Kind.SURNAME;
  }

  private int indexOf(String name) {
    Map.Entry<String, Integer> memo = last;
    if (memo.getKey().equals(name)) {
      return memo.getValue();
    }
    int found = written.indexOf(name);
    last = Map.entry(name, found);
    return found;
  }

  public boolean isSurname(String written) {
    return (kinds.get(written) & SURNAME) != 0;
  }

  public boolean isGivenName(String written) {
    return (kinds.get(written) & GIVEN) != 0;
  }

  /**
   * How many written surnames or given names are read so (ヒロシ: some 250 given names, 博,
   * 宏, 浩 …); 0 for a reading no name of that kind has. A measure of how common a reading
   * is among names, which ENAMDICT does not give otherwise.
   */
  public int namesReadAs(String reading, Kind kind) {
    int r = readingTable.indexOf(reading);
    return r < 0 ? 0 : (kind == Kind.SURNAME ? surnamesReadAs : givenNamesReadAs)[r];
  }

  /** The number of surname readings (lines), not of distinct written surnames. */
  public int surnameCount() {
    return IntStream.of(surnamesReadAs).sum();
  }

  /** The number of given-name readings (lines), not of distinct written given names. */
  public int givenNameCount() {
    return IntStream.of(givenNamesReadAs).sum();
  }

  /**
   * The compiled lexicon when the build made it from this dictionary (known by the CRC-32 its
   * jar holds for it, without reading it), else the dictionary parsed.
   */
  private static NameReadings load() {
    ByteBuffer compiled = CompiledTables.open(COMPILED, MAGIC, CompiledTables.crcOf(RESOURCE));
    try {
      return compiled != null ? read(compiled) : parse(CompiledTables.resource(RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name lexicon " + RESOURCE, e);
    }
  }

  /** Writes the lexicon on the class path, compiled, to {@code file} ({@link CompiledTables#main}). */
  static void compile(Path file) throws IOException {
    byte[] source = CompiledTables.resource(RESOURCE);
    NameReadings lexicon = parse(source);
    CompiledTables.write(file, MAGIC, source, out -> {
      lexicon.written.write(out);
      CompiledTables.writeInts(out, lexicon.entryEnds);
      CompiledTables.writeInts(out, lexicon.entryReadings);
      CompiledTables.writeInts(out, lexicon.entryRomaji);
      lexicon.readingTable.write(out);
      lexicon.romajiTable.write(out);
      CompiledTables.writeInts(out, lexicon.surnamesReadAs);
      CompiledTables.writeInts(out, lexicon.givenNamesReadAs);
      lexicon.kinds.write(out);
    });
  }

  private static NameReadings read(ByteBuffer in) throws IOException {
    NameReadings lexicon = new NameReadings(StringTable.read(in), CompiledTables.readInts(in),
        CompiledTables.readInts(in), CompiledTables.readInts(in), StringTable.read(in),
        StringTable.read(in), CompiledTables.readInts(in), CompiledTables.readInts(in),
        WordBits.read(in));
    int entries = lexicon.entryReadings.length;
    if (in.hasRemaining() || lexicon.entryEnds.length != lexicon.written.size()
        || lexicon.entryRomaji.length != entries
        || (entries > 0 && lexicon.entryEnds[lexicon.entryEnds.length - 1] != entries)
        || lexicon.surnamesReadAs.length != lexicon.readingTable.size()
        || lexicon.givenNamesReadAs.length != lexicon.readingTable.size()) {
      throw new IOException("damaged compiled name lexicon " + COMPILED);
    }
    return lexicon;
  }

  /** The lexicon from its text ({@code source}: the gzipped TSV's bytes). */
  static NameReadings parse(byte[] source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(source), 1 << 16), StandardCharsets.UTF_8));
    // Each written name's entries, as {reading, romaji} numbers, in the file's order.
    Map<String, List<int[]>> byWritten = new LinkedHashMap<>(1 << 19);
    Map<String, Integer> readings = new LinkedHashMap<>(1 << 18);
    Map<String, Integer> romaji = new LinkedHashMap<>(1 << 18);
    List<int[]> readAs = new ArrayList<>(); // per reading: {surnames, given names}
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
      }
      Kind kind = switch (f[3]) {
        case "surname" -> Kind.SURNAME;
        case "given" -> Kind.GIVEN;
        default -> throw new IllegalStateException("unknown kind in " + RESOURCE + ": " + line);
      };
      int r = readings.computeIfAbsent(f[1], s -> {
        readAs.add(new int[2]);
        return readings.size();
      });
      readAs.get(r)[kind.ordinal()]++;
      int m = romaji.computeIfAbsent(f[2], s -> romaji.size());
      byWritten.computeIfAbsent(f[0], w -> new ArrayList<>(2))
          .add(new int[] {kind == Kind.GIVEN ? r | GIVEN_BIT : r, m});
    }
    int[] entryEnds = new int[byWritten.size()];
    int entries = byWritten.values().stream().mapToInt(List::size).sum();
    int[] entryReadings = new int[entries];
    int[] entryRomaji = new int[entries];
    int w = 0;
    int e = 0;
    for (List<int[]> of : byWritten.values()) {
      for (int[] entry : of) {
        entryReadings[e] = entry[0];
        entryRomaji[e++] = entry[1];
      }
      entryEnds[w++] = e;
    }
    StringTable written = StringTable.of(List.copyOf(byWritten.keySet()));
    return new NameReadings(written, entryEnds, entryReadings,
        entryRomaji, StringTable.of(List.copyOf(readings.keySet())), StringTable.of(List.copyOf(romaji.keySet())),
        readAs.stream().mapToInt(c -> c[Kind.SURNAME.ordinal()]).toArray(),
        readAs.stream().mapToInt(c -> c[Kind.GIVEN.ordinal()]).toArray(),
        kinds(written, entryEnds, entryReadings));
  }
}
