package dev.shirabe.classify;

import dev.shirabe.vocabulary.FindingType;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One section of a policy: a data-subject category with its permitted purposes, or a kind of
 * data the policy does not name ({@code listed == false}: found, it is held with no stated
 * purpose and flagged). Immutable.
 *
 * @param id the category id ({@code shareholder}); what a record's {@code category} carries
 * @param listed true for a category of the policy, false for an unlisted kind of data
 * @param ja the Japanese label
 * @param en the English label
 * @param purposes the permitted purposes, in the policy's order (empty when unlisted)
 * @param myNumberPurposes the ids of those purposes for which the My Number Act lets a
 *     company use an individual number (social security, tax, disaster response)
 * @param jaWords Japanese signal words
 * @param enWords English signal words
 * @param paths patterns matched against each segment of a file's path and part locator
 * @param headers mail-header patterns
 * @param flags flags every finding so classified carries ({@code special_care})
 * @param weight what one of its signals counts (default 1): a category that says where data
 *     came from (entrusted by a client, taken from public sources) outweighs the categories
 *     whose words that data is full of (the client's 会員 and 顧客)
 * @param retention how long the policy keeps this category's data, or null when it states no
 *     period; data past it is flagged {@code retention_exceeded}
 * @param retentionFrom the words labelling the date the period runs from (退職日, 応募日) in a
 *     record; empty, or none found, and it runs from the file's modification time
 * @param findings the kinds of data whose presence in a part speaks for the section (a cookie
 *     identifier for web analytics): what the data is says what record it is
 */
public record PolicyCategory(
    String id,
    boolean listed,
    String ja,
    String en,
    List<Purpose> purposes,
    Set<String> myNumberPurposes,
    List<String> jaWords,
    List<String> enWords,
    List<Glob> paths,
    List<HeaderPattern> headers,
    List<String> flags,
    double weight,
    Period retention,
    List<String> retentionFrom,
    Set<FindingType> findings) {

  public PolicyCategory {
    if (!(weight > 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight " + weight);
    }
    Objects.requireNonNull(id, "id");
    purposes = List.copyOf(purposes);
    myNumberPurposes = Set.copyOf(myNumberPurposes);
    jaWords = List.copyOf(jaWords);
    enWords = List.copyOf(enWords);
    paths = List.copyOf(paths);
    headers = List.copyOf(headers);
    flags = List.copyOf(flags);
    retentionFrom = List.copyOf(retentionFrom);
    findings = Set.copyOf(findings);
    if (retention != null && (retention.isNegative() || retention.isZero())) {
      throw new IllegalArgumentException("retention " + retention);
    }
  }

  /** A section no kind of data speaks for. */
  public PolicyCategory(String id, boolean listed, String ja, String en, List<Purpose> purposes,
      Set<String> myNumberPurposes, List<String> jaWords, List<String> enWords, List<Glob> paths,
      List<HeaderPattern> headers, List<String> flags, double weight, Period retention,
      List<String> retentionFrom) {
    this(id, listed, ja, en, purposes, myNumberPurposes, jaWords, enWords, paths, headers, flags,
        weight, retention, retentionFrom, Set.of());
  }

  /** A section that states no retention period. */
  public PolicyCategory(String id, boolean listed, String ja, String en, List<Purpose> purposes,
      Set<String> myNumberPurposes, List<String> jaWords, List<String> enWords, List<Glob> paths,
      List<HeaderPattern> headers, List<String> flags, double weight) {
    this(id, listed, ja, en, purposes, myNumberPurposes, jaWords, enWords, paths, headers, flags,
        weight, null, List.of());
  }

  public List<String> purposeIds() {
    return purposes.stream().map(Purpose::id).toList();
  }

  /** The purposes for which a My Number may be used here, in the policy's order. */
  public List<String> myNumberPurposeIds() {
    return purposes.stream().map(Purpose::id).filter(myNumberPurposes::contains).toList();
  }

  boolean hasSignals() {
    return !jaWords.isEmpty() || !enWords.isEmpty() || !paths.isEmpty() || !headers.isEmpty()
        || !findings.isEmpty();
  }
}
