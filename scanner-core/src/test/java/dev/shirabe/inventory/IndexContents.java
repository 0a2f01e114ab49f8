package dev.shirabe.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** Everything an index holds, two ways, for tests that look for raw values in it. */
final class IndexContents {

  private IndexContents() {}

  /**
   * Every file's bytes as UTF-8. Stored fields are LZ4-compressed, so a value repeated within a
   * block may not show here: {@link #values} reads them decompressed.
   */
  static String bytes(Path index) throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(index)) {
      for (Path file : files.toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  /** Every indexed term, stored value and binary doc value, as Lucene reads them. */
  static List<String> values(Path index) throws Exception {
    List<String> out = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        for (FieldInfo field : leaf.reader().getFieldInfos()) {
          Terms terms = leaf.reader().terms(field.name);
          if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
              out.add(term.utf8ToString());
            }
          }
          BinaryDocValues binary = leaf.reader().getBinaryDocValues(field.name);
          if (binary != null) {
            while (binary.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              BytesRef b = binary.binaryValue();
              // Leniently: a value may be binary with strings inside (a file's entry).
              out.add(new String(b.bytes, b.offset, b.length, StandardCharsets.UTF_8));
            }
          }
        }
        StoredFields stored = leaf.reader().storedFields();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          Document d = stored.document(doc);
          for (IndexableField f : d.getFields()) {
            if (f.stringValue() != null) {
              out.add(f.stringValue());
            }
          }
        }
      }
    }
    return out;
  }

  /** True when any value read by {@link #values} or any file's bytes contain {@code raw}. */
  static boolean holds(Path index, String raw) throws Exception {
    return bytes(index).contains(raw) || values(index).stream().anyMatch(v -> v.contains(raw));
  }
}
