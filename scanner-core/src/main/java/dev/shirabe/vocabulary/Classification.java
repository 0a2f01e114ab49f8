package dev.shirabe.vocabulary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whose data a finding is and why it may be held: a data-subject category of the policy, that
 * category's permitted purposes, the signals that decided it, and what a privacy officer must
 * look at. Immutable.
 *
 * @param category the category id ({@code customer}, {@code shareholder}, …), or null when
 *     none applies: the data is held with no stated purpose
 * @param purposes the category's permitted purpose ids; empty when category is null
 * @param signals what decided the category, each {@code source:word}: {@code path:株主},
 *     {@code title:株主名簿}, {@code near:応募}, {@code header:to:*recruit*}
 * @param flags what needs attention ({@link #MY_NUMBER_OUTSIDE_PURPOSE}, {@link #SPECIAL_CARE},
 *     {@link #RESTRICTED_IDENTIFIER},
 *     {@link #NOT_IN_POLICY}, {@link #MINOR}, {@link #RETENTION_EXCEEDED}); empty when nothing
 *     does. The time-bound ones ({@link #TIME_BOUND}) are as of the scan
 * @param deadlines the dates the time-bound flags hang on, so that a report on a later day
 *     tells them again ({@link Deadlines#flagsOn})
 * @param handling the joint uses, contractors, provisions, sources and department the
 *     policy's handling sections state for it ({@link Handling#NONE} when none)
 */
public record Classification(
    String category, List<String> purposes, List<String> signals, List<String> flags,
    Deadlines deadlines, Handling handling) {

  /** A My Number held where the policy allows no My Number procedure (My Number Act, art. 19). */
  public static final String MY_NUMBER_OUTSIDE_PURPOSE = "my_number_outside_permitted_purpose";

  /** 要配慮個人情報 (APPI art. 2(3)): health, medical history, criminal record, creed … */
  public static final String SPECIAL_CARE = "special_care";

  /**
   * An identifier the law forbids asking for outside its own procedures, wherever it is held
   * (a health-insurance card's 記号・番号: {@link FindingType.Sensitivity#RESTRICTED}).
   */
  public static final String RESTRICTED_IDENTIFIER = "restricted_identifier";

  /** Personal data of a kind the policy does not name (current employees' records …). */
  public static final String NOT_IN_POLICY = "category_not_in_policy";

  /**
   * A person younger than the policy's minor age (the seed: under 16), by a birth date or age
   * in the same record: their data needs a guardian's consent.
   */
  public static final String MINOR = "minor";

  /** Data of a category kept past the retention period the policy states for it. */
  public static final String RETENTION_EXCEEDED = "retention_exceeded";

  /** The flags that change with the day: told again from {@link #deadlines} on any day. */
  public static final List<String> TIME_BOUND = List.of(MINOR, RETENTION_EXCEEDED);

  /** No category: held with no stated purpose. */
  public static final Classification NONE =
      new Classification(null, List.of(), List.of(), List.of(), Deadlines.NONE, Handling.NONE);

  public Classification {
    purposes = List.copyOf(Objects.requireNonNull(purposes, "purposes"));
    signals = List.copyOf(Objects.requireNonNull(signals, "signals"));
    flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    Objects.requireNonNull(deadlines, "deadlines");
    Objects.requireNonNull(handling, "handling");
    if (category == null && !purposes.isEmpty()) {
      throw new IllegalArgumentException("purposes without a category");
    }
  }

  /** A classification with no handling stated. */
  public Classification(String category, List<String> purposes, List<String> signals,
      List<String> flags, Deadlines deadlines) {
    this(category, purposes, signals, flags, deadlines, Handling.NONE);
  }

  /** A classification with no deadline. */
  public Classification(
      String category, List<String> purposes, List<String> signals, List<String> flags) {
    this(category, purposes, signals, flags, Deadlines.NONE);
  }

  /** A classification with nothing flagged. */
  public Classification(String category, List<String> purposes, List<String> signals) {
    this(category, purposes, signals, List.of());
  }

  /**
   * This classification with these deadlines, its time-bound flags those of {@code day}.
   *
   * @param modified the file's modification date, or null when not known
   */
  public Classification withDeadlines(Deadlines deadlines, LocalDate day, LocalDate modified) {
    List<String> now = new ArrayList<>(flags);
    now.removeAll(TIME_BOUND);
    now.addAll(deadlines.flagsOn(day, modified));
    return new Classification(category, purposes, signals, now, deadlines, handling);
  }

  /** This classification with this handling. */
  public Classification withHandling(Handling handling) {
    return new Classification(category, purposes, signals, flags, deadlines, handling);
  }

  public boolean hasPurpose() {
    return category != null;
  }
}
