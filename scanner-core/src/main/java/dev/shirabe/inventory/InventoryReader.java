package dev.shirabe.inventory;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/** Read access to the findings an inventory holds; what subject lookups and reports use. */
public interface InventoryReader extends Closeable {

  /** Every finding that carries at least one of the keyed subject hashes. */
  List<StoredFinding> findingsWithSubjects(Collection<String> subjectHashes) throws IOException;

  /** Every finding of one part of one file, in text order. */
  List<StoredFinding> findingsInPart(String file, String part) throws IOException;

  /**
   * The findings of one part that start within {@code from..to} (inclusive), in text order:
   * what stands near a finding, without reading a part of many thousand findings whole (a
   * customer list is one part). The default reads the part and keeps those.
   */
  default List<StoredFinding> findingsInPart(String file, String part, int from, int to)
      throws IOException {
    return findingsInPart(file, part).stream()
        .filter(f -> f.start() >= from && f.start() <= to)
        .toList();
  }

  /** The number of findings held. */
  long findingCount() throws IOException;
}
