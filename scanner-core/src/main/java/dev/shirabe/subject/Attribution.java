package dev.shirabe.subject;

import dev.shirabe.inventory.StoredFinding;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose a finding is, within one part: the person whose name stands nearest to it, no further
 * than {@link #WINDOW} chars away. This is how the row of a list, the header line of a mail
 * ({@code From: 山田太郎 <taro@example.jp>}), a business card or a signature tie a phone, an
 * email or a date of birth to one name, and not to the name of the next row. On a tie the name
 * before wins, as in a row that starts with the name. Immutable view of one part's findings.
 */
final class Attribution {

  /** Further than this from every name, a finding is nobody's in particular. */
  static final int WINDOW = 200;

  static final String PERSON = "PERSON";
  private static final Set<String> CONTACT = Set.of("EMAIL", "PHONE");

  private final List<StoredFinding> findings;

  Attribution(List<StoredFinding> findings) {
    this.findings = List.copyOf(findings);
  }

  List<StoredFinding> findings() {
    return findings;
  }

  /** The name nearest to the finding within the window, or null. */
  StoredFinding nearestName(StoredFinding finding) {
    return nearest(finding, f -> f.type().equals(PERSON));
  }

  /** The email or phone nearest to the finding within the window, or null. */
  StoredFinding nearestContact(StoredFinding finding) {
    return nearest(finding, f -> CONTACT.contains(f.type()));
  }

  static boolean isContact(StoredFinding finding) {
    return CONTACT.contains(finding.type());
  }

  private StoredFinding nearest(StoredFinding finding, Predicate<StoredFinding> kind) {
    StoredFinding best = null;
    int bestGap = Integer.MAX_VALUE;
    for (StoredFinding other : findings) {
      if (other == finding || !kind.test(other) || sameSpan(other, finding)) {
        continue;
      }
      int gap = gap(finding, other);
      boolean before = other.start() <= finding.start();
      if (gap <= WINDOW && (gap < bestGap || gap == bestGap && before && best != null && best.start() > finding.start())) {
        best = other;
        bestGap = gap;
      }
    }
    return best;
  }

  private static boolean sameSpan(StoredFinding a, StoredFinding b) {
    return a.start() == b.start() && a.end() == b.end() && a.type().equals(b.type());
  }

  /** Chars between two spans; 0 when they touch or overlap. */
  static int gap(StoredFinding a, StoredFinding b) {
    return Math.max(0, Math.max(a.start(), b.start()) - Math.min(a.end(), b.end()));
  }
}
