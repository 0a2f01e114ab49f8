package dev.shirabe.subject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.Lazy;
import dev.shirabe.detect.addresses.EnglishAddressDetector;
import dev.shirabe.detect.addresses.JapaneseAddressDetector;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.names.NameSplitter;
import dev.shirabe.detect.text.Kana;
import dev.shirabe.detect.text.WidthFolding;
import dev.shirabe.inventory.SubjectKeys;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A criterion's {@link SubjectKeys}: what the user typed, read by the same machinery that read
 * the documents, so that both land in one key space. A name in kanji is read by the person
 * detector (Kuromoji and the name dictionaries) for its reading, as if it stood after a name
 * label, or where it cannot read it as a full name, split and read by the name lexicons
 * ({@link NameSplitter}: 松友美佐紀); a name in kana is its own reading, split into surname
 * and given name by the lexicon when written without a space; a name in Latin letters is
 * romaji in either order.
 * An address is read by the address detectors; a phone number by libphonenumber (region JP
 * first). Thread-safe.
 */
public final class QueryKeys {

  /** Gives the person detector the evidence a name label gives it in a document. */
  private static final String NAME_LABEL = "氏名：";

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  // Made on first use, once per process: the name dictionaries take most of a second to load,
  // which a lookup by email or phone alone need not wait for, and preload() may start them.
  private static final Lazy<Detector> PERSON = Lazy.of(JapanesePersonDetector::new);
  private static final Lazy<NameSplitter> SPLITTER = Lazy.of(NameSplitter::new);

  private List<Detector> addresses;

  /**
   * Starts loading what reading a name needs (Kuromoji, the name dictionaries and model) on a
   * daemon thread, and reads a name with it, so that what loads on a first name loads there
   * too. {@code subject --name} calls it as it starts: the loading, about half of a look-up's
   * CPU, then overlaps the command line's parsing and the inventory's opening on the other
   * core instead of following them. A look-up that needs the detector first waits for it;
   * results are unchanged.
   */
  public static void preload() {
    Thread loading = new Thread(() -> {
      try {
        PERSON.get();
        SPLITTER.get();
        new QueryKeys().name(PRELOAD_NAME);
      } catch (RuntimeException e) {
        // the look-up hears of a loading failure when it loads them itself; this only saves time
      }
    }, "shirabe-name-reading");
    loading.setDaemon(true); // a command that ends meanwhile does not wait for it
    loading.start();
  }

  /** A kanji name, read by {@link #preload}. */
  private static final String PRELOAD_NAME = "山田太郎";

  private static Detector person() {
    return PERSON.get();
  }

  private static NameSplitter splitter() {
    return SPLITTER.get();
  }

  private synchronized List<Detector> addresses() {
    if (addresses == null) {
      addresses = List.of(new JapaneseAddressDetector(), new EnglishAddressDetector());
    }
    return addresses;
  }

