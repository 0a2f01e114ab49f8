package dev.shirabe.report.ledger;

import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Deadlines;
import dev.shirabe.vocabulary.FindingType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one group of findings (a ledger entry, a part with no stated purpose, a whole report)
 * holds, counted part by part as the inventory is read. Not thread-safe.
 *
 * <p>People: in a part with a name (a {@code PERSON} finding), its names are its people, and
 * the emails and phones beside them are taken to be theirs; in a part without one, each email
 * and phone stands for a person. Then {@link PeopleCounter} joins what shares a key.
 */
final class Tally {

  /** The order types are listed in: as {@link FindingType} declares them, unknown ones last. */
  static final Comparator<String> TYPE_ORDER =
      Comparator.comparingInt(Tally::typeRank).thenComparing(Comparator.naturalOrder());

  /** The prefix of the signal that names a kind of data the policy does not name. */
  static final String UNLISTED_SIGNAL = "unlisted:";

  final Map<String, Long> types = new TreeMap<>(TYPE_ORDER);
  final Map<String, Long> flags = new TreeMap<>();
  final Set<String> purposes = new HashSet<>();
  final Set<String> kinds = new TreeSet<>();
  /** Findings per handling section, by {@code kind:id} ({@code Handling#keys}). */
  final Map<String, Long> handling = new HashMap<>();
  final Set<String> locations = new HashSet<>();
  private final PeopleCounter people = new PeopleCounter();
  /** The people among them flagged {@code minor}, by the same rule. */
  private final PeopleCounter minors = new PeopleCounter();
  /** The earliest day a retention period of the findings ended, or null. */
  LocalDate retentionEnded;
  /** Where those periods ran from: a date in the record, the file's time, or both. */
  final Set<RetentionReport.From> retentionFrom = new TreeSet<>();
  /** The retention periods of the findings (ISO 8601). */
  final Set<String> retentions = new TreeSet<>();
  long findings;
  long files;
  long parts;
  /** Findings that carry at least one flag. */
  long flagged;
  long firstSeen = Long.MAX_VALUE;
  long lastSeen = Long.MIN_VALUE;
  private String lastFile;

  private static int typeRank(String type) {
    try {
      return FindingType.valueOf(type).ordinal();
    } catch (IllegalArgumentException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * Adds findings of one part of {@code file} (all of them or those of one category). Call it
   * file after file: a file is counted once however many of its parts are added in a row.
   *
   * @param firstSeen when the file entered the inventory, or {@code Long.MAX_VALUE} if unknown
   */
  void addPart(String file, long firstSeen, String location, List<StoredFinding> found) {
    if (!file.equals(lastFile)) {
      files++;
      lastFile = file;
    }
    parts++;
    locations.add(location);
    boolean named = found.stream().anyMatch(f -> f.type().equals(FindingType.PERSON.name()));
    for (StoredFinding f : found) {
      findings++;
      types.merge(f.type(), 1L, Long::sum);
      for (String flag : f.flags()) {
        flags.merge(flag, 1L, Long::sum);
      }
      if (!f.flags().isEmpty()) {
        flagged++;
      }
      purposes.addAll(f.purposes());
      for (String key : f.handling().keys()) {
        handling.merge(key, 1L, Long::sum);
      }
      for (String signal : f.signals()) {
        if (signal.startsWith(UNLISTED_SIGNAL)) {
          kinds.add(signal.substring(UNLISTED_SIGNAL.length()));
        }
      }
      // A file is read again when it changes, so its findings carry the last reading's
      // time; when it entered the inventory is the file's own first-seen time.
      this.firstSeen = Math.min(this.firstSeen, Math.min(firstSeen, f.lastScanned()));
      lastSeen = Math.max(lastSeen, f.lastScanned());
      if (named ? f.type().equals(FindingType.PERSON.name()) : isContact(f)) {
        List<String> keys =
            f.subjectHashes().isEmpty() ? List.of(f.valueHash()) : f.subjectHashes();
        people.add(keys);
        if (f.flags().contains(Classification.MINOR)) {
          minors.add(keys);
        }
      }
    }
  }

  private static boolean isContact(StoredFinding f) {
    return f.type().equals(FindingType.EMAIL.name()) || f.type().equals(FindingType.PHONE.name());
  }

  long people() {
    return people.count();
  }

  long minors() {
    return minors.count();
  }

  /**
   * Adds when the retention period of findings already added ended (those past it).
   *
   * @param modified the file's modification date, or null
   */
  void addRetention(List<StoredFinding> found, LocalDate modified) {
    for (StoredFinding f : found) {
      Deadlines d = f.deadlines();
      LocalDate ended = d.retentionEnds(modified);
      if (ended == null) {
        continue;
      }
      if (retentionEnded == null || ended.isBefore(retentionEnded)) {
        retentionEnded = ended;
      }
      retentionFrom.add(d.retentionFrom() != null
          ? RetentionReport.From.RECORD : RetentionReport.From.MODIFIED);
      retentions.add(d.retention().toString());
    }
  }

  Totals totals() {
    return new Totals(locations.size(), files, parts, findings, people(), flagged,
        new LinkedHashMap<>(types), new LinkedHashMap<>(flags), minors());
  }
}
