package dev.shirabe.subject;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.EnglishAddressDetector;
import dev.shirabe.detect.Finding;
import dev.shirabe.detect.FindingType;
import dev.shirabe.detect.JapaneseAddressDetector;
import dev.shirabe.detect.JapanesePersonDetector;
import dev.shirabe.detect.Kana;
import dev.shirabe.detect.WidthFolding;
import dev.shirabe.inventory.SubjectKeys;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A criterion's {@link SubjectKeys}: what the user typed, read by the same machinery that read
 * the documents, so that both land in one key space. A name in kanji is read by the person
 * detector (Kuromoji and the name dictionaries) for its reading, as if it stood after a name
 * label; a name in kana is its own reading; a name in Latin letters is romaji in either order.
 * An address is read by the address detectors; a phone number by libphonenumber (region JP
 * first). Thread-safe.
 */
public final class QueryKeys {

  /** Gives the person detector the evidence a name label gives it in a document. */
  private static final String NAME_LABEL = "氏名：";

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  // Built on first use: the name dictionaries take a second or two to load, which a lookup by
  // email or phone alone need not wait for.
  private Detector person;
  private List<Detector> addresses;

  private synchronized Detector person() {
    if (person == null) {
      person = new JapanesePersonDetector();
    }
    return person;
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
      readAsName(folded).ifPresent(f -> keys.addAll(SubjectKeys.personName(f.normalized())));
      return keys;
    }
    if (folded.chars().anyMatch(c -> Kana.isKana((char) c))) {
      return SubjectKeys.japaneseName(folded, "");
    }
    if (folded.codePoints().anyMatch(Character::isLetter)) {
      return SubjectKeys.latinName(folded);
    }
    throw new IllegalArgumentException("a --name without letters");
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
