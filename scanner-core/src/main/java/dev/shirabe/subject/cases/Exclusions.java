package dev.shirabe.subject.cases;

import dev.shirabe.subject.Place;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --exclude PLACE}: the places a reviewer found to be a namesake's. A place is named as
 * the report lists it: its id ({@code P3f9a2c1b07}), its label ({@code file ▸ part}), or its
 * file (every part of it; as listed, or as a path relative to the working folder).
 */
public final class Exclusions {

  /** The places kept and those excluded, each in the report's order. */
  public record Split(List<Place> kept, List<Place> excluded) {}

  private Exclusions() {}

  /**
   * Splits the places by the exclusions given now and the ids excluded in earlier runs.
   *
   * @throws IllegalArgumentException naming each exclusion given now that matches no place (a
   *     typo must not leave a namesake's place in the answer unnoticed)
   */
  public static Split split(List<Place> places, List<String> given, Set<String> earlierIds,
      CaseTracker tracker) {
    List<Place> kept = new ArrayList<>();
    List<Place> excluded = new ArrayList<>();
    Set<String> unmatched = new LinkedHashSet<>(given);
    for (Place place : places) {
      String id = tracker.id(place);
      boolean out = earlierIds.contains(id);
      for (String spec : given) {
        if (matches(spec, place, id)) {
          unmatched.remove(spec);
          out = true;
        }
      }
      (out ? excluded : kept).add(place);
    }
    if (!unmatched.isEmpty()) {
      throw new IllegalArgumentException("--exclude " + String.join(", ", unmatched)
          + (unmatched.size() == 1 ? " names" : " name") + " no place of this lookup (give a"
          + " place's id, its file ▸ part, or its file as the report lists them)");
    }
    return new Split(kept, excluded);
  }

  static boolean matches(String spec, Place place, String id) {
    String s = spec.strip();
    return s.toUpperCase(Locale.ROOT).equals(id.toUpperCase(Locale.ROOT))
        || s.equals(place.label())
        || s.equals(place.file())
        || CaseTracker.keyOf(s).equals(CaseTracker.key(place));
  }
}
