package dev.shirabe.inventory;

import java.util.List;

/**
 * A finding as the inventory holds it: no raw value, only its keyed hash and masked form.
 *
 * @param file the file's path on disk
 * @param part the locator inside the file, empty for the file itself
 * @param type a {@code FindingType} name
 * @param subtype or null
 * @param valueHash keyed hash of the type and normalised value ({@link KeyedHasher})
 * @param subjectHashes keyed hashes of the finding's {@link SubjectKeys}
 * @param masked the value masked for display
 * @param excerpt raw text around the finding, or null (stored only when the user asked)
 * @param category the data-subject category, or null (no stated purpose)
 * @param purposes the category's purposes
 * @param lastScanned epoch millis of the scan that found it
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
    long lastScanned) {

  public StoredFinding {
    subjectHashes = List.copyOf(subjectHashes);
    purposes = List.copyOf(purposes);
  }
}
