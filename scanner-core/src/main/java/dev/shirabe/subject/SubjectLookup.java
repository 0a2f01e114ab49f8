package dev.shirabe.subject;

import dev.shirabe.inventory.InventoryReader;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.NameForm;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.inventory.SubjectKeys;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Answers a subject-access request from the inventory: every place that holds data about the
 * person, and how each was linked.
 *
 * <ol>
 *   <li>Each criterion becomes its {@link SubjectKeys} ({@link QueryKeys}), hashed with the
 *       installation's key; every finding carrying one of the hashes is a hit, its place linked
 *       by that criterion.
 *   <li><b>Identity correlation, one level.</b> In each place found so, an email or phone that
 *       is the found name's ({@link Attribution}: the nearest name before it within 200 chars,
 *       else after it) is looked up too, and so is the name a found email or phone is
 *       attributed to. What these correlated identifiers find is linked "found beside …", but
 *       a correlated email or phone only where it is not someone else's there: where its
 *       nearest name is another person's (the company switchboard under a colleague's name),
 *       it links nothing (counted as left out). An identifier found in more than {@link
 *       #MAX_SPREAD} places (a switchboard number, a shared mailbox) is not followed at all,
 *       nor is a role mailbox wherever it is found (info@, support@: {@link
 *       Attribution#isContact}): a lookup that names one lists the places that hold it, and
 *       follows nothing from there.
 *       Correlated identifiers are not correlated further: a chain stops after one step, so
 *       a wrong link cannot pull in a second person's identifiers. A correlated name is
 *       followed only when it is a full name ({@link NameForm#FULL}): a surname alone beside
 *       the email (山田様) would find every namesake.
 *   <li>In each place, the subject's findings are the hits and what is attributed to them: the
 *       date of birth, address or account number whose nearest name is the subject's.
 * </ol>
 *
 * Nothing in the result holds a raw value: the inventory holds masked values and hashes only
 * (excerpts only when the scan was asked to keep them).
 */
public final class SubjectLookup {

  /** A correlated identifier found in more places than this is shared, not followed. */
  public static final int MAX_SPREAD = 200;

  /**
   * How far around a finding attribution looks: a finding attributed to it lies within the
   * window, and the names competing for that one within the window again; plus room for the
   * spans themselves (an address of a few lines).
   */
  private static final int NEEDED_AROUND = 2 * Attribution.WINDOW + 400;

  /** How far around a finding a part is read: more than needed, so neighbours share a read. */
  private static final int READ_AROUND = 2 * NEEDED_AROUND;

  private final InventoryReader reader;
  private final KeyedHasher hasher;
  private final QueryKeys queryKeys;
  private final Clock clock;

  public SubjectLookup(InventoryReader reader, KeyedHasher hasher, QueryKeys queryKeys) {
    this(reader, hasher, queryKeys, Clock.systemUTC());
  }

  SubjectLookup(InventoryReader reader, KeyedHasher hasher, QueryKeys queryKeys, Clock clock) {
    this.reader = reader;
    this.hasher = hasher;
    this.queryKeys = queryKeys;
    this.clock = clock;
  }

  /**
   * @throws IllegalArgumentException when a criterion cannot be read as its kind, or there
   *     are none
   */
  public SubjectReport lookup(SubjectQuery query) throws IOException {
    if (query.isEmpty()) {
      throw new IllegalArgumentException("nothing to look up: give --name, --email, --phone or --address");
    }
    Map<String, Link> direct = new LinkedHashMap<>();
    Run run = new Run();
    for (Criterion criterion : query.criteria()) {
      for (String key : queryKeys.keys(criterion)) {
        direct.putIfAbsent(hasher.hash(key),
            Link.direct(criterion.kind().label(), match(key), criterion.masked()));
      }
      for (String key : queryKeys.partKeys(criterion)) {
        run.nameParts.add(hasher.hash(key));
      }
    }
    for (StoredFinding hit : reader.findingsWithSubjects(direct.keySet())) {
      for (String hash : hit.subjectHashes()) {
        Link link = direct.get(hash);
        if (link != null) {
          run.place(hit).add(hit, link);
        }
      }
    }
    run.known.addAll(direct.keySet());
    Map<Candidate, Link> candidates = correlate(run);
    return follow(query, run, candidates);
  }

  /** The identifiers that stand beside a hit and are the same person's. */
  private Map<Candidate, Link> correlate(Run run) throws IOException {
    Map<Candidate, Link> candidates = new LinkedHashMap<>();
    for (PlaceState place : run.places.values()) {
      Attribution part = run.part(place);
      for (StoredFinding hit : place.hits.keySet()) {
        Link viaLink = place.hits.get(hit).iterator().next();
        if (hit.type().equals(Attribution.PERSON)) {
          for (StoredFinding f : part.contactsNear(hit)) {
            if (same(part.nearestName(f), hit)) {
              offer(candidates, run, f, viaLink, place);
            }
          }
        } else if (Attribution.isContact(hit)) {
          StoredFinding name = part.nearestName(hit);
          if (name != null) {
            offer(candidates, run, name, viaLink, place);
          }
        }
      }
    }
    return candidates;
  }

  private static void offer(Map<Candidate, Link> candidates, Run run, StoredFinding f, Link via, PlaceState place) {
    Set<String> fresh = new LinkedHashSet<>(f.subjectHashes());
    fresh.removeAll(run.known);
    if (fresh.isEmpty()) {
      return; // already asked for
    }
    Candidate candidate = new Candidate(f.type(), Set.copyOf(f.subjectHashes()));
    String kind = Criterion.Kind.of(f.type()).label();
    Link link = new Link(kind, kind, f.masked(), via.kind(), via.masked(), place.label());
    if (f.type().equals(Attribution.PERSON) && f.nameForm() != NameForm.FULL) {
      // A surname or given name alone (山田様 above a mail) names every 山田: followed, it
      // would bring in namesakes by the hundred. The full name, asked for, finds the places.
      run.unfollowedNames.putIfAbsent(candidate, link.describe() + (f.nameForm() == null
          ? ": not followed, since the inventory does not tell whether it is a full name"
              + " (stored before name forms were kept: rescan with scan --full)"
          : ": a surname or given name alone, so not followed (it would find namesakes)"));
      return;
    }
    candidates.putIfAbsent(candidate, link);
  }

  private SubjectReport follow(SubjectQuery query, Run run, Map<Candidate, Link> candidates) throws IOException {
    List<Link> followed = new ArrayList<>();
    List<String> notFollowed = new ArrayList<>(run.unfollowedNames.values());
    Set<PlaceKey> leftOut = new HashSet<>();
    Map<Link, List<StoredFinding>> pending = new LinkedHashMap<>();
    if (!candidates.isEmpty()) {
      Set<String> hashes = new LinkedHashSet<>();
      candidates.keySet().forEach(c -> hashes.addAll(c.hashes));
      List<StoredFinding> hits = reader.findingsWithSubjects(hashes);
      for (Map.Entry<Candidate, Link> e : candidates.entrySet()) {
        Candidate candidate = e.getKey();
        List<StoredFinding> mine = new ArrayList<>();
        for (StoredFinding h : hits) { // a loop, not streams: run for every candidate and hit
          if (h.type().equals(candidate.type) && carriesAny(h, candidate.hashes)) {
            mine.add(h);
          }
        }
        long spread = mine.stream().map(PlaceKey::of).distinct().count();
        if (spread > MAX_SPREAD) {
          notFollowed.add(e.getValue().describe() + ": found in " + spread
              + " places, so shared (more than " + MAX_SPREAD + "); not followed");
          continue;
        }
        followed.add(e.getValue());
        run.known.addAll(candidate.hashes);
        pending.put(e.getValue(), mine);
      }
      for (Map.Entry<Link, List<StoredFinding>> e : pending.entrySet()) {
        for (StoredFinding hit : e.getValue()) {
          PlaceKey key = PlaceKey.of(hit);
          Attribution part = run.part(key, List.of(hit));
          if (someoneElses(part, hit, run)) {
            if (!run.places.containsKey(key)) {
              leftOut.add(key);
            }
            continue;
          }
          run.place(hit).add(hit, e.getKey());
          leftOut.remove(key);
        }
      }
    }
    List<Place> places = new ArrayList<>();
    for (PlaceState place : run.places.values()) {
      places.add(place.toPlace(run.part(place)));
    }
    return new SubjectReport(query, places, followed, notFollowed, leftOut.size(),
        clock.instant(), reader.findingCount());
  }

  /**
   * A correlated email or phone that stands beside another person: its nearest name is not
   * the subject's, nor a part alone of a full name the request gave (山田様 for 山田太郎). A
   * correlated name is never judged so: a person has more than one email and phone, so one
   * beside the name that the request did not give says nothing of whose it is.
   */
  private static boolean someoneElses(Attribution part, StoredFinding hit, Run run) {
    if (hit.type().equals(Attribution.PERSON)) {
      return false;
    }
    StoredFinding name = part.nearestName(hit);
    if (name == null || name.subjectHashes().stream().anyMatch(run.known::contains)) {
      return false;
    }
    return name.nameForm() == NameForm.FULL
        || name.subjectHashes().stream().noneMatch(run.nameParts::contains);
  }

  private static boolean carriesAny(StoredFinding f, Set<String> hashes) {
    for (String hash : f.subjectHashes()) {
      if (hashes.contains(hash)) {
        return true;
      }
    }
    return false;
  }

  /** The key's kind as a link shows it: written form, reading, romaji, or the kind itself. */
  private static String match(String key) {
    return switch (SubjectKeys.kindOf(key)) {
      case SubjectKeys.NAME_WRITTEN -> "written form";
      case SubjectKeys.NAME_SOUND -> "reading";
      case SubjectKeys.NAME_ROMAJI -> "romaji";
      default -> SubjectKeys.kindOf(key);
    };
  }

  static boolean same(StoredFinding a, StoredFinding b) {
    return a != null && b != null && a.start() == b.start() && a.end() == b.end()
        && a.type().equals(b.type());
  }

  /** Where a finding stands in its part: what tells two reads of one finding for the same. */
  private record Span(String type, int start, int end) {
    static Span of(StoredFinding f) {
      return new Span(f.type(), f.start(), f.end());
    }
  }

  /** A correlated identifier: the finding's type and all its subject hashes. */
  private record Candidate(String type, Set<String> hashes) {}

  private record PlaceKey(String file, String part) implements Comparable<PlaceKey> {
    static PlaceKey of(StoredFinding f) {
      return new PlaceKey(f.file(), f.part() == null ? "" : f.part());
    }

    @Override
    public int compareTo(PlaceKey o) {
      int c = file.compareTo(o.file);
      return c != 0 ? c : part.compareTo(o.part);
    }
  }

  /** The state of one lookup: its places, the part findings read, the hashes known to be the subject's. */
  private final class Run {
    final Map<PlaceKey, PlaceState> places = new TreeMap<>();
    final Map<PlaceKey, PartRead> parts = new HashMap<>();
    final Set<String> known = new HashSet<>();
    /** Hashes of the parts of the request's full names alone: a lone 山田 of 山田太郎's. */
    final Set<String> nameParts = new HashSet<>();
    /** Correlated names not followed (a part of a name alone), with the reason. */
    final Map<Candidate, String> unfollowedNames = new LinkedHashMap<>();

    PlaceState place(StoredFinding hit) {
      return places.computeIfAbsent(PlaceKey.of(hit), PlaceState::new);
    }

    Attribution part(PlaceState place) throws IOException {
      return part(place.key, place.hits.keySet());
    }

    /** The part's findings around the given ones, read so far as attribution needs. */
    Attribution part(PlaceKey key, Collection<StoredFinding> around) throws IOException {
      PartRead read = parts.computeIfAbsent(key, PartRead::new);
      for (StoredFinding f : around) {
        read.cover(reader, f);
      }
      return read.attribution();
    }
  }

  /**
   * What has been read of one part: the findings within {@link #READ_AROUND} chars of those
   * asked about, enough for every attribution that concerns them (a finding attributed to one
   * of them lies within the window of it, and the names competing for it within the window of
   * that), so that a list of many thousand rows is not read whole for one row. An inventory
   * without offsets indexed is read a part at a time.
   */
  private static final class PartRead {
    private final PlaceKey key;
    private final Map<Span, StoredFinding> findings = new HashMap<>();
    private final List<int[]> ranges = new ArrayList<>();
    private boolean whole;
    private Attribution attribution;

    PartRead(PlaceKey key) {
      this.key = key;
    }

    void cover(InventoryReader reader, StoredFinding f) throws IOException {
      int from = Math.max(0, f.start() - READ_AROUND);
      int to = f.end() + READ_AROUND;
      int nearFrom = f.start() - NEEDED_AROUND;
      int nearTo = f.end() + NEEDED_AROUND;
      if (whole || ranges.stream().anyMatch(r -> r[0] <= Math.max(0, nearFrom) && nearTo <= r[1])) {
        return;
      }
      List<StoredFinding> read = reader.findingsInPart(key.file, key.part, from, to);
      if (read.stream().noneMatch(r -> Span.of(r).equals(Span.of(f)))) {
        read = reader.findingsInPart(key.file, key.part); // no offsets indexed: the part whole
        whole = true;
      }
      read.forEach(r -> findings.putIfAbsent(Span.of(r), r));
      ranges.add(new int[] {from, to});
      attribution = null;
    }

    Attribution attribution() {
      if (attribution == null) {
        attribution = new Attribution(new ArrayList<>(findings.values()));
      }
      return attribution;
    }
  }

  /** A place being built: its hits, each with the links that found it. */
  private static final class PlaceState {
    final PlaceKey key;
    final Map<StoredFinding, Set<Link>> hits = new LinkedHashMap<>();
    private final Set<Span> hitSpans = new HashSet<>();

    PlaceState(PlaceKey key) {
      this.key = key;
    }

    void add(StoredFinding hit, Link link) {
      hits.computeIfAbsent(hit, h -> new LinkedHashSet<>()).add(link);
      hitSpans.add(Span.of(hit));
    }

    String label() {
      return Place.label(PathIdentity.display(key.file), key.part);
    }

    /** The place with its hits and the findings attributed to them. */
    Place toPlace(Attribution part) {
      Set<Link> all = new LinkedHashSet<>();
      hits.values().forEach(all::addAll);
      List<Link> links = merged(all, label());
      List<StoredFinding> subjects = new ArrayList<>();
      Set<Span> taken = new HashSet<>();
      for (StoredFinding f : part.findings()) {
        if (isHit(f) || attributed(part, f)) {
          subjects.add(f);
          taken.add(Span.of(f));
        }
      }
      for (StoredFinding hit : hits.keySet()) { // the part read may lag behind the hits
        if (taken.add(Span.of(hit))) {
          subjects.add(hit);
        }
      }
      subjects.sort(Comparator.comparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end));
      // Shown as people read it (a byte that is not UTF-8 as \xFF), not as its key.
      return new Place(PathIdentity.display(key.file), key.part, links, subjects);
    }

    /**
     * One link per identifier, its matching keys together ("name (reading, romaji)"); a
     * correlated identifier not repeated in the place where it was found beside the request's.
     */
    private static List<Link> merged(Set<Link> links, String here) {
      Map<List<String>, Link> byIdentifier = new LinkedHashMap<>();
      for (Link link : links) {
        if (link.correlated() && link.foundIn().equals(here)
            && links.stream().anyMatch(l -> !l.correlated())) {
          continue;
        }
        List<String> id = java.util.Arrays.asList(link.kind(), link.masked(), link.via(), link.foundIn());
        byIdentifier.merge(id, link, (a, b) -> a.match().contains(b.match()) ? a
            : new Link(a.kind(), a.match() + ", " + b.match(), a.masked(), a.via(), a.viaMasked(), a.foundIn()));
      }
      return new ArrayList<>(byIdentifier.values());
    }

    private boolean isHit(StoredFinding f) {
      return f != null && hitSpans.contains(Span.of(f));
    }

    /**
     * Not a name nor a role mailbox (a department's, whoever stands beside it), and the nearest
     * name is a hit (or, with no name near, the nearest contact).
     */
    private boolean attributed(Attribution part, StoredFinding f) {
      if (f.type().equals(Attribution.PERSON) || !f.isPersonal()) {
        return false;
      }
      StoredFinding name = part.nearestName(f);
      return name != null ? isHit(name) : isHit(part.nearestContact(f));
    }
  }
}
