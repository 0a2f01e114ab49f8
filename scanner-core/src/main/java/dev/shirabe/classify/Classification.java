package dev.shirabe.classify;

import java.util.List;
import java.util.Objects;

/**
 * Whose data a finding is and why it may be held: a data-subject category of the policy, that
 * category's permitted purposes, and the signals that decided it. Immutable.
 *
 * @param category the category id ({@code customer}, {@code shareholder}, …), or null when
 *     none applies: the data is held with no stated purpose
 * @param purposes the category's permitted purpose ids; empty when category is null
 * @param signals what decided the category (words, path or header patterns), for the record
 */
public record Classification(String category, List<String> purposes, List<String> signals) {

  /** No category: held with no stated purpose. */
  public static final Classification NONE = new Classification(null, List.of(), List.of());

  public Classification {
    purposes = List.copyOf(Objects.requireNonNull(purposes, "purposes"));
    signals = List.copyOf(Objects.requireNonNull(signals, "signals"));
    if (category == null && !purposes.isEmpty()) {
      throw new IllegalArgumentException("purposes without a category");
    }
  }

  public boolean hasPurpose() {
    return category != null;
  }
}
