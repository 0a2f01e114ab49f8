package dev.shirabe.subject;

import dev.shirabe.detect.text.WidthFolding;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Masking;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing the requester gave to be found by: a name, an email, a phone number or an address,
 * as typed. Immutable.
 */
public record Criterion(Kind kind, String value) {

  /** What a criterion is, and the finding type it matches. */
  public enum Kind {
    NAME(FindingType.PERSON),
    EMAIL(FindingType.EMAIL),
    PHONE(FindingType.PHONE),
    ADDRESS(FindingType.ADDRESS);

    private final FindingType type;

    Kind(FindingType type) {
      this.type = type;
    }

    public FindingType type() {
      return type;
    }

    /** The lower-case word used in output: name, email, phone, address. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of what a finding of this type identifies, or null. */
    public static Kind of(String findingType) {
      for (Kind k : values()) {
        if (k.type.name().equals(findingType)) {
          return k;
        }
      }
      return null;
    }
  }

  public Criterion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** The value masked as a finding of its kind would be. */
  public String masked() {
    return Masking.mask(kind.type(), WidthFolding.fold(value.strip()));
  }
}
