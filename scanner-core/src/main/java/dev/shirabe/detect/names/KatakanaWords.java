package dev.shirabe.detect.names;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * What UniDic says of a word written in katakana: a person's name (foreign names mostly: ゲーリング,
 * ジェニファー), a surname or given name (アイザワ), a place, another proper noun (a company, a
 * work), or an ordinary word (ホテル, デジタル). From {@code names/unidic-katakana.tsv.gz} in the
 * dictionaries module (The UniDic Consortium, BSD-3-Clause: see the README and unidic.NOTICE
 * there). IPADIC, which Kuromoji reads, knows few foreign names, so a katakana word it does not
 * know is a name as often as a loanword; UniDic tells most of them apart.
 *
 * <p>Loaded once, on first use (87,000 words), from the arrays the build compiles it into
 * ({@link #COMPILED}), else parsed from the text; read-only and thread-safe.
 */
public final class KatakanaWords {

  static final String RESOURCE = "/dev/shirabe/dictionaries/names/unidic-katakana.tsv.gz";
  /** The words compiled at build time, with their trigrams' odds ({@link CompiledTables}). */
  static final String COMPILED = "/dev/shirabe/detect/names/unidic-katakana.tables";

  static final int MAGIC = 0x53484b32; // "SHK2": the layout with the kinds' table

  /** One bit each, a word may have several: サンダース is a person, ホール a person and a word. */
  public static final int PERSON = 1;
  public static final int SURNAME = 1 << 1;
  public static final int GIVEN = 1 << 2;
  public static final int PLACE = 1 << 3;
  public static final int PROPER = 1 << 4;
  public static final int WORD = 1 << 5;
  /** Any of UniDic's person names. */
  public static final int NAME = PERSON | SURNAME | GIVEN;

  private static final class Holder {
    static final KatakanaWords STANDARD = load();
  }

  private final StringTable words;
  /** Per word: its kinds' bits. */
  private final byte[] kinds;
  /**
   * Per three chars in a row (a katakana word's start and end count as chars), the log-odds that
   * a word holding them is a person's name rather than anything else, from UniDic's own words:
   * foreign names have their sounds (ッチ, ルス, ーニ, スキー), loanwords and places theirs.
   */
  private final float[] trigramOdds;

  /**
   * {@link #kinds} again, as {@link #kinds(String)} reads it for most katakana tokens: one
   * probe of a flat table, where the string table's look-up reads its slots, ends and chars.
   */
  private final WordBits kindBits;

  private KatakanaWords(StringTable words, byte[] kinds, float[] trigramOdds, WordBits kindBits) {
    this.words = words;
    this.kinds = kinds;
    this.kindBits = kindBits;
    this.trigramOdds = trigramOdds;
  }

  /** Chars of a trigram: the katakana block, and the two ends of a word. */
  private static final int ALPHABET = 0x60 + 1;
  private static final int EDGE = 0x60;

  private static int code(char c) {
    int k = c - 0x30A0;
    return k >= 0 && k < 0x60 ? k : -1;
  }

  private static float[] trigramOdds(Map<String, Integer> kinds) {
    // Counts, then logarithms of them: the same floats whatever order the words come in.
    int[] names = new int[ALPHABET * ALPHABET * ALPHABET];
    int[] others = new int[names.length];
    long nameTotal = 0;
    long otherTotal = 0;
    int[] codes = new int[64];
    for (Map.Entry<String, Integer> e : kinds.entrySet()) {
      boolean name = (e.getValue() & NAME) != 0;
      int n = trigrams(e.getKey(), codes);
      for (int k = 0; k < n; k++) {
        if (name) {
          names[codes[k]]++;
          nameTotal++;
        } else {
          others[codes[k]]++;
          otherTotal++;
        }
      }
    }
    float[] odds = new float[names.length];
    for (int k = 0; k < odds.length; k++) {
      // Add-one smoothing: an unseen trigram says nothing either way.
      odds[k] = (float) (Math.log((names[k] + 1.0) / (nameTotal + 1.0))
          - Math.log((others[k] + 1.0) / (otherTotal + 1.0)));
    }
    return odds;
  }

  /** The trigram indexes of a word into {@code out}; how many, or 0 if it is not all katakana. */
  private static int trigrams(String word, int[] out) {
    int n = word.length();
    if (n == 0 || n + 1 > out.length) {
      return 0;
    }
    int a = EDGE;
    int b = code(word.charAt(0));
    if (b < 0) {
      return 0;
    }
    int count = 0;
    for (int k = 1; k <= n; k++) {
      int c = k < n ? code(word.charAt(k)) : EDGE;
      if (c < 0) {
        return 0;
      }
      out[count++] = (a * ALPHABET + b) * ALPHABET + c;
      a = b;
      b = c;
    }
    out[count++] = (a * ALPHABET + b) * ALPHABET + EDGE;
    return count;
  }

  /**
   * How much a katakana word sounds like a person's name, by its trigrams: the mean log-odds,
   * above 0 for a name's sounds, below for other words'; 0 for what is not katakana.
   */
  public double nameLikeness(String word) {
    int[] codes = new int[Math.max(2, word.length() + 2)];
    int n = trigrams(word, codes);
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += trigramOdds[codes[k]];
    }
    return n == 0 ? 0 : sum / n;
  }

  /** The lexicon of the dictionaries module, read on first use. */
  public static KatakanaWords standard() {
    return Holder.STANDARD;
  }

  /** The bits of what the word is; 0 for a word UniDic does not have. */
  public int kinds(String word) {
    return kindBits.get(word);
  }

  /**
   * Some part of a name written in katakana is a word UniDic knows, but never as a person's name:
   * an ordinary loanword (ボーイズ・トイ, サン・マイクロシステムズ, マドラサ), a place (レアル・マドリード),
   * a firm's or a work's name. Such a name is a team's, a firm's, a building's or a title's. The
   * last part after a first part that is a name, or that UniDic does not know, may be a word
   * too (ブラッド・ピット, スヌープ・ドッグ).
   */
  public boolean anyPartNoName(List<String> parts) {
    int first = parts.isEmpty() ? 0 : kinds(parts.get(0));
    boolean afterName = parts.size() > 1 && (first == 0 || (first & NAME) != 0);
    for (int k = 0; k < parts.size(); k++) {
      int kinds = kinds(parts.get(k));
      boolean mayBeWord = afterName && k == parts.size() - 1;
      if (kinds != 0 && (kinds & NAME) == 0 && !mayBeWord) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return words.size();
  }

  private static int kind(String name, String line) {
    return switch (name) {
      case "person" -> PERSON;
      case "surname" -> SURNAME;
      case "given" -> GIVEN;
      case "place" -> PLACE;
      case "proper" -> PROPER;
      case "word" -> WORD;
      default -> throw new IllegalStateException("unknown kind in " + RESOURCE + ": " + line);
    };
  }

  /** The compiled words when the build made them from this dictionary, else the dictionary parsed. */
  private static KatakanaWords load() {
    ByteBuffer compiled = CompiledTables.open(COMPILED, MAGIC, CompiledTables.crcOf(RESOURCE));
    try {
      return compiled != null ? read(compiled) : parse(CompiledTables.resource(RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the katakana lexicon " + RESOURCE, e);
    }
  }

  /** Writes the words on the class path, compiled, to {@code file} ({@link CompiledTables#main}). */
  static void compile(Path file) throws IOException {
    byte[] source = CompiledTables.resource(RESOURCE);
    KatakanaWords words = parse(source);
    CompiledTables.write(file, MAGIC, source, out -> {
      words.words.write(out);
      CompiledTables.writeBytes(out, words.kinds);
      CompiledTables.writeFloats(out, words.trigramOdds);
      words.kindBits.write(out);
    });
  }

  private static KatakanaWords read(ByteBuffer in) throws IOException {
    KatakanaWords words = new KatakanaWords(StringTable.read(in), CompiledTables.readBytes(in),
        CompiledTables.readFloats(in), WordBits.read(in));
    if (in.hasRemaining() || words.kinds.length != words.words.size()
        || words.trigramOdds.length != ALPHABET * ALPHABET * ALPHABET) {
      throw new IOException("damaged compiled katakana lexicon " + COMPILED);
    }
    return words;
  }

  /** The words from their text ({@code source}: the gzipped TSV's bytes). */
  static KatakanaWords parse(byte[] source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(new ByteArrayInputStream(source), 1 << 16), StandardCharsets.UTF_8));
    Map<String, Integer> kinds = new LinkedHashMap<>(1 << 17);
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
      }
      int bits = 0;
      for (String name : line.substring(tab + 1).split(",")) {
        bits |= kind(name, line);
      }
      kinds.put(line.substring(0, tab), bits);
    }
    byte[] bits = new byte[kinds.size()];
    int w = 0;
    for (int k : kinds.values()) {
      bits[w++] = (byte) k;
    }
    StringTable words = StringTable.of(List.copyOf(kinds.keySet()));
    return new KatakanaWords(words, bits, trigramOdds(kinds), WordBits.of(words, i -> bits[i]));
  }
}
