package dev.shirabe.subject;

import dev.shirabe.inventory.StoredFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Whose a finding is, within one part: the person whose name comes nearest before it, no
 * further than {@link #WINDOW} chars away, or when no name comes before, the nearest after it.
 * A record is read in reading order and starts with its name: the row of a list (山田太郎,
 * email, date of birth), the header line of a mail ({@code From: 山田太郎 <taro@example.jp>}),
 * a business card or a signature; so a row's last column, though it touches the next row's
 * name, stays with its own. The other way round, a name's email or phone is the nearest after
 * it, else before it. Immutable view of one part's findings; each question costs a binary
 * search and a look at the neighbours within the window, so a list of many thousand rows is
 * read in time proportional to its size.
 *
 * <p>A role mailbox (info@, support@: {@link StoredFinding#isPersonal}) is no one's contact: it
 * is neither a name's email nor an anchor for what has no name near, so that a department's
 * shared address beside one person never ties the department's mail to that person.
 */
final class Attribution {

  /** Further than this from every name, a finding is nobody's in particular. */
  static final int WINDOW = 200;

  static final String PERSON = "PERSON";
  private static final Set<String> CONTACT = Set.of("EMAIL", "PHONE");
  private static final Comparator<StoredFinding> TEXT_ORDER =
      Comparator.comparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end);

  private final List<StoredFinding> findings;
  private final List<StoredFinding> names;
  private final List<StoredFinding> contacts;
  /** The longest span in the part: how far back a finding may start and still reach near. */
  private final int longest;

  Attribution(List<StoredFinding> findings) {
    List<StoredFinding> sorted = new ArrayList<>(findings);
    sorted.sort(TEXT_ORDER);
    this.findings = List.copyOf(sorted);
    this.names = sorted.stream().filter(f -> f.type().equals(PERSON)).toList();
    this.contacts = sorted.stream().filter(Attribution::isContact).toList();
    this.longest = sorted.stream().mapToInt(f -> f.end() - f.start()).max().orElse(0);
  }

  /** The part's findings in text order. */
  List<StoredFinding> findings() {
    return findings;
  }

  /** The name nearest to the finding within the window, before it if any, or null. */
  StoredFinding nearestName(StoredFinding finding) {
    return nearest(names, finding, true);
  }

  /** The email or phone nearest to the finding within the window, after it if any, or null. */
  StoredFinding nearestContact(StoredFinding finding) {
    return nearest(contacts, finding, false);
  }

  /** The emails and phones that could lie within the window of the finding, in text order. */
  List<StoredFinding> contactsNear(StoredFinding finding) {
    List<StoredFinding> near = new ArrayList<>();
    for (int i = firstFrom(contacts, finding.start() - WINDOW - longest); i < contacts.size(); i++) {
      StoredFinding c = contacts.get(i);
      if (c.start() > finding.end() + WINDOW) {
        break;
      }
      near.add(c);
    }
    return near;
  }

  /** An email or phone that is someone's: not a role mailbox. */
  static boolean isContact(StoredFinding finding) {
    return CONTACT.contains(finding.type()) && finding.isPersonal();
  }

  /** The nearest of the sorted candidates on the preferred side within the window, else on the other. */
  private StoredFinding nearest(List<StoredFinding> sorted, StoredFinding finding, boolean preferBefore) {
    StoredFinding before = null;
    StoredFinding after = null;
    for (int i = firstFrom(sorted, finding.start() - WINDOW - longest); i < sorted.size(); i++) {
      StoredFinding f = sorted.get(i);
      if (f.start() > finding.end() + WINDOW) {
        break;
      }
      if (sameSpan(f, finding) || gap(finding, f) > WINDOW) {
        continue;
      }
      if (f.start() < finding.start()) {
        before = nearer(finding, before, f);
      } else {
        after = nearer(finding, after, f);
      }
    }
    StoredFinding preferred = preferBefore ? before : after;
    return preferred != null ? preferred : preferBefore ? after : before;
  }

  /** The index of the first finding starting at or after {@code offset}. */
  private static int firstFrom(List<StoredFinding> sorted, int offset) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static StoredFinding nearer(StoredFinding to, StoredFinding best, StoredFinding candidate) {
    return best == null || gap(to, candidate) < gap(to, best) ? candidate : best;
  }

  static boolean sameSpan(StoredFinding a, StoredFinding b) {
    return a.start() == b.start() && a.end() == b.end() && a.type().equals(b.type());
  }

  /** Chars between two spans; 0 when they touch or overlap. */
  static int gap(StoredFinding a, StoredFinding b) {
    return Math.max(0, Math.max(a.start(), b.start()) - Math.min(a.end(), b.end()));
  }
}
