package dev.shirabe.classify;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail-header signal of the policy: a header name and a pattern for its value
 * ({@code To: *recruit*}). Immutable.
 *
 * @param field the header, as written in a mail part's header block (From, To, Cc, Bcc,
 *     Reply-To, Subject)
 * @param value the pattern for the header's value
 */
public record HeaderPattern(String field, Glob value) {

  public HeaderPattern {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
  }

  public boolean matches(String name, String text) {
    return field.equalsIgnoreCase(name) && value.matches(text.strip());
  }

  @Override
  public String toString() {
    return field.toLowerCase(Locale.ROOT) + ":" + value;
  }
}
