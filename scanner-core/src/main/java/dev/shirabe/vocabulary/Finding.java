package dev.shirabe.vocabulary;

import java.util.Objects;

/**
 * One piece of personal data found in a text. Immutable. Holds the raw value: whoever prints
 * or stores it masks it unless the user asked for raw values.
 *
 * @param type one of {@link FindingType}'s names
 * @param subtype a refinement of the type ({@code "fax"} for a fax number), or null
 * @param start offset of the first char in the analysed text
 * @param end offset after the last char
 * @param text the raw value as it stands in the text
 * @param normalized the value in one canonical form (E.164 phone, lower-cased email, …)
 * @param confidence 0–1
 * @param detector the name of the detector that found it
 */
public record Finding(
    FindingType type,
    String subtype,
    int start,
    int end,
    String text,
    String normalized,
    double confidence,
    String detector) {

  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(detector, "detector");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }

  /** The subtype of an address that names a function, not a person ({@code info@}, {@code support@}). */
  public static final String ROLE = "role";

  /** Whether a finding of this type and subtype (as stored: names, not enums) is a role mailbox. */
  public static boolean isRole(String type, String subtype) {
    return FindingType.EMAIL.name().equals(type) && ROLE.equals(subtype);
  }

  /** The same finding with its offsets moved by {@code delta} chars. */
  public Finding shiftedBy(int delta) {
    return new Finding(type, subtype, start + delta, end + delta, text, normalized, confidence, detector);
  }

  /**
   * Whether this is personal data: everything but a role mailbox (an EMAIL of subtype {@link
   * #ROLE}: info@, support@), which is reported but kept out of the counts of personal data and
   * never followed to a person.
   */
  public boolean isPersonal() {
    return !isRole(type.name(), subtype);
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}
