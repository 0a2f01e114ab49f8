package dev.shirabe.report.ledger;

import dev.shirabe.classify.HandlingSection;
import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyCategory;
import dev.shirabe.classify.Purpose;
import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.SkippedPath;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.pipeline.PartProblem;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.FindingType;
import dev.shirabe.vocabulary.Handling;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the inventory holds, grouped for the reports: per location and category (the ledger)
 * and per file and part with no stated purpose. Read file by file, so memory grows with the
 * number of rows and of distinct people, not with the findings.
 *
 * <p>A location is the folder of a file, or the file itself for what lies inside it (the mails
 * of a PST or MBOX, the members of a ZIP, a mail's attachments): an archive is one place to
 * look after, whatever its size.
 *
 * <p>The time-bound flags ({@code minor}, {@code retention_exceeded}) are those of the
 * report's day, told again from the dates each finding keeps ({@link
 * StoredFinding#flagsOn}), not those of the scan that found them: a report next year is right
 * without a rescan.
 */
public final class Holdings {

  private record LedgerKey(String location, String category) {}

  private record PartKey(String file, String part) {}

  private final Policy policy;
  private final Clock clock;
  private final LocalDate today;
  private final Map<LedgerKey, Tally> retention = new HashMap<>();
  private final Tally allRetention = new Tally();
  private final Map<LedgerKey, Tally> ledger = new HashMap<>();
  private final Map<PartKey, Tally> unpurposed = new HashMap<>();
  private final Tally all = new Tally();
  private final Tally allUnpurposed = new Tally();
  private long unreadable;
  /** Files held under the paths asked about, read or not. */
  private long files;
  private final List<UnreadEntry> unread = new ArrayList<>();

  public Holdings(Policy policy) {
    this(policy, Clock.systemDefaultZone());
  }

  /** Holdings whose time-bound flags are those of the clock's day, in its zone. */
  public Holdings(Policy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = clock;
    this.today = LocalDate.now(clock);
  }

  /**
   * Everything the inventory holds in files at or under {@code under} (absolute paths; every
   * file when empty).
   */
  public static Holdings read(InventorySearcher inventory, List<Path> under, Policy policy)
      throws IOException {
    return read(inventory, under, policy, Clock.systemDefaultZone());
  }

  /** As {@link #read(InventorySearcher, List, Policy)}, as of the clock's day. */
  public static Holdings read(InventorySearcher inventory, List<Path> under, Policy policy,
      Clock clock) throws IOException {
    List<Path> roots = new ArrayList<>();
    if (under.isEmpty()) {
      FileSystems.getDefault().getRootDirectories().forEach(roots::add);
    } else {
      under.forEach(p -> roots.add(p.toAbsolutePath().normalize()));
    }
    SortedSet<String> files = new TreeSet<>();
    Map<String, SkippedPath> skipped = new TreeMap<>();
    for (Path root : roots) {
      files.addAll(inventory.filesUnder(PathIdentity.of(root)));
      for (SkippedPath s : inventory.skippedUnder(PathIdentity.of(root))) {
        skipped.put(s.path(), s);
      }
    }
    Holdings holdings = new Holdings(policy, clock);
    for (SkippedPath s : skipped.values()) {
      holdings.unread.add(new UnreadEntry(UnreadEntry.Status.SKIPPED,
          PathIdentity.display(s.path()), "", s.reason(), Instant.ofEpochMilli(s.lastSeen())));
    }
    for (String file : files) {
      Optional<FileEntry> entry = inventory.file(file);
      holdings.files++;
      if (entry.isPresent()) {
        holdings.addUnread(inventory, entry.get());
      }
      List<StoredFinding> findings = inventory.findingsOfFile(file);
      if (findings.isEmpty()) {
        // A file that could not be read may hold anything: the reports say how many there are.
        if (entry.map(FileEntry::error).isPresent()) {
          holdings.unreadable++;
        }
      } else {
        // Shown as people read it (a byte that is not UTF-8 as \xFF), not as its key.
        holdings.add(PathIdentity.display(file),
            entry.map(FileEntry::firstSeen).orElse(Long.MAX_VALUE),
            entry.map(e -> holdings.date(e.modified())).orElse(null), findings);
      }
    }
    return holdings;
  }

  /** Remembers what of the file could not be read: the file, or each part that was not. */
  private void addUnread(InventorySearcher inventory, FileEntry entry) throws IOException {
    String shown = PathIdentity.display(entry.path());
    Instant scanned = Instant.ofEpochMilli(entry.lastScanned());
    if (entry.error() != null) {
      unread.add(new UnreadEntry(UnreadEntry.Status.FAILED, shown, "", entry.error(), scanned));
    }
    if (entry.problems() > 0) {
      // Parts a failed file gave up on before failing are listed with it, not as read.
      UnreadEntry.Status status = entry.error() != null
          ? UnreadEntry.Status.FAILED : UnreadEntry.Status.PARTIAL;
      for (PartProblem p : inventory.problemsOfFile(entry.path())) {
        unread.add(new UnreadEntry(status, shown, p.locator(), p.reason(), scanned));
      }
    }
  }

  /**
   * Adds the findings of one file (all of them); files must come one after another. Role
   * mailboxes (info@, support@) are left out: the ledger lists personal data, and a
   * department's mailbox is no one's.
   *
   * @param firstSeen epoch millis when the file entered the inventory ({@link
   *     FileEntry#firstSeen}); {@code Long.MAX_VALUE} when unknown, and the findings' scan
   *     time counts instead
   */
  public void add(String file, long firstSeen, List<StoredFinding> findings) {
    add(file, firstSeen, null, findings);
  }

  /**
   * As {@link #add(String, long, List)}, with the file's modification date: what a retention
   * period runs from when the finding's record gave no date (null when not known).
   */
  public void add(String file, long firstSeen, LocalDate modified, List<StoredFinding> findings) {
    Map<String, List<StoredFinding>> byPart = new LinkedHashMap<>();
    for (StoredFinding f : findings) {
      if (f.isPersonal()) {
        List<String> flags = f.flagsOn(today, modified);
        byPart.computeIfAbsent(f.part(), k -> new ArrayList<>())
            .add(flags == f.flags() ? f : f.withFlags(flags));
      }
    }
    for (Map.Entry<String, List<StoredFinding>> part : byPart.entrySet()) {
      String location = location(file, part.getKey());
      all.addPart(file, firstSeen, location, part.getValue());
      Map<String, List<StoredFinding>> byCategory = new LinkedHashMap<>();
      for (StoredFinding f : part.getValue()) {
        byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
      }
      for (Map.Entry<String, List<StoredFinding>> c : byCategory.entrySet()) {
        ledger.computeIfAbsent(new LedgerKey(location, c.getKey()), k -> new Tally())
            .addPart(file, firstSeen, location, c.getValue());
        List<StoredFinding> overdue = c.getValue().stream()
            .filter(f -> f.flags().contains(Classification.RETENTION_EXCEEDED)).toList();
        if (!overdue.isEmpty()) {
          Tally t = retention.computeIfAbsent(new LedgerKey(location, c.getKey()),
              k -> new Tally());
          t.addPart(file, firstSeen, location, overdue);
          t.addRetention(overdue, modified);
          allRetention.addPart(file, firstSeen, location, overdue);
        }
        if (c.getKey() == null) {
          unpurposed.computeIfAbsent(new PartKey(file, part.getKey()), k -> new Tally())
              .addPart(file, firstSeen, location, c.getValue());
          allUnpurposed.addPart(file, firstSeen, location, c.getValue());
        }
      }
    }
  }

  /**
   * Where a finding is held, for the ledger: the file's folder, or the file itself when the
   * finding lies inside it (a non-empty part locator).
   */
  public static String location(String file, String part) {
    if (!part.isEmpty()) {
      return file;
    }
    Path parent = Path.of(file).getParent();
    return parent == null ? file : parent.toString();
  }

  /**
   * The ledger: rows with a stated purpose by location, then category in the policy's order;
   * then the rows with none, by location.
   */
  public Ledger ledger(Instant generated) {
    List<String> order = policy.sections().stream().map(PolicyCategory::id).toList();
    Comparator<LedgerEntry> byRow = Comparator
        .comparing((LedgerEntry e) -> e.hasPurpose() ? 0 : 1)
        .thenComparing(LedgerEntry::location)
        .thenComparingInt(e -> rank(order, e.category() == null ? null : e.category().id()))
        .thenComparing(e -> e.category() == null ? "" : e.category().id());
    List<LedgerEntry> entries = new ArrayList<>();
    for (Map.Entry<LedgerKey, Tally> e : ledger.entrySet()) {
      Tally t = e.getValue();
      String category = e.getKey().category();
      entries.add(new LedgerEntry(e.getKey().location(),
          category == null ? null : label(category),
          purposes(category, t), t.types, t.findings, t.people(), t.files, t.parts,
          Instant.ofEpochMilli(t.firstSeen), Instant.ofEpochMilli(t.lastSeen), t.flags,
          kinds(t), t.minors(), retention(category), handling(t)));
    }
    entries.sort(byRow);
    return new Ledger(generated, entries, all.totals(), allUnpurposed.findings, unreadable);
  }

  /**
   * The parts with no stated purpose, the most urgent first: special-care data (要配慮個人情報),
   * then a My Number outside its purposes, then other flagged data (a kind the policy does not
   * name); within each, the most sensitive findings (My Number, cards, accounts, passports,
   * licences, birth dates), then the most findings; ties by file and part.
   */
  public UnpurposedReport unpurposed(Instant generated) {
    List<UnpurposedEntry> entries = new ArrayList<>();
    for (Map.Entry<PartKey, Tally> e : unpurposed.entrySet()) {
      Tally t = e.getValue();
      entries.add(new UnpurposedEntry(e.getKey().file(), e.getKey().part(), t.types, t.findings,
          t.people(), t.flags, kinds(t), Instant.ofEpochMilli(t.lastSeen), t.minors()));
    }
    entries.sort(Comparator
        .comparingInt((UnpurposedEntry e) -> -severity(e))
        .thenComparingLong(e -> -sensitive(e))
        .thenComparingLong(e -> -e.findings())
        .thenComparing(UnpurposedEntry::file)
        .thenComparing(UnpurposedEntry::part));
    return new UnpurposedReport(generated, entries, allUnpurposed.totals(), unreadable);
  }

  /**
   * The data kept past the retention period its category's policy states, per location and
   * category: the longest overdue first (the earliest day a period ended), then by location
   * and category.
   */
  public RetentionReport retention(Instant generated) {
    List<RetentionEntry> entries = new ArrayList<>();
    for (Map.Entry<LedgerKey, Tally> e : retention.entrySet()) {
      Tally t = e.getValue();
      String category = e.getKey().category();
      entries.add(new RetentionEntry(e.getKey().location(),
          category == null ? new Label("", "", "") : label(category),
          List.copyOf(t.retentions), t.retentionFrom,
          t.retentionEnded, t.types, t.findings, t.people(), t.files,
          Instant.ofEpochMilli(t.lastSeen)));
    }
    entries.sort(Comparator
        .comparing(RetentionEntry::ended, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(RetentionEntry::location)
        .thenComparing(e -> e.category().id()));
    return new RetentionReport(generated, today, entries, allRetention.totals());
  }

  /** An epoch-nanosecond file time as a date in the report's zone. */
  private LocalDate date(long epochNanos) {
    return LocalDate.ofInstant(Instant.EPOCH.plusNanos(epochNanos), clock.getZone());
  }

  /**
   * The places the inventory could not look into: files nothing could be read of first, then
   * the parts that could not be read, then the paths the scans did not read on purpose, each
   * by file and part.
   */
  public UnreadReport unread(Instant generated) {
    List<UnreadEntry> entries = new ArrayList<>(unread);
    entries.sort(Comparator.comparing(UnreadEntry::status)
        .thenComparing(UnreadEntry::file)
        .thenComparing(UnreadEntry::part)
        .thenComparing(UnreadEntry::reason));
    return new UnreadReport(generated, entries, files);
  }

  /**
   * 3 special care, 2 a My Number outside its purposes or an identifier that may not be asked
   * for, 1 another flag, 0 none.
   */
  private static int severity(UnpurposedEntry e) {
    if (e.flags().containsKey(Classification.SPECIAL_CARE)) {
      return 3;
    }
    if (e.flags().containsKey(Classification.MY_NUMBER_OUTSIDE_PURPOSE)
        || e.flags().containsKey(Classification.RESTRICTED_IDENTIFIER)) {
      return 2;
    }
    return e.flags().isEmpty() ? 0 : 1;
  }

  private static long sensitive(UnpurposedEntry e) {
    long n = 0;
    for (FindingType type : FindingType.values()) {
      if (type.isSensitive()) {
        n += e.types().getOrDefault(type.name(), 0L);
      }
    }
    return n;
  }

  private static int rank(List<String> order, String id) {
    int i = id == null ? -1 : order.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  private Label label(String id) {
    Optional<PolicyCategory> section = policy.section(id);
    return section.map(s -> new Label(id, s.ja(), s.en())).orElse(new Label(id, "", ""));
  }

  /** The retention period the policy states for the category: {@code P5Y (退職日)}. */
  private String retention(String category) {
    PolicyCategory section = category == null ? null : policy.section(category).orElse(null);
    if (section == null || section.retention() == null) {
      return "";
    }
    return section.retention() + (section.retentionFrom().isEmpty() ? ""
        : " (" + String.join(", ", section.retentionFrom()) + ")");
  }

  /**
   * The handling sections of the row's findings, by kind in the ledger's order, then in the
   * policy's order; ids the policy does not know last, with no labels.
   */
  private List<HandlingUse> handling(Tally t) {
    List<HandlingUse> out = new ArrayList<>();
    Map<String, Long> left = new TreeMap<>(t.handling);
    for (String kind : Handling.KINDS) {
      for (HandlingSection h : policy.handling()) {
        Long n = h.kind().equals(kind) ? left.remove(kind + ":" + h.id()) : null;
        if (n != null) {
          List<HandlingUse.Detail> details = new ArrayList<>();
          h.details().forEach((key, value) ->
              details.add(new HandlingUse.Detail(key, h.heading(key), value)));
          out.add(new HandlingUse(kind, new Label(h.id(), h.ja(), h.en()), details, n));
        }
      }
    }
    for (Map.Entry<String, Long> e : left.entrySet()) {
      int colon = e.getKey().indexOf(':');
      out.add(new HandlingUse(e.getKey().substring(0, colon),
          new Label(e.getKey().substring(colon + 1), "", ""), List.of(), e.getValue()));
    }
    return out;
  }

  private List<Label> kinds(Tally t) {
    return t.kinds.stream().map(this::label).toList();
  }

  /** The purposes the findings are held under, in the policy's order, unknown ids last. */
  private List<Purpose> purposes(String category, Tally t) {
    List<Purpose> out = new ArrayList<>();
    Set<String> left = new TreeSet<>(t.purposes);
    if (category != null) {
      for (Purpose p : policy.section(category).map(PolicyCategory::purposes).orElse(List.of())) {
        if (left.remove(p.id())) {
          out.add(p);
        }
      }
    }
    for (String id : left) {
      out.add(new Purpose(id, "", ""));
    }
    return out;
  }
}
