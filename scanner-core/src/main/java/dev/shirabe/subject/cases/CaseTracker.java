package dev.shirabe.subject.cases;

import dev.shirabe.inventory.FileEntry;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.source.PathIdentity;
import dev.shirabe.subject.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ties a lookup's places to a case: their stable ids and log form ({@link CasePlace}), and
 * what became of the places earlier runs of the case listed ({@link PlaceChange}), told from
 * the inventory as it is now.
 */
public final class CaseTracker {

  private final InventorySearcher inventory;
  private final KeyedHasher hasher;

  public CaseTracker(InventorySearcher inventory, KeyedHasher hasher) {
    this.inventory = inventory;
    this.hasher = hasher;
  }

  /** The file's key in the inventory (a place shows it for people: {@link Place#file()}). */
  public static String key(Place place) {
    return place.findings().isEmpty() ? place.file() : place.findings().get(0).file();
  }

  /** The place's stable id ({@link CasePlace#id}). */
  public String id(Place place) {
    return CasePlace.id(hasher, key(place), place.part());
  }

  /** The place as the log keeps it: no raw value, the file's content hash as scanned. */
  public CasePlace logged(Place place) throws IOException {
    String file = key(place);
    List<CasePlace.Item> items = new ArrayList<>();
    for (StoredFinding f : place.findings()) {
      items.add(new CasePlace.Item(f.type(), f.masked(), f.valueHash()));
    }
    return new CasePlace(id(place), file, place.part(),
        inventory.file(file).map(FileEntry::contentHash).orElse(null), items);
  }

  /**
   * What became of each place the earlier runs listed (its last listing counts), in the order
   * first listed; places excluded by then are left out, being a namesake's.
   */
  public List<PlaceChange> since(List<CaseRun> earlier, Set<String> excludedIds) throws IOException {
    Map<String, CasePlace> last = new LinkedHashMap<>();
    Map<String, String> listed = new LinkedHashMap<>();
    for (CaseRun run : earlier) {
      for (CasePlace p : run.places()) {
        last.put(p.id(), p);
        listed.put(p.id(), CaseLog.time(run.time()));
      }
    }
    List<PlaceChange> changes = new ArrayList<>();
    for (CasePlace p : last.values()) {
      if (!excludedIds.contains(p.id())) {
        changes.add(change(p, listed.get(p.id())));
      }
    }
    return changes;
  }

  private PlaceChange change(CasePlace p, String listed) throws IOException {
    Optional<FileEntry> entry = inventory.file(p.file());
    if (entry.isEmpty()) {
      return new PlaceChange(p, listed, PlaceChange.Status.DELETED, 0);
    }
    Set<String> now = new HashSet<>();
    for (StoredFinding f : inventory.findingsInPart(p.file(), p.part())) {
      now.add(f.valueHash());
    }
    int remaining = (int) p.items().stream().filter(i -> now.contains(i.valueHash())).count();
    PlaceChange.Status status;
    if (!onDisk(p.file())) {
      status = PlaceChange.Status.MISSING;
    } else if (p.contentHash() != null && !p.contentHash().equals(entry.get().contentHash())) {
      status = PlaceChange.Status.CHANGED;
    } else {
      status = PlaceChange.Status.UNCHANGED;
    }
    return new PlaceChange(p, listed, status, remaining);
  }

  private static boolean onDisk(String key) {
    try {
      return Files.exists(PathIdentity.toPath(key));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** The ids of the places earlier runs excluded: they stay excluded in the case. */
  public static Set<String> excludedBefore(List<CaseRun> earlier) {
    Set<String> ids = new HashSet<>();
    earlier.forEach(r -> r.excluded().forEach(p -> ids.add(p.id())));
    return ids;
  }

  /** A path as typed on the command line, as the inventory keys files. */
  static String keyOf(String typed) {
    try {
      return PathIdentity.of(Path.of(typed));
    } catch (InvalidPathException e) {
      return typed;
    }
  }
}
