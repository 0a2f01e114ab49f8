package dev.shirabe.subject;

import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Part;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.inventory.InventoryReader;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.inventory.SubjectKeys;
import dev.shirabe.pipeline.FindingRecord;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An inventory in memory, filled by a real scan and holding what the Lucene one holds (hashes
 * and masked values, no raw value): what lookups are tested against.
 */
final class MemoryInventory implements InventoryReader, ScanListener {

  private final KeyedHasher hasher;
  private final List<StoredFinding> findings = new ArrayList<>();

  MemoryInventory(KeyedHasher hasher) {
    this.hasher = hasher;
  }

  /** Scans the roots into a new inventory. */
  static MemoryInventory scan(KeyedHasher hasher, Path... roots) throws InterruptedException {
    MemoryInventory inventory = new MemoryInventory(hasher);
    ScanOptions options = ScanOptions.defaults().withThreads(1);
    new ScanPipeline(options, new TikaExtractor(options.limits()), DetectorSet.standard())
        .run(List.of(roots), inventory);
    return inventory;
  }

  static StoredFinding stored(KeyedHasher hasher, FindingRecord r) {
    List<String> subjects = SubjectKeys.of(r.finding()).stream().map(hasher::hash).toList();
    return new StoredFinding(r.file(), r.part(), r.finding().type().name(), r.finding().subtype(),
        hasher.hash(r.finding().type() + ":" + r.finding().normalized()), subjects, r.masked(),
        null, r.finding().start(), r.finding().end(), r.finding().confidence(),
        r.finding().detector(), r.lang(), r.category(), r.purposes(), 0L);
  }

  @Override
  public synchronized void part(SourceFile file, Part part, List<FindingRecord> records) {
    records.forEach(r -> findings.add(stored(hasher, r)));
  }

  synchronized void add(StoredFinding finding) {
    findings.add(finding);
  }

  synchronized List<StoredFinding> all() {
    return List.copyOf(findings);
  }

  @Override
  public synchronized List<StoredFinding> findingsWithSubjects(Collection<String> hashes) {
    Set<String> wanted = new HashSet<>(hashes);
    return findings.stream().filter(f -> f.subjectHashes().stream().anyMatch(wanted::contains)).toList();
  }

  @Override
  public synchronized List<StoredFinding> findingsInPart(String file, String part) {
    return findings.stream()
        .filter(f -> f.file().equals(file) && f.part().equals(part))
        .sorted(Comparator.comparingInt(StoredFinding::start))
        .toList();
  }

  @Override
  public synchronized long findingCount() {
    return findings.size();
  }

  @Override
  public void close() {}
}
