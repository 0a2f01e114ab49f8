package dev.shirabe.subject.cases;

import dev.shirabe.inventory.KeyedHasher;
import java.util.List;

/**
 * A place as a case's log keeps it: where, the file's content hash when it was listed, and the
 * person's items there as keyed hashes and masked values. No raw value.
 *
 * @param id the place's id ({@link #id}): stable across runs, what {@code --exclude} takes
 * @param file the file's key in the inventory (its absolute path)
 * @param part the locator inside the file, empty for the file itself
 * @param contentHash hex SHA-256 of the file's bytes as the scan read them, or null if unknown
 * @param items the person's findings there
 */
public record CasePlace(String id, String file, String part, String contentHash, List<Item> items) {

  public CasePlace {
    part = part == null ? "" : part;
    items = List.copyOf(items);
  }

  /** One of the person's findings: its type, masked value and keyed value hash. */
  public record Item(String type, String masked, String valueHash) {}

  /**
   * A place's id: {@code P} and 10 hex digits of the keyed hash of the file's key and the part,
   * so that it is the same in every run of every case on one inventory, and tells nothing of
   * the path without the key.
   */
  public static String id(KeyedHasher hasher, String file, String part) {
    return "P" + hasher.hash("PLACE:" + file + "\u0000" + (part == null ? "" : part)).substring(0, 10);
  }

  /** "file ▸ part", or the file alone, the file shown as the reports show it. */
  public String label() {
    String shown = dev.shirabe.source.PathIdentity.display(file);
    return part.isEmpty() ? shown : shown + " ▸ " + part;
  }
}
