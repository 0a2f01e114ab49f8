package dev.shirabe.inventory;

import dev.shirabe.detect.contacts.RoleMailboxes;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Deadlines;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding as the inventory holds it: no raw value, only its keyed hash and masked form.
 *
 * @param file the file's path on disk (absolute, as the inventory keys files)
 * @param part the locator inside the file, empty for the file itself
 * @param type a {@code FindingType} name
 * @param subtype or null
 * @param valueHash keyed hash of {@code TYPE:normalized} ({@link KeyedHasher})
 * @param subjectHashes keyed hashes of the finding's {@link SubjectKeys}
 * @param masked the value masked for display
 * @param excerpt raw text around the finding, or null (stored only when the user asked)
 * @param lang the language of the text at the finding, or null
 * @param category the data-subject category, or null (no stated purpose)
 * @param purposes the category's purposes
 * @param signals what decided the category
 * @param lastScanned epoch millis of the scan that found it
 * @param flags what needs attention ({@code special_care}, {@code
 *     my_number_outside_permitted_purpose}, …; see {@link Classification})
 * @param nameForm for a name, whether it is a full name or a part alone; null for other
 *     types, and for names stored before the form was kept
 * @param deadlines the dates its time-bound flags hang on ({@code minor}, {@code
 *     retention_exceeded}), so that a report tells them as of its own day: {@link #flagsOn}.
 *     A minor's end of minority is kept to the month ({@link #coarse}), never a birth date
 * @param handling the joint uses, contractors, provisions, sources and department the policy
 *     stated for it when it was classified (ids of the policy's handling sections)
 */
public record StoredFinding(
    String file,
    String part,
    String type,
    String subtype,
    String valueHash,
    List<String> subjectHashes,
    String masked,
    String excerpt,
    int start,
    int end,
    double confidence,
    String detector,
    String lang,
    String category,
    List<String> purposes,
    List<String> signals,
    long lastScanned,
    List<String> flags,
    NameForm nameForm,
    Deadlines deadlines,
    Handling handling) {

  public StoredFinding {
    subjectHashes = List.copyOf(subjectHashes);
    purposes = List.copyOf(purposes);
    signals = List.copyOf(signals);
    flags = List.copyOf(flags);
    deadlines = deadlines == null ? Deadlines.NONE : deadlines;
    handling = handling == null ? Handling.NONE : handling;
  }

  /** A finding with no handling stated (none applies, or stored before it was kept). */
  public StoredFinding(String file, String part, String type, String subtype, String valueHash,
      List<String> subjectHashes, String masked, String excerpt, int start, int end,
      double confidence, String detector, String lang, String category, List<String> purposes,
      List<String> signals, long lastScanned, List<String> flags, NameForm nameForm,
      Deadlines deadlines) {
    this(file, part, type, subtype, valueHash, subjectHashes, masked, excerpt, start, end,
        confidence, detector, lang, category, purposes, signals, lastScanned, flags, nameForm,
        deadlines, Handling.NONE);
  }

  /** A finding with no deadline (none applies, or stored before deadlines were kept). */
  public StoredFinding(String file, String part, String type, String subtype, String valueHash,
      List<String> subjectHashes, String masked, String excerpt, int start, int end,
      double confidence, String detector, String lang, String category, List<String> purposes,
      List<String> signals, long lastScanned, List<String> flags, NameForm nameForm) {
    this(file, part, type, subtype, valueHash, subjectHashes, masked, excerpt, start, end,
        confidence, detector, lang, category, purposes, signals, lastScanned, flags, nameForm,
        Deadlines.NONE);
  }

  /** A finding with no name form (not a name, or a name stored before forms were kept). */
  public StoredFinding(String file, String part, String type, String subtype, String valueHash,
      List<String> subjectHashes, String masked, String excerpt, int start, int end,
      double confidence, String detector, String lang, String category, List<String> purposes,
      List<String> signals, long lastScanned, List<String> flags) {
    this(file, part, type, subtype, valueHash, subjectHashes, masked, excerpt, start, end,
        confidence, detector, lang, category, purposes, signals, lastScanned, flags, null);
  }

  /** A finding with nothing flagged (the form before flags were stored). */
  public StoredFinding(String file, String part, String type, String subtype, String valueHash,
      List<String> subjectHashes, String masked, String excerpt, int start, int end,
      double confidence, String detector, String lang, String category, List<String> purposes,
      List<String> signals, long lastScanned) {
    this(file, part, type, subtype, valueHash, subjectHashes, masked, excerpt, start, end,
        confidence, detector, lang, category, purposes, signals, lastScanned, List.of());
  }

  /**
   * The stored form of a finding of a scan: its value and subject keys hashed with the
   * installation's key, the raw value dropped.
   *
   * @param file the file's key in the inventory (its absolute path)
   * @param excerpt raw text around the finding to keep, or null (the default: none)
   */
  public static StoredFinding of(
      String file, FindingRecord record, KeyedHasher hasher, String excerpt, long lastScanned) {
    Finding f = record.finding();
    List<String> subjects = new ArrayList<>();
    for (String key : SubjectKeys.of(f)) {
      subjects.add(hasher.hash(key));
    }
    return new StoredFinding(
        file,
        record.part(),
        f.type().name(),
        f.subtype(),
        hasher.hash(valueKey(f)),
        subjects,
        record.masked(),
        excerpt,
        f.start(),
        f.end(),
        f.confidence(),
        f.detector(),
        record.lang(),
        record.category(),
        record.purposes(),
        record.classification().signals(),
        lastScanned,
        record.classification().flags(),
        f.type() == FindingType.PERSON ? NameForm.of(f.normalized()) : null,
        coarse(record.classification().deadlines()),
        record.classification().handling());
  }

  /**
   * The deadlines as the inventory keeps them: the end of a minority moved to the first day of
   * the next month (a person counts as a minor to the end of the month they come of age), so
   * that no stored date gives away a birth date. A report may count a minor a few weeks too
   * long; it never misses one.
   */
  static Deadlines coarse(Deadlines d) {
    if (d.minorUntil() == null || d.minorUntil().getDayOfMonth() == 1) {
      return d;
    }
    return new Deadlines(d.minorUntil().withDayOfMonth(1).plusMonths(1), d.retention(),
        d.retentionFrom());
  }

  /**
   * Its flags as of {@code day}: those stored, the time-bound ones told again from its
   * deadlines (a minor found last year may be an adult now; data within its period then may
   * be past it now), without the file being read again.
   *
   * @param modified the file's modification date (what a period runs from when its record
   *     gave no date), or null when not known
   */
  public List<String> flagsOn(LocalDate day, LocalDate modified) {
    if (deadlines.isNone() && flags.stream().noneMatch(Classification.TIME_BOUND::contains)) {
      return flags;
    }
    List<String> now = new ArrayList<>(flags);
    now.removeAll(Classification.TIME_BOUND);
    now.addAll(deadlines.flagsOn(day, modified));
    return now;
  }

  /** This finding with these flags (a report's, as of its day). */
  public StoredFinding withFlags(List<String> flags) {
    return new StoredFinding(file, part, type, subtype, valueHash, subjectHashes, masked, excerpt,
        start, end, confidence, detector, lang, category, purposes, signals, lastScanned, flags,
        nameForm, deadlines, handling);
  }

  /**
   * This finding as a record for the report writers. Raw values are not kept, so the record
   * carries the masked value in their place (see {@link FindingRecord#masked()}).
   *
   * @param shownFile the file's path as the current scan shows it (maybe relative)
   */
  public FindingRecord toRecord(String shownFile) {
    Finding finding = new Finding(FindingType.valueOf(type), subtype, start, end, masked, masked,
        confidence, detector);
    Classification classification = category == null && flags.isEmpty() && handling.isNone()
        ? Classification.NONE
        : new Classification(category, purposes, signals, flags, deadlines, handling);
    return new FindingRecord(shownFile, part, finding, classification, lang, masked);
  }

  /** What {@link #valueHash} hashes: {@code TYPE:normalized}, so equal values of one type meet. */
  public static String valueKey(Finding finding) {
    return finding.type().name() + ":" + finding.normalized();
  }

  /** Whether this is personal data: not a role mailbox ({@link RoleMailboxes}). */
  public boolean isPersonal() {
    return !Finding.isRole(type, subtype);
  }
}
