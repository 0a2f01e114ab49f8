package dev.shirabe.subject;

import dev.shirabe.inventory.StoredFinding;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose a finding is, within one part: the person whose name comes nearest before it, no
 * further than {@link #WINDOW} chars away, or when no name comes before, the nearest after it.
 * A record is read in reading order and starts with its name: the row of a list (山田太郎,
 * email, date of birth), the header line of a mail ({@code From: 山田太郎 <taro@example.jp>}),
 * a business card or a signature; so a row's last column, though it touches the next row's
 * name, stays with its own. The other way round, a name's email or phone is the nearest after
 * it, else before it. Immutable view of one part's findings.
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
    return nearest(finding, f -> f.type().equals(PERSON), true);
  }

  /** The email or phone nearest to the finding within the window, or null. */
  StoredFinding nearestContact(StoredFinding finding) {
    return nearest(finding, f -> CONTACT.contains(f.type()), false);
  }

  static boolean isContact(StoredFinding finding) {
    return CONTACT.contains(finding.type());
  }

  /** The nearest of the kind on the preferred side within the window, else on the other. */
  private StoredFinding nearest(StoredFinding finding, Predicate<StoredFinding> kind, boolean before) {
    StoredFinding preferred = null;
    StoredFinding other = null;
    for (StoredFinding f : findings) {
      if (!kind.test(f) || sameSpan(f, finding) || gap(finding, f) > WINDOW) {
        continue;
      }
      boolean isBefore = f.start() < finding.start();
      if (isBefore == before) {
        preferred = nearer(finding, preferred, f);
      } else {
        other = nearer(finding, other, f);
      }
    }
    return preferred != null ? preferred : other;
  }

  private static StoredFinding nearer(StoredFinding to, StoredFinding best, StoredFinding candidate) {
    return best == null || gap(to, candidate) < gap(to, best) ? candidate : best;
  }

  private static boolean sameSpan(StoredFinding a, StoredFinding b) {
    return a.start() == b.start() && a.end() == b.end() && a.type().equals(b.type());
  }

  /** Chars between two spans; 0 when they touch or overlap. */
  static int gap(StoredFinding a, StoredFinding b) {
    return Math.max(0, Math.max(a.start(), b.start()) - Math.min(a.end(), b.end()));
  }
}
