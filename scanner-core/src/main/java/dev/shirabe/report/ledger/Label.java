package dev.shirabe.report.ledger;

import java.util.Objects;

/**
 * An id of the policy with its Japanese and English labels (a category, a kind of data the
 * policy does not name). Labels are empty when the policy in use does not know the id (the
 * inventory was scanned under another policy). Immutable.
 */
public record Label(String id, String ja, String en) {

  public Label {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
  }

  /** {@code 顧客 / Customers}, or the id when the policy has no labels for it. */
  public String text() {
    if (ja.isEmpty() && en.isEmpty()) {
      return id;
    }
    return ja.isEmpty() ? en : en.isEmpty() ? ja : ja + " / " + en;
  }
}
