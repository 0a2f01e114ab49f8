package dev.shirabe.subject.cases;

import java.time.ZoneId;
import java.util.List;

/**
 * What a disclosure case adds to a subject report's output: the case id, the zone its times
 * are shown in, the places' ids, how many places were excluded, what became of the places
 * earlier runs listed, and the values read again for {@code --reveal}.
 *
 * @param caseId the case, or null when the lookup is not one
 * @param zone the zone times are shown in (with their offset)
 * @param placeIds the ids of the report's places, in their order (empty: not shown)
 * @param excluded the number of places excluded as a namesake's
 * @param since what became of the places earlier runs of the case listed
 * @param revealed the report's places read again, in their order (empty: not revealed)
 */
public record CaseView(String caseId, ZoneId zone, List<String> placeIds, int excluded,
    List<PlaceChange> since, List<RevealedValues.Revealed> revealed) {

  public CaseView {
    placeIds = List.copyOf(placeIds);
    since = List.copyOf(since);
    revealed = List.copyOf(revealed);
  }

  /** No case: times in the machine's zone. */
  public static CaseView none() {
    return of(ZoneId.systemDefault());
  }

  /** No case: times in {@code zone}. */
  public static CaseView of(ZoneId zone) {
    return new CaseView(null, zone, List.of(), 0, List.of(), List.of());
  }

  public boolean isCase() {
    return caseId != null;
  }

  /** The i-th place's id, or null. */
  public String placeId(int i) {
    return i < placeIds.size() ? placeIds.get(i) : null;
  }

  /** The i-th place read again, or null when not revealed. */
  public RevealedValues.Revealed revealed(int i) {
    return i < revealed.size() ? revealed.get(i) : null;
  }
}
