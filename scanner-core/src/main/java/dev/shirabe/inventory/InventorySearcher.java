package dev.shirabe.inventory;

import dev.shirabe.pipeline.PartProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
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

  /**
   * Each thread's terms enumerations of the file-entry field, one per segment: a rescan looks
   * up every file walked, and an enumeration is cheaper to re-seek than to build.
   */
  private final ThreadLocal<TermsEnum[]> fileRecordTerms;

  /** Each thread's terms enumerations of the findings-of-a-file field, one per segment. */
  private final ThreadLocal<TermsEnum[]> findingOfTerms;

  /**
   * Each thread's stored-fields readers for documents that lie side by side, one per segment:
   * a lookup reads a hundred small files, and a new reader each time grew a new buffer for
   * the block it inflated (most of the 60 MB a lookup allocated at 1,000,000 findings).
   */
  private final ThreadLocal<StoredFields[]> adjacentReaders;

  private InventorySearcher(Directory directory, IndexReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.fileRecordTerms = ThreadLocal.withInitial(() -> new TermsEnum[reader.leaves().size()]);
    this.findingOfTerms = ThreadLocal.withInitial(() -> new TermsEnum[reader.leaves().size()]);
    this.adjacentReaders = ThreadLocal.withInitial(() -> new StoredFields[reader.leaves().size()]);
  }

  /**
   * The inventory in {@code folder} as last committed, for reports: one that no scan has
   * put anything in yet is refused too, as it would say nothing is held.
   *
   * @throws UnusableInventoryException when the folder holds no usable inventory, with the
   *     reason (missing, empty, other files, half-written, damaged, never scanned)
   */
  public static InventorySearcher open(Path folder) throws IOException {
    DirectoryReader reader = InventoryFolder.open(folder);
    try {
      Map<String, String> data = reader.getIndexCommit().getUserData();
      if (reader.numDocs() == 0 && !data.containsKey(CommitData.SCAN_FINISHED)) {
        throw UnusableInventoryException.neverScanned(folder);
      }
      return new InventorySearcher(reader.directory(), reader);
    } catch (IOException | RuntimeException e) {
      InventoryFolder.close(reader);
      throw e;
    }
  }

  /**
   * As {@link #open(Path)}, for lookups of keyed hashes made with {@code hasher}'s key: the
   * inventory must record that it was written with that key, or every lookup would miss.
   *
   * @throws WrongKeyException when it was written with another key
   * @throws UnusableInventoryException as {@link #open(Path)}, and when it records no key
   */
  public static InventorySearcher open(Path folder, KeyedHasher hasher) throws IOException {
    InventorySearcher searcher = open(folder);
    try {
      DirectoryReader reader = (DirectoryReader) searcher.reader;
      if (!CommitData.requireKey(reader.getIndexCommit().getUserData(), hasher, folder)) {
        throw UnusableInventoryException.noKeyRecorded(folder, hasher.file());
      }
      return searcher;
    } catch (IOException | RuntimeException e) {
      searcher.close();
      throw e;
    }
  }

  /** The inventory a writer has just opened (and so committed): what a rescan compares with. */
  static InventorySearcher openWritten(Path folder) throws IOException {
    DirectoryReader reader = InventoryFolder.open(folder);
    return new InventorySearcher(reader.directory(), reader);
  }

  @Override
  public List<StoredFinding> findingsWithSubjects(Collection<String> subjectHashes)
      throws IOException {
    if (subjectHashes.isEmpty()) {
      return List.of();
    }
    List<BytesRef> terms = subjectHashes.stream().map(BytesRef::new).toList();
    return all(kind(InventoryDocuments.FINDING_KIND)
            .add(new TermInSetQuery(InventoryDocuments.SUBJECT, terms), Occur.FILTER).build());
  }

  @Override
  public List<StoredFinding> findingsInPart(String file, String part) throws IOException {
    // Both terms, so that a part of a mail archive reads its own findings, not the archive's.
    Query query = new BooleanQuery.Builder()
        .add(term(InventoryDocuments.FINDING_OF, file), Occur.FILTER)
        .add(term(InventoryDocuments.PART, part), Occur.FILTER)
        .build();
    return sortedInTextOrder(all(query));
  }

  /**
   * A file with at most this many findings has a part's findings read from the file's own
   * postings, all of them: its findings lie side by side and are inflated once. The range
   * query on {@link InventoryDocuments#START_POINT} visits every finding of the segment that
   * starts in the range, and in a million findings of short lists that is nearly all of them
   * (half of a lookup's time at 1,000,000 findings).
   */
  static final int READ_WHOLE_FILE_UP_TO = 1024;

  @Override
  public List<StoredFinding> findingsInPart(String file, String part, int from, int to)
      throws IOException {
    List<StoredFinding> small = findingsOfSmallFile(file);
    if (small != null) {
      List<StoredFinding> near = new ArrayList<>();
      for (StoredFinding f : small) {
        if (f.part().equals(part) && f.start() >= from && f.start() <= to) {
          near.add(f);
        }
      }
      return sortedInTextOrder(near);
    }
    Query query = new BooleanQuery.Builder()
        .add(term(InventoryDocuments.FINDING_OF, file), Occur.FILTER)
        .add(term(InventoryDocuments.PART, part), Occur.FILTER)
        .add(org.apache.lucene.document.IntPoint.newRangeQuery(
            InventoryDocuments.START_POINT, from, to), Occur.FILTER)
        .build();
    return sortedInTextOrder(all(query));
  }

  /**
   * The live findings of the file in index order, or null when it holds more than {@link
   * #READ_WHOLE_FILE_UP_TO} (deleted ones counted: the bound comes from the terms alone).
   */
  private List<StoredFinding> findingsOfSmallFile(String file) throws IOException {
    BytesRef term = new BytesRef(file);
    TermsEnum[] enums = findingOfTerms.get();
    List<LeafReaderContext> leaves = reader.leaves();
    boolean[] holds = new boolean[leaves.size()];
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      if (enums[leaf.ord] == null) {
        Terms terms = leaf.reader().terms(InventoryDocuments.FINDING_OF);
        enums[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
      }
      holds[leaf.ord] = enums[leaf.ord].seekExact(term);
      docs += holds[leaf.ord] ? enums[leaf.ord].docFreq() : 0;
      if (docs > READ_WHOLE_FILE_UP_TO) {
        return null;
      }
    }
    List<StoredFinding> out = new ArrayList<>((int) docs);
    StoredFields[] readers = adjacentReaders.get();
    for (LeafReaderContext leaf : leaves) {
      if (!holds[leaf.ord]) {
        continue;
      }
      if (readers[leaf.ord] == null) {
        readers[leaf.ord] = leaf.reader() instanceof CodecReader codec
            ? codec.getFieldsReader().getMergeInstance() // a private copy: not shared
            : leaf.reader().storedFields();
      }
      PostingsEnum postings = enums[leaf.ord].postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          out.add(InventoryDocuments.storedFinding(readers[leaf.ord], doc));
        }
      }
    }
    return out;
  }

  /** Every finding of the file, part by part in locator order, each part in text order. */
  public List<StoredFinding> findingsOfFile(String file) throws IOException {
    return inFileOrder(withTerm(InventoryDocuments.FINDING_OF, file,
        InventoryDocuments::storedFinding, true));
  }

  /**
   * As {@link #findingsOfFile}, with only what a report shows of each finding: no hashes,
   * excerpt, name form or scan time (they are left empty), which a rescan that prints the
   * findings of every unchanged file need not decode.
   */
  public List<StoredFinding> shownFindingsOfFile(String file) throws IOException {
    return inFileOrder(withTerm(InventoryDocuments.FINDING_OF, file, (stored, doc) -> {
      InventoryDocuments.FindingFields fields = new InventoryDocuments.FindingFields(true);
      stored.document(doc, fields);
      return fields.finding();
    }, true));
  }

  private static List<StoredFinding> inFileOrder(List<StoredFinding> found) {
    found.sort(Comparator.comparing(StoredFinding::part)
        .thenComparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end));
    return found;
  }

  /** Reads one stored document of a segment. */
  @FunctionalInterface
  private interface DocumentReader<T> {
    T read(StoredFields stored, int doc) throws IOException;
  }

  /** The parts of the file the inventory holds, in locator order. */
  public List<PartEntry> partsOfFile(String file) throws IOException {
    List<PartEntry> parts = withTerm(InventoryDocuments.PART_OF, file, InventoryDocuments::partEntry);
    parts.sort(Comparator.comparing(PartEntry::locator));
    return parts;
  }

  /** What the inventory remembers of the file, if it holds it. */
  public Optional<FileEntry> file(String path) throws IOException {
    BytesRef term = new BytesRef(path);
    TermsEnum[] enums = fileRecordTerms.get();
    for (LeafReaderContext leaf : reader.leaves()) {
      if (enums[leaf.ord] == null) {
        Terms terms = leaf.reader().terms(InventoryDocuments.FILE_RECORD);
        enums[leaf.ord] = terms == null ? TermsEnum.EMPTY : terms.iterator();
      }
      TermsEnum te = enums[leaf.ord];
      if (!te.seekExact(term)) {
        continue;
      }
      PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return Optional.of(InventoryDocuments.fileEntry(path, leaf.reader(), doc));
        }
      }
    }
    return Optional.empty();
  }

  private static PostingsEnum postings(LeafReaderContext leaf, String field, BytesRef term)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    return te.seekExact(term) ? te.postings(null, PostingsEnum.NONE) : null;
  }

  /** The parts of the file that could not be read when it was last read. */
  public List<PartProblem> problemsOfFile(String path) throws IOException {
    List<List<PartProblem>> found =
        withTerm(InventoryDocuments.FILE_RECORD, path, InventoryDocuments::problems);
    return found.isEmpty() ? List.of() : found.get(0);
  }

  /**
   * The live documents holding one term, read straight from the postings of each segment:
   * the per-file lookups of a rescan run once per file walked, so they skip query planning.
   */
  private <T> List<T> withTerm(String field, String value, Function<Document, T> read)
      throws IOException {
    return withTerm(field, value, (stored, doc) -> read.apply(stored.document(doc)), false);
  }

  /**
   * As {@link #withTerm(String, String, Function)}; {@code adjacent} when the documents lie
   * side by side (a file's findings, added together): they are then read through a reader
   * that keeps the compressed block it inflated for the next one. The usual reader inflates
   * part of a block again for every document, which made most of a rescan's cost when it
   * replayed 60 findings a file.
   */
  private <T> List<T> withTerm(String field, String value, DocumentReader<T> read,
      boolean adjacent) throws IOException {
    List<T> out = new ArrayList<>();
    BytesRef term = new BytesRef(value);
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum docs = postings(leaf, field, term);
      if (docs == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = adjacent && leaf.reader() instanceof CodecReader codec
          ? codec.getFieldsReader().getMergeInstance() // a private copy: not shared
          : leaf.reader().storedFields();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          out.add(read.read(stored, doc));
        }
      }
    }
    return out;
  }

  /**
   * The paths of the files held that are {@code path} itself or lie under it (a folder), in
   * path order.
   */
  public List<String> filesUnder(String path) throws IOException {
    List<String> out = new ArrayList<>();
    forEachFileUnder(path, out::add);
    return out;
  }

  /**
   * Gives each path held that is {@code path} or lies under it, in path order, straight from
   * the terms dictionary: a share of a million files is walked without loading their entries.
   */
  public void forEachFileUnder(String path, Consumer<String> action) throws IOException {
    forEachUnder(InventoryDocuments.FILE_RECORD, path, (held, doc) -> action.accept(held));
  }

  /**
   * The paths the scans met under {@code path} (or at it) and did not read on purpose (links,
   * pipes, sockets, devices), in path order. Files are not among them.
   */
  public List<SkippedPath> skippedUnder(String path) throws IOException {
    List<SkippedPath> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    forEachUnder(InventoryDocuments.SKIPPED_PATH, path,
        (held, doc) -> out.add(InventoryDocuments.skippedPath(stored.document(doc))));
    return out;
  }

  /** Receives a path held and the (top-level) number of its live document. */
  @FunctionalInterface
  private interface HeldAction {
    void accept(String held, int doc) throws IOException;
  }

  /** Each path in {@code field} that is {@code path} or lies under it, in path order. */
  private void forEachUnder(String field, String path, HeldAction action) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    String separator = java.io.File.separator;
    String folder = path.endsWith(separator) ? path : path + separator;
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum te = terms.iterator();
    if (te.seekCeil(new BytesRef(path)) == TermsEnum.SeekStatus.END) {
      return;
    }
    PostingsEnum docs = null;
    for (BytesRef term = te.term(); term != null; term = te.next()) {
      String held = term.utf8ToString();
      boolean under = held.startsWith(folder);
      if (!held.startsWith(path)) {
        return; // terms are sorted: every path starting with this one came already
      }
      if (!under && !held.equals(path)) {
        continue; // "/share-old/a" or "/share2/a" when looking under "/share"
      }
      docs = te.postings(docs, PostingsEnum.NONE);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          action.accept(held, doc);
          break;
        }
      }
    }
  }

  /**
   * The findings the selection names: at most {@code limit} of them (the first in index order,
   * shown in file, part and text order), and how many there are in all.
   */
  public Selected select(FindingSelection selection, int limit) throws IOException {
    Query query = query(selection);
    int total = searcher.count(query);
    if (total == 0 || limit <= 0) {
      return new Selected(List.of(), total);
    }
    ScoreDoc[] hits = searcher.search(query, Math.min(limit, total)).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<StoredFinding> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(InventoryDocuments.storedFinding(stored, hit.doc));
    }
    out.sort(Comparator.comparing(StoredFinding::file).thenComparing(StoredFinding::part)
        .thenComparingInt(StoredFinding::start).thenComparingInt(StoredFinding::end));
    return new Selected(out, total);
  }

  /**
   * Some of the findings a selection names, and their number.
   *
   * @param findings at most the limit asked for
   * @param total how many the selection names in all
   */
  public record Selected(List<StoredFinding> findings, long total) {
    public Selected {
      findings = List.copyOf(findings);
    }
  }

  /** What the findings are browsed by: one indexed field each. */
  public enum Facet {
    TYPE(InventoryDocuments.TYPE),
    CATEGORY(InventoryDocuments.CATEGORY),
    FLAG(InventoryDocuments.FLAG);

    private final String field;

    Facet(String field) {
      this.field = field;
    }
  }

  /**
   * The number of findings per value of the facet (types, category ids, flags), in value
   * order; for {@link Facet#CATEGORY} the findings with none count under {@link
   * FindingSelection#NO_CATEGORY}.
   */
  public Map<String, Long> countBy(Facet facet) throws IOException {
    Map<String, Long> counts = new java.util.TreeMap<>();
    Terms terms = MultiTerms.getTerms(reader, facet.field);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String value = term.utf8ToString();
        // Counted by a query, not docFreq: that counts the deleted findings of rewritten files.
        long n = searcher.count(kind(InventoryDocuments.FINDING_KIND)
            .add(term(facet.field, value), Occur.FILTER).build());
        if (n > 0) {
          counts.put(value, n);
        }
      }
    }
    if (facet == Facet.CATEGORY) {
      long none = searcher.count(query(
          new FindingSelection(null, FindingSelection.NO_CATEGORY, null, null)));
      if (none > 0) {
        counts.put(FindingSelection.NO_CATEGORY, none);
      }
    }
    return counts;
  }

  private static Query query(FindingSelection s) {
    BooleanQuery.Builder q = kind(InventoryDocuments.FINDING_KIND);
    if (s.type() != null) {
      q.add(term(InventoryDocuments.TYPE, s.type()), Occur.FILTER);
    }
    if (FindingSelection.NO_CATEGORY.equals(s.category())) {
      // Any term of the field: a finding with a category has one.
      q.add(new PrefixQuery(new Term(InventoryDocuments.CATEGORY, "")), Occur.MUST_NOT);
    } else if (s.category() != null) {
      q.add(term(InventoryDocuments.CATEGORY, s.category()), Occur.FILTER);
    }
    if (s.flag() != null) {
      q.add(term(InventoryDocuments.FLAG, s.flag()), Occur.FILTER);
    }
    if (s.under() != null) {
      String path = s.under();
      String folder = path.endsWith(java.io.File.separator) ? path : path + java.io.File.separator;
      q.add(new BooleanQuery.Builder()
          .add(term(InventoryDocuments.FINDING_OF, path), Occur.SHOULD)
          .add(new PrefixQuery(new Term(InventoryDocuments.FINDING_OF, folder)), Occur.SHOULD)
          .build(), Occur.FILTER);
    }
    return q.build();
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

  /** The findings the query matches, in index order. */
  private List<StoredFinding> all(Query query) throws IOException {
    int count = searcher.count(query);
    if (count == 0) {
      return List.of();
    }
    ScoreDoc[] hits = searcher.search(query, count).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<StoredFinding> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(InventoryDocuments.storedFinding(stored, hit.doc));
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