  /**
   * The criterion's keys, never empty.
   *
   * @throws IllegalArgumentException when the value cannot be read as its kind (the message
   *     does not repeat the value)
   */
  public Set<String> keys(Criterion criterion) {
    String value = criterion.value().strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an empty --" + criterion.kind().label());
    }
    Set<String> keys = switch (criterion.kind()) {
      case NAME -> name(value);
      case EMAIL -> email(value);
      case PHONE -> phone(value);
      case ADDRESS -> address(value);
    };
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a --" + criterion.kind().label() + " that has nothing to look up by");
    }
    return keys;
  }

  Set<String> name(String value) {
    String folded = WidthFolding.fold(value);
    if (folded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      Set<String> keys = new LinkedHashSet<>(SubjectKeys.japaneseName(null, folded));
      readKanji(folded).ifPresent(normalized -> keys.addAll(SubjectKeys.personName(normalized)));
      return keys;
    }
    if (folded.chars().anyMatch(c -> Kana.isKana((char) c))) {
      Set<String> keys = new LinkedHashSet<>(SubjectKeys.japaneseName(folded, ""));
      List<String> parts = splitter().kanaParts(folded);
      if (!parts.isEmpty()) {
        keys.addAll(SubjectKeys.japaneseName(String.join(" ", parts), ""));
      }
      return keys;
    }
    if (folded.codePoints().anyMatch(Character::isLetter)) {
      return SubjectKeys.latinName(folded);
    }
    throw new IllegalArgumentException("a --name without letters");
  }

  /**
   * The keys each part of a full name would have standing alone (山田, 太郎; Yamada, Taro):
   * a lone surname of the subject's beside a correlated email (山田様 at the top of a mail) is
   * then no other person's. Empty for other criteria and for a name of one part.
   */
  public Set<String> partKeys(Criterion criterion) {
    if (criterion.kind() != Criterion.Kind.NAME) {
      return Set.of();
    }
    String folded = WidthFolding.fold(criterion.value().strip());
    Set<String> keys = new LinkedHashSet<>();
    if (folded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      readKanji(folded).ifPresent(normalized -> {
        String[] fields = normalized.split("\\|", -1);
        String[] written = fields.length > 2 ? fields[2].split(" ") : new String[0];
        List<String> readings = new ArrayList<>();
        if (!fields[0].isBlank()) {
          readings.add(fields[0]);
          if (fields.length > 3 && !fields[3].isBlank()) {
            readings.addAll(List.of(fields[3].split(";")));
          }
        }
        if (written.length > 1) {
          for (int i = 0; i < written.length; i++) {
            keys.addAll(SubjectKeys.japaneseName(null, written[i]));
            for (String reading : readings) {
              String[] words = reading.split(" ");
              if (words.length == written.length) {
                keys.addAll(SubjectKeys.japaneseName(words[i], written[i]));
              }
            }
          }
        }
      });
    } else if (folded.chars().anyMatch(c -> Kana.isKana((char) c))) {
      String[] spaced = folded.split("[\\s・=]+");
      List<String> parts = spaced.length > 1 ? List.of(spaced) : splitter().kanaParts(folded);
      if (parts.size() > 1) {
        for (String part : parts) {
          keys.addAll(SubjectKeys.japaneseName(part, ""));
        }
      }
    } else {
      String[] parts = folded.split("[\\s,、]+");
      if (parts.length > 1) {
        for (String part : parts) {
          keys.addAll(SubjectKeys.latinName(part));
        }
      }
    }
    return keys;
  }

  /**
   * A kanji name's keys ({@code reading|romaji|written}): the person detector's, if it reads
   * the name as a full name with its reading; else the name lexicons', which split a name
   * IPADIC does not know (松友美佐紀, 松友 美佐紀) into surname and given name and read both;
   * else whatever the detector read of it.
   */
  private Optional<String> readKanji(String name) {
    Optional<String> read = readAsName(name).map(Finding::normalized);
    if (read.isPresent() && isFullNameWithReading(read.get())) {
      return read;
    }
    Optional<String> split = splitter().kanjiName(name);
    return split.isPresent() ? split : read;
  }

  private static boolean isFullNameWithReading(String normalized) {
    String[] fields = normalized.split("\\|", -1);
    return !fields[0].isBlank() && fields.length > 2 && fields[2].strip().contains(" ");
  }

  /** The person detector's longest reading of the name, as if after a name label. */
  private Optional<Finding> readAsName(String name) {
    List<Finding> found = person().detect(new DetectionText(NAME_LABEL + name));
    return found.stream()
        .filter(f -> f.type() == FindingType.PERSON)
        .max(Comparator.comparingInt(f -> f.end() - f.start()));
  }

  private static Set<String> email(String value) {
    String folded = WidthFolding.fold(value);
    int at = folded.indexOf('@');
    if (at <= 0 || at == folded.length() - 1) {
      throw new IllegalArgumentException("a --email that is not an email address (no local part, @ and domain)");
    }
    return SubjectKeys.email(folded);
  }

  private static Set<String> phone(String value) {
    try {
      PhoneNumber number = PHONES.parse(WidthFolding.fold(value), "JP");
      if (!PHONES.isPossibleNumber(number)) {
        throw new IllegalArgumentException("a --phone that is not a possible phone number");
      }
      return SubjectKeys.phone(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("a --phone that cannot be read as a phone number ("
          + e.getErrorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")");
    }
  }

  private Set<String> address(String value) {
    DetectionText text = new DetectionText(value);
    Optional<Finding> longest = addresses().stream()
        .flatMap(d -> d.detect(text).stream())
        .filter(f -> f.type() == FindingType.ADDRESS)
        .max(Comparator.comparingInt(f -> f.end() - f.start()));
    if (longest.isEmpty()) {
      throw new IllegalArgumentException("a --address that the address detectors do not read as a"
          + " postal address: give it down to the block numbers (東京都千代田区丸の内1-2-3,"
          + " 500 Market Street, San Francisco, CA 94105)");
    }
    return SubjectKeys.address(longest.get().normalized());
  }
}
