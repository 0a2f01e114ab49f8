package dev.shirabe.inventory;

import dev.shirabe.detect.Finding;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keys under which a finding can be looked up for a data subject: one for an email
 * (lower-cased), a phone (E.164), an address (its normalised form), several for a name (one
 * per written form: reading, romaji, kanji), so that every variant of a name meets the others.
 * The inventory stores their keyed hashes; a lookup hashes its query's keys the same way.
 */
public final class SubjectKeys {

  private SubjectKeys() {}

  /** The finding's keys; empty for types that do not identify a person by themselves. */
  public static Set<String> of(Finding finding) {
    Set<String> keys = new LinkedHashSet<>();
    String value = finding.normalized();
    switch (finding.type()) {
      case EMAIL -> keys.add("email:" + value.toLowerCase(Locale.ROOT));
      case PHONE -> keys.add("phone:" + value);
      case ADDRESS -> keys.add("address:" + value);
      case PERSON -> {
        for (String form : value.split("\\|")) {
          String compact = form.replace(" ", "");
          if (!compact.isEmpty()) {
            keys.add("name:" + compact.toLowerCase(Locale.ROOT));
          }
        }
      }
      default -> {}
    }
    return keys;
  }
}
