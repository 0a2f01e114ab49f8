package dev.shirabe.report.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A handling section of the policy as a ledger row shows it: a joint use, contractor,
 * third-party provision, source or department, with its labels, the details the policy states
 * (partners, items, purpose, responsible company; a contractor's name and work …) and how many
 * of the row's findings it applies to. Labels and details are empty when the policy in use does
 * not know the id (the inventory was scanned under another policy). Immutable.
 *
 * @param kind one of {@code Handling.KINDS} ({@code joint-use}, {@code contractor}, …)
 * @param label the id and labels
 * @param details what the policy states of it, in the policy's order
 * @param findings the row's findings it applies to
 */
public record HandlingUse(String kind, Label label, List<Detail> details, long findings) {

  public HandlingUse {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    details = List.copyOf(details);
  }

  /**
   * One detail: its key in the policy ({@code partners}), its heading ({@code 共同利用者 /
   * Partners}) and its value as the policy writes it.
   */
  public record Detail(String key, String heading, String value) {}
}
