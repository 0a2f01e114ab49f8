package dev.shirabe.detect.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Japanese surnames and given names of ENAMDICT/JMnedict with their readings and romaji,
 * from {@code names/enamdict-names.tsv.gz} in the dictionaries module (EDRDG, CC BY-SA 4.0: see
 * the README and enamdict.NOTICE there). Far wider than IPADIC's names: rare and old-style
 * surnames (勅使河原, 小鳥遊), recent given names, the kanji surnames of Chinese and Korean people.
 * Loaded once, on first use (about half a second and 45 MB of heap); thread-safe, being
 * read-only after loading but for the reading counts a lookup by kana builds on first use.
 */
public final class NameReadings {

  static final String RESOURCE = "/dev/shirabe/dictionaries/names/enamdict-names.tsv.gz";

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

  /**
   * A written name's readings and the kinds among them: {@link #isSurname} and {@link
   * #isGivenName} are asked of most kanji tokens of a text and read the two flags without
   * walking the readings (fewer objects to fetch from a map of half a million names).
   */
  private record Entry(List<Reading> readings, boolean surname, boolean given) {
    static Entry of(List<Reading> readings) {
      boolean surname = false;
      boolean given = false;
      for (Reading r : readings) {
        surname |= r.kind() == Kind.SURNAME;
        given |= r.kind() == Kind.GIVEN;
      }
      return new Entry(List.copyOf(readings), surname, given);
    }
  }

  private static final Entry UNKNOWN = new Entry(List.of(), false, false);

  private final Map<String, Entry> byWritten;
  /**
   * The last name asked about and its entry: callers ask whether a word is a surname and then
   * whether it is a given name, one after the other. Immutable, so racing threads at worst
   * look a name up again.
   */
  private Map.Entry<String, Entry> last = Map.entry("", UNKNOWN);
  /**
   * Whether each written name is a surname (1) or a given name (2), for {@link #isSurname} and
   * {@link #isGivenName}: one probe of a flat table instead of the map's chain of references.
   */
  private final WordBits kinds;
  private final int surnames;
  private final int givenNames;
  /** How many written forms each reading has, by kind: built on first use ({@link #namesReadAs}). */
  private Map<Kind, Map<String, Integer>> readingCounts;

  private NameReadings(Map<String, Entry> byWritten, int surnames, int givenNames) {
    this.byWritten = byWritten;
    Map<String, Integer> kinds = new HashMap<>(byWritten.size() * 4 / 3 + 1);
    byWritten.forEach((w, e) -> kinds.put(w, (e.surname() ? SURNAME : 0) | (e.given() ? GIVEN : 0)));
    this.kinds = new WordBits(kinds);
    this.surnames = surnames;
    this.givenNames = givenNames;
  }

  /** The lexicon of the dictionaries module, read on first use. */
  public static NameReadings standard() {
    return Holder.STANDARD;
  }

  /** Every reading of the name written exactly so, in the file's order; empty if unknown. */
  public List<Reading> readings(String written) {
    return entry(written).readings();
  }

  private Entry entry(String written) {
    Map.Entry<String, Entry> memo = last;
    if (memo.getKey().equals(written)) {
      return memo.getValue();
    }
    Entry found = byWritten.getOrDefault(written, UNKNOWN);
    last = Map.entry(written, found);
    return found;
  }

  /** The readings of the name written so as a name of that kind, in the file's order. */
  public List<Reading> readings(String written, Kind kind) {
    List<Reading> all = readings(written);
    List<Reading> ofKind = new ArrayList<>(all.size());
    for (Reading r : all) {
      if (r.kind() == kind) {
        ofKind.add(r);
      }
    }
    return ofKind;
  }

  private static final int SURNAME = 1;
  private static final int GIVEN = 2;

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
    return readingCounts().get(kind).getOrDefault(reading, 0);
  }

  private synchronized Map<Kind, Map<String, Integer>> readingCounts() {
    if (readingCounts == null) {
      Map<Kind, Map<String, Integer>> counts = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        counts.put(kind, new HashMap<>(1 << 17));
      }
      for (Entry entry : byWritten.values()) {
        for (Reading r : entry.readings()) {
          counts.get(r.kind()).merge(r.reading(), 1, Integer::sum);
        }
      }
      readingCounts = counts;
    }
    return readingCounts;
  }

  /** The number of surname readings (lines), not of distinct written surnames. */
  public int surnameCount() {
    return surnames;
  }

  /** The number of given-name readings (lines), not of distinct written given names. */
  public int givenNameCount() {
    return givenNames;
  }

  private static NameReadings load() {
    try (InputStream in = NameReadings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("name lexicon not on the class path: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
      Map<String, List<Reading>> byWritten = new HashMap<>(1 << 19);
      // Romaji and readings repeat across written forms (ヒロシ for 博, 宏, 浩, …): one copy each.
      Map<String, String> shared = new HashMap<>(1 << 18);
      int surnames = 0;
      int givenNames = 0;
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
        if (kind == Kind.SURNAME) {
          surnames++;
        } else {
          givenNames++;
        }
        Reading reading = new Reading(
            shared.computeIfAbsent(f[1], s -> s), shared.computeIfAbsent(f[2], s -> s), kind);
        byWritten.computeIfAbsent(f[0], w -> new ArrayList<>(2)).add(reading);
      }
      Map<String, Entry> frozen = new HashMap<>(byWritten.size() * 4 / 3 + 1);
      byWritten.forEach((w, readings) -> frozen.put(w, Entry.of(readings)));
      return new NameReadings(frozen, surnames, givenNames);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name lexicon " + RESOURCE, e);
    }
  }
}
