package dev.shirabe.subject;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a subject-access request: the places that hold data about the person, and
 * the identifiers correlation followed or, as shared by too many places or beside another
 * person, did not.
 *
 * @param query what was asked
 * @param places where data about the subject is held, in file and part order
 * @param followed correlated identifiers that were looked up (masked, with where they came from)
 * @param notFollowed correlated identifiers left out, with the reason
 * @param leftOut places an identifier found but that belong to someone else (beside another
 *     person's name or contact details)
 * @param generated when the lookup ran
 * @param findingsSearched the number of findings the inventory held
 */
public record SubjectReport(
    SubjectQuery query,
    List<Place> places,
    List<Link> followed,
    List<String> notFollowed,
    int leftOut,
    Instant generated,
    long findingsSearched) {

  public SubjectReport {
    places = List.copyOf(places);
    followed = List.copyOf(followed);
    notFollowed = List.copyOf(notFollowed);
  }

  public boolean found() {
    return !places.isEmpty();
  }

  /** The number of the subject's findings over all places. */
  public int findingCount() {
    return places.stream().mapToInt(p -> p.findings().size()).sum();
  }

  /** The number of distinct files. */
  public long fileCount() {
    return places.stream().map(Place::file).distinct().count();
  }
}
