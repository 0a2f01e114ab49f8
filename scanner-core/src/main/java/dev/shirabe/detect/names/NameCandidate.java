package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.Romaji;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's name being read from the tokens, then weighed: its span, its parts (surname,
 * given name; the parts of a foreign name) with their readings, and its confidence. Mutable
 * while one text is analysed, by one thread; never shared.
 */
final class NameCandidate {

  /** The most readings one name's keys carry (王 alone has thirteen in ENAMDICT). */
  static final int MAX_READINGS = 16;

  /** One part of a name and its reading. */
  static final class Part {
    final int start;
    int end;
    /** In katakana; null when unknown. */
    String reading;
    /** Null: as in the text. */
    String written;
    /** The reading is the kana written beside the name, not the dictionary's. */
    boolean readingWritten;

    Part(int start, String reading) {
      this.start = start;
      this.end = start;
      this.reading = reading;
    }
  }

  final int firstToken;
  int lastToken;
  int start = -1;
  int end;
  double confidence;
  /** An organisation's or a place's, not a person's: no kana reading may vouch for it. */
  boolean rejected;
  final List<Part> parts = new ArrayList<>(2);

  NameCandidate(int firstToken) {
    this.firstToken = firstToken;
    this.lastToken = firstToken;
  }

  /** A kana name [start, end) found from token {@code firstToken}. */
  NameCandidate(int firstToken, int start, int end) {
    this(firstToken);
    this.start = start;
    this.end = end;
  }

  void openPart(int at, String reading) {
    parts.add(new Part(at, reading));
    if (start < 0) {
      start = at;
    }
  }

  void appendReading(String reading) {
    Part part = parts.get(parts.size() - 1);
    part.reading = part.reading == null || reading == null ? null : part.reading + reading;
  }

  /** The name now runs to token {@code token}, which ends at {@code to}. */
  void extend(int token, int to) {
    lastToken = token;
    end = to;
    parts.get(parts.size() - 1).end = to;
  }

  int partCount() {
    return parts.size();
  }

  String partText(DetectionText text, int k) {
    return text.folded().substring(parts.get(k).start, parts.get(k).end);
  }

  int lastPartLength() {
    Part part = parts.get(parts.size() - 1);
    return part.end - part.start;
  }

  NameCandidate reject() {
    confidence = 0;
    rejected = true;
    return this;
  }

  /** The reading of the whole name, parts joined by a space, or null when one is unknown. */
  String reading() {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      if (part.reading == null) {
        return null;
      }
      out.append(out.length() > 0 ? " " : "").append(Kana.toKatakana(part.reading));
    }
    return out.toString();
  }

  /** The reading of the surname (the first part), or null. */
  String surnameReading() {
    return parts.isEmpty() ? null : parts.get(0).reading;
  }

  /**
   * The parts of a kana name read as {@code reading} (its katakana): split at its spaces or
   * ・, or else where the surname of the kanji name it reads ends. Written as read.
   */
  void readAs(String reading, NameCandidate kanji) {
    parts.clear();
    List<String> words = List.of(reading.split("[ ・]"));
    if (words.size() == 1 && kanji != null && kanji.partCount() > 1) {
      words = splitLike(reading, kanji.surnameReading());
    }
    for (String word : words) {
      Part part = new Part(start, word);
      part.written = word;
      parts.add(part);
    }
  }

  /** The readings of the kana name beside it: a reading written there beats the dictionary's. */
  void adoptReading(NameCandidate kana) {
    if (kana.parts.size() == parts.size()) {
      for (int k = 0; k < parts.size(); k++) {
        parts.get(k).reading = kana.parts.get(k).reading;
        parts.get(k).readingWritten = true;
      }
    }
  }

  /** The reading split after the prefix whose loose key is the surname's. */
  private static List<String> splitLike(String reading, String surname) {
    if (surname != null) {
      String key = Kana.looseKey(surname);
      for (int k = 1; k < reading.length(); k++) {
        if (Kana.looseKey(reading.substring(0, k)).equals(key)
            && !Kana.looseKey(reading.substring(0, k + 1)).equals(key)) {
          return List.of(reading.substring(0, k), reading.substring(k));
        }
      }
    }
    return List.of(reading);
  }

  /**
   * The finding, with its keys: reading|romaji|written, and the other readings when the name
   * may be read several ways ({@link JapanesePersonDetector}).
   */
  Finding toFinding(DetectionText text, String detector, NameLexicon lexicon) {
    String folded = text.folded();
    List<String> words = new ArrayList<>(parts.size());
    List<List<String>> readings = new ArrayList<>(parts.size());
    for (int k = 0; k < parts.size(); k++) {
      Part part = parts.get(k);
      String word = part.written != null ? part.written : folded.substring(part.start, part.end);
      words.add(Kana.toKatakana(word.replace(" ", "")));
      readings.add(partReadings(k, words.get(k), lexicon));
    }
    return text.finding(FindingType.PERSON, null, start, end, normalized(words, readings),
        confidence, detector);
  }

  /**
   * A name's keys ({@link JapanesePersonDetector}) from its parts and each part's readings:
   * every combination of those is a reading of the name, the first {@link #MAX_READINGS}
   * kept; reading and romaji empty when a part has none.
   */
  static String normalized(List<String> words, List<List<String>> partReadings) {
    List<String> combined = List.of("");
    for (List<String> options : partReadings) {
      List<String> next = new ArrayList<>(Math.min(MAX_READINGS, combined.size() * options.size()));
      for (String head : combined) {
        for (String option : options) {
          if (next.size() < MAX_READINGS) {
            next.add(head.isEmpty() ? option : head + " " + option);
          }
        }
      }
      combined = next;
    }
    String written = String.join(" ", words);
    if (combined.isEmpty()) {
      return "||" + written;
    }
    String others = combined.size() > 1 ? "|" + String.join(";", combined.subList(1, combined.size())) : "";
    return combined.get(0) + "|" + Romaji.of(combined.get(0)) + "|" + written + others;
  }

  /**
   * The readings of part k, written {@code word}: the one read from the dictionary or written
   * beside it; but where IPADIC has no name reading for the part as a whole, ENAMDICT's
   * readings of it as a surname (the first of two parts or more) or a given name (the last):
   * a reading pieced together from IPADIC's words (美佐紀 as ミサキノ) is a guess, and none at
   * all leaves the name unreachable by kana and romaji. ENAMDICT tells no common reading from
   * a rare one, so each is kept.
   */
  private List<String> partReadings(int k, String word, NameLexicon lexicon) {
    Part part = parts.get(k);
    List<String> read = part.reading == null ? List.of() : List.of(Kana.toKatakana(part.reading));
    if (part.readingWritten || NameScript.of(word) != NameScript.KANJI
        || !read.isEmpty() && lexicon.lookup(word).reading() != null) {
      return read;
    }
    List<String> known = lexicon.nameReadings(word, kindAt(k));
    return known.isEmpty() ? read : known;
  }

  /** A surname first and a given name last in a name of two parts or more; alone, either. */
  private NameReadings.Kind kindAt(int k) {
    return kindAt(k, parts.size());
  }

  static NameReadings.Kind kindAt(int k, int partCount) {
    if (partCount < 2 || k > 0 && k < partCount - 1) {
      return null;
    }
    return k == 0 ? NameReadings.Kind.SURNAME : NameReadings.Kind.GIVEN;
  }
}
