package dev.shirabe.subject.cases;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run of {@code subject --case}: one line of the case's log ({@link CaseLog}).
 *
 * @param caseId the case
 * @param time when it ran, in the zone it was shown in
 * @param request the request's criteria masked ({@code name 山田 **}); empty for a follow-up
 *     run that gave none
 * @param places the places listed (after exclusions)
 * @param excluded the places excluded as a namesake's, in this run or an earlier one
 * @param since what became of the places earlier runs listed ({@link PlaceChange})
 */
public record CaseRun(String caseId, OffsetDateTime time, List<String> request,
    List<CasePlace> places, List<CasePlace> excluded, List<PlaceChange> since) {

  public CaseRun {
    request = List.copyOf(request);
    places = List.copyOf(places);
    excluded = List.copyOf(excluded);
    since = List.copyOf(since);
  }
}
