package dev.shirabe.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the inventory as it stood at its last commit when opened (a point-in-time view: a
 * scan running meanwhile does not change what this searcher sees). Every lookup is a term
 * query on an indexed identifier. Thread-safe.
 */
public final class InventorySearcher implements InventoryReader {

  private final Directory directory;
  private final IndexReader reader;
  private final IndexSearcher searcher;

  private InventorySearcher(Directory directory, IndexReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * The inventory in {@code folder} as last committed; an empty one when the folder holds no
   * inventory yet.
   */
  public static InventorySearcher open(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return new InventorySearcher(null, new MultiReader());
    }
    FSDirectory fs = FSDirectory.open(folder);
    try {
      if (!DirectoryReader.indexExists(fs)) {
        fs.close();
        return new InventorySearcher(null, new MultiReader());
      }
      return new InventorySearcher(fs, DirectoryReader.open(fs));
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
  }

  @Override
  public List<StoredFinding> findingsWithSubjects(Collection<String> subjectHashes)
      throws IOException {
    if (subjectHashes.isEmpty()) {
      return List.of();
    }
    List<BytesRef> terms = subjectHashes.stream().map(BytesRef::new).toList();
    return all(kind(InventoryDocuments.FINDING_KIND)
            .add(new TermInSetQuery(InventoryDocuments.SUBJECT, terms), Occur.FILTER).build(),
        InventoryDocuments::storedFinding);
  }

  @Override
  public List<StoredFinding> findingsInPart(String file, String part) throws IOException {
    List<StoredFinding> found = all(kind(InventoryDocuments.FINDING_KIND)
            .add(term(InventoryDocuments.FILE, file), Occur.FILTER)
            .add(term(InventoryDocuments.PART, part), Occur.FILTER).build(),
        InventoryDocuments::storedFinding);
    return sortedInTextOrder(found);
  }

  /** Every finding of the file, part by part in locator order, each part in text order. */
  public List<StoredFinding> findingsOfFile(String file) throws IOException {
    List<StoredFinding> found = all(kind(InventoryDocuments.FINDING_KIND)
            .add(term(InventoryDocuments.FILE, file), Occur.FILTER).build(),
        InventoryDocuments::storedFinding);
    found = new ArrayList<>(found);
    found.sort(Comparator.comparing(StoredFinding::part)
        .thenComparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end));
    return found;
  }

  /** The parts of the file the inventory holds, in locator order. */
  public List<PartEntry> partsOfFile(String file) throws IOException {
    List<PartEntry> parts = new ArrayList<>(all(kind(InventoryDocuments.PART_KIND)
            .add(term(InventoryDocuments.FILE, file), Occur.FILTER).build(),
        InventoryDocuments::partEntry));
    parts.sort(Comparator.comparing(PartEntry::locator));
    return parts;
  }

  /** What the inventory remembers of the file, if it holds it. */
  public Optional<FileEntry> file(String path) throws IOException {
    List<FileEntry> found = all(
        new TermQuery(new Term(InventoryDocuments.FILE_RECORD, path)), InventoryDocuments::fileEntry);
    return found.stream().findFirst();
  }

  /**
   * The paths of the files held that are {@code path} itself or lie under it (a folder), in
   * no particular order.
   */
  public List<String> filesUnder(String path) throws IOException {
    String separator = java.io.File.separator;
    String folder = path.endsWith(separator) ? path : path + separator;
    Query under = new BooleanQuery.Builder()
        .add(term(InventoryDocuments.FILE_RECORD, path), Occur.SHOULD)
        .add(new PrefixQuery(new Term(InventoryDocuments.FILE_RECORD, folder)), Occur.SHOULD)
        .build();
    return all(under, d -> d.get(InventoryDocuments.FILE));
  }

  /** The number of files held. */
  public long fileCount() throws IOException {
    return searcher.count(kind(InventoryDocuments.FILE_KIND).build());
  }

  @Override
  public long findingCount() throws IOException {
    return searcher.count(kind(InventoryDocuments.FINDING_KIND).build());
  }

  private static BooleanQuery.Builder kind(String kind) {
    return new BooleanQuery.Builder().add(term(InventoryDocuments.KIND, kind), Occur.FILTER);
  }

  private static TermQuery term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }

  private <T> List<T> all(Query query, Function<Document, T> read) throws IOException {
    int count = searcher.count(query);
    if (count == 0) {
      return List.of();
    }
    ScoreDoc[] hits = searcher.search(query, count).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<T> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(read.apply(stored.document(hit.doc)));
    }
    return out;
  }

  private static List<StoredFinding> sortedInTextOrder(List<StoredFinding> findings) {
    List<StoredFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end));
    return sorted;
  }

  @Override
  public void close() throws IOException {
    try (Directory d = directory) {
      reader.close();
    }
  }
}
