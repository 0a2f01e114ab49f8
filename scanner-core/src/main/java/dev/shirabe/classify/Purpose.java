package dev.shirabe.classify;

import java.util.Objects;

/**
 * A purpose of utilisation that the policy permits for a category. Immutable.
 *
 * @param id a stable identifier ({@code recruitment_screening}), what records carry
 * @param ja the Japanese label, as the policy states it
 * @param en the English label
 */
public record Purpose(String id, String ja, String en) {

  public Purpose {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ja, "ja");
    Objects.requireNonNull(en, "en");
  }
}
