package dev.shirabe.detect.names;

import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Every sense IPADIC (and Shirabe's user dictionary) gives a word, looked up by its exact
 * surface. Kuromoji picks one sense per token by the cost of the whole sentence, and in forms
 * and tables (labels, colons, cells) it often picks wrong: "担当:山田" gives 山田 as a common
 * noun, "山田 太郎" gives 太郎 as a place. The lexicon tells what a word can be, and from the
 * costs IPADIC assigns to each sense (lower is more frequent), what it mostly is: 山田 is
 * mostly a surname, 森 and 中央 mostly common nouns.
 *
 * <p>Beside IPADIC, ENAMDICT's far longer name list ({@link NameReadings}) answers what IPADIC
 * cannot: whether a word is a surname or given name at all ({@link #isSurname}, {@link
 * #isGivenName}), and the readings of a name IPADIC has none for ({@link #enamdictReadings}).
 * It is read on the first such question only, since it costs half a second and 45 MB.
 *
 * <p>Thread-safe: the dictionary is Kuromoji's shared, read-only instance; each lookup reads
 * it with a reader of its own.
 */
final class NameLexicon {

  /**
   * What a word can be.
   *
   * @param surname a surname sense exists (人名-姓)
   * @param givenName a given-name sense exists (人名-名)
   * @param person some person-name sense exists (姓, 名 or 人名-一般)
   * @param nameCost the cost of its cheapest person-name sense, or MAX_VALUE
   * @param properCost the cost of its cheapest place or organisation sense, or MAX_VALUE
   * @param commonCost the cost of its cheapest sense that is no proper noun (a common noun, a
   *     verb, …), or MAX_VALUE
   * @param known the dictionaries have it at all (IPADIC's other proper nouns, 固有名詞-一般,
   *     count only here: brands, works, events and names alike)
   * @param cheapest the part of speech of its cheapest sense, or null
   * @param reading the reading of its cheapest person-name sense, or null
   */
  record Senses(
      boolean surname,
      boolean givenName,
      boolean person,
      int nameCost,
      int properCost,
      int commonCost,
      boolean known,
      String cheapest,
      String reading) {

    static final Senses NONE =
        new Senses(false, false, false, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE,
            false, null, null);

    /** Mostly a country or an organisation (アメリカ, トヨタ), which titles follow as names do. */
    boolean mostlyCountryOrOrganisation() {
      return cheapest != null
          && (cheapest.startsWith(PROPER_NOUN + "-地域-国") || cheapest.startsWith(PROPER_NOUN + "-組織"));
    }

    /** A person name more often than anything else it can be. */
    boolean mostlyName() {
      return person && nameCost <= Math.min(properCost, commonCost);
    }

    /** Mostly a place or an organisation. */
    boolean mostlyPlaceOrOrganisation() {
      return properCost < nameCost && properCost <= commonCost;
    }

    /** Never a person name, and mostly an ordinary word rather than a place or a company. */
    boolean ordinaryWord() {
      return !person && commonCost != Integer.MAX_VALUE && commonCost <= properCost;
    }

    /** The senses of both, the cheaper name's reading kept. */
    Senses merge(Senses other) {
      return new Senses(
          surname || other.surname,
          givenName || other.givenName,
          person || other.person,
          Math.min(nameCost, other.nameCost),
          Math.min(properCost, other.properCost),
          Math.min(commonCost, other.commonCost),
          known || other.known,
          cheapest != null ? cheapest : other.cheapest,
          other.person && (!person || other.nameCost < nameCost) ? other.reading : reading);
    }
  }

  private static final String PROPER_NOUN = "名詞-固有名詞";
  private static final String PERSON = PROPER_NOUN + "-人名";

  private final TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
  private final TokenInfoFST fst = dictionary.getFST();
  /**
   * Names IPADIC lacks: the user dictionary's (which take precedence in tokenizing too) and the
   * given names of {@code names/given-names.txt}.
   */
  private final Map<String, Senses> extra;

  private static final class Holder {
    static final NameLexicon STANDARD = new NameLexicon();
  }

  /**
   * The one lexicon the detectors and the subject lookup share: it reads its word lists once,
   * and one memo of the words already looked up serves them all.
   */
  static NameLexicon standard() {
    return Holder.STANDARD;
  }

  NameLexicon() {
    Map<String, Senses> names = new HashMap<>(userEntries(WordList.load("kuromoji/userdict.txt")));
    givenNames(WordList.load("names/given-names.txt"))
        .forEach((name, senses) -> names.merge(name, senses, Senses::merge));
    this.extra = Map.copyOf(names);
  }

  /**
   * Words already looked up, up to {@link #MEMO_WORDS}: the person detector asks about most
   * nouns of a text (a common noun before a particle may be a surname), the same few thousand
   * again and again, and a look-up walks IPADIC's FST and reads every sense.
   */
  private final Map<String, Senses> memo = new ConcurrentHashMap<>();

  /** Enough for the vocabulary of a large corpus, a few MB at most. */
  private static final int MEMO_WORDS = 50_000;

  /** The senses of the word written exactly so; {@link Senses#NONE} when none knows it. */
  Senses lookup(String surface) {
    Senses known = memo.get(surface);
    if (known != null) {
      return known;
    }
    Senses senses = uncached(surface);
    if (memo.size() < MEMO_WORDS) {
      memo.put(surface, senses);
    }
    return senses;
  }

  private Senses uncached(String surface) {
    Senses fromExtra = extra.get(surface);
    Senses fromSystem = system(surface);
    return fromExtra == null ? fromSystem : fromExtra.merge(fromSystem);
  }

  /** A surname in IPADIC, the user dictionary or ENAMDICT (which is read on first use). */
  boolean isSurname(String written) {
    return lookup(written).surname() || NameReadings.standard().isSurname(written);
  }

  /** A given name in IPADIC, the user dictionary, the given-name list or ENAMDICT. */
  boolean isGivenName(String written) {
    return lookup(written).givenName() || NameReadings.standard().isGivenName(written);
  }

  /**
   * How a surname or given name written so is read: IPADIC's name reading if it has one (one),
   * else ENAMDICT's ({@link #enamdictReadings}); empty when neither knows it.
   */
  List<String> nameReadings(String written, NameReadings.Kind kind) {
    String ipadic = lookup(written).reading();
    return ipadic != null ? List.of(Kana.toKatakana(ipadic)) : enamdictReadings(written, kind);
  }

  /**
   * The readings in katakana that ENAMDICT gives a surname or given name written so, for names
   * IPADIC has no reading for (美佐紀): those of the kind asked, else of any kind (ENAMDICT's
   * "surname or given name" entries are filed under surname only), in kana order, since
   * ENAMDICT has no frequencies to rank them by. Empty when ENAMDICT does not know it.
   *
   * @param kind what the word stands as in the name, or null when that is not known (a
   *     surname or given name alone)
   */
  List<String> enamdictReadings(String written, NameReadings.Kind kind) {
    NameReadings enamdict = NameReadings.standard();
    List<NameReadings.Reading> found = kind == null ? List.of() : enamdict.readings(written, kind);
    if (found.isEmpty()) {
      found = enamdict.readings(written);
    }
    List<String> readings = new ArrayList<>(found.size());
    for (NameReadings.Reading r : found) {
      if (!readings.contains(r.reading())) {
        readings.add(r.reading());
      }
    }
    return readings;
  }

  private Senses system(String surface) {
    if (surface.isEmpty()) {
      return Senses.NONE;
    }
    try {
      FST.BytesReader reader = fst.getBytesReader();
      FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
      long output = 0;
      for (int i = 0; i < surface.length(); i++) {
        if (fst.findTargetArc(surface.charAt(i), arc, arc, i == 0, reader) == null) {
          return Senses.NONE;
        }
        output += arc.output();
      }
      if (!arc.isFinal()) {
        return Senses.NONE;
      }
      IntsRef ids = new IntsRef();
      dictionary.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
      return senses(surface, ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the dictionary is in memory
    }
  }

  private Senses senses(String surface, IntsRef ids) {
    boolean surname = false;
    boolean given = false;
    int nameCost = Integer.MAX_VALUE;
    int properCost = Integer.MAX_VALUE;
    int commonCost = Integer.MAX_VALUE;
    int cheapestName = -1;
    String cheapest = null;
    int cheapestCost = Integer.MAX_VALUE;
    for (int k = 0; k < ids.length; k++) {
      int id = ids.ints[ids.offset + k];
      String pos = dictionary.getPartOfSpeech(id);
      int cost = dictionary.getWordCost(id);
      if (cost < cheapestCost) {
        cheapestCost = cost;
        cheapest = pos;
      }
      if (pos.startsWith(PERSON)) {
        surname |= pos.startsWith(PERSON + "-姓");
        given |= pos.startsWith(PERSON + "-名");
        if (cost < nameCost) {
          nameCost = cost;
          cheapestName = id;
        }
      } else if (pos.startsWith(PROPER_NOUN + "-地域") || pos.startsWith(PROPER_NOUN + "-組織")) {
        properCost = Math.min(properCost, cost);
      } else if (!pos.startsWith(PROPER_NOUN)) {
        commonCost = Math.min(commonCost, cost);
      }
    }
    String reading = null;
    if (cheapestName >= 0) {
      char[] chars = surface.toCharArray();
      reading = dictionary.getReading(cheapestName, chars, 0, chars.length);
    }
    return new Senses(
        surname, given, cheapestName >= 0, nameCost, properCost, commonCost, ids.length > 0,
        cheapest, reading);
  }

  /**
   * The given-name list's "name,reading" lines by name; a name listed with two readings has
   * none. As rare as names get: such a name is mostly a name only where IPADIC has no other
   * sense for it (隼 stays mostly a falcon).
   */
  private static Map<String, Senses> givenNames(List<String> lines) {
    Map<String, String> readings = new HashMap<>();
    for (String line : lines) {
      int comma = line.indexOf(',');
      if (comma > 0) {
        String reading = line.substring(comma + 1);
        readings.merge(line.substring(0, comma), reading, (a, b) -> a.equals(b) ? a : "");
      }
    }
    Map<String, Senses> entries = new HashMap<>();
    readings.forEach((name, reading) -> entries.put(name, new Senses(false, true, true,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE, Integer.MAX_VALUE, true, null,
        reading.isEmpty() ? null : reading)));
    return entries;
  }

  /** The user dictionary's lines (surface,segmentation,reading,part of speech) by surface. */
  private static Map<String, Senses> userEntries(List<String> lines) {
    Map<String, Senses> entries = new HashMap<>();
    for (String line : lines) {
      String[] fields = line.split(",");
      if (fields.length < 4 || !fields[3].startsWith(PERSON)) {
        continue;
      }
      // As cheap as a name gets: the user dictionary's words win wherever they stand.
      Senses senses = new Senses(fields[3].startsWith(PERSON + "-姓"),
          fields[3].startsWith(PERSON + "-名"), true, Integer.MIN_VALUE, Integer.MAX_VALUE,
          Integer.MAX_VALUE, true, null, fields[2]);
      entries.merge(fields[0], senses, Senses::merge);
    }
    return Map.copyOf(entries);
  }
}
