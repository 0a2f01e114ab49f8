package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyCategory;
import dev.shirabe.classify.Purpose;
import java.util.Optional;

/**
 * The names a person reads for the policy's ids, in the terminal tables: the Japanese label
 * ({@code 顧客} for {@code customer}), else the English one, else the id (a policy that does not
 * know it: the inventory was scanned under another). The machine formats keep the ids.
 */
public final class PolicyLabels {

  private PolicyLabels() {}

  /** The category's label. */
  public static String category(Policy policy, String id) {
    return policy.section(id).map(c -> label(c.ja(), c.en(), id)).orElse(id);
  }

  /** The purpose's label, looked up under its category. */
  public static String purpose(Policy policy, String categoryId, String purposeId) {
    Optional<Purpose> purpose = policy.section(categoryId).stream()
        .map(PolicyCategory::purposes)
        .flatMap(java.util.List::stream)
        .filter(p -> p.id().equals(purposeId))
        .findFirst();
    return purpose.map(p -> label(p.ja(), p.en(), purposeId)).orElse(purposeId);
  }

  private static String label(String ja, String en, String id) {
    return ja != null && !ja.isBlank() ? ja : en != null && !en.isBlank() ? en : id;
  }
}
