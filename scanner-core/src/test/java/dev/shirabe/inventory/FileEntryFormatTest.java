package dev.shirabe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** A file's entry as stored now, and as an inventory written before first-seen times holds it. */
class FileEntryFormatTest {

  private static FileEntry readBack(Document d, String path) throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        w.addDocument(d);
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        return InventoryDocuments.fileEntry(path, leaf, 0);
      }
    }
  }

  @Test
  void anEntryKeepsItsFirstSeenTime() throws Exception {
    FileEntry e = new FileEntry("/share/a.txt", 10, 20, "abc", 3000, "broken", 1, 2, 0, 1000);
    assertEquals(e, readBack(InventoryDocuments.file(e, List.of()), e.path()));
  }

  @Test
  void anEntryKeepsWhatAnalysedItAndItsCountsPerType() throws Exception {
    FileEntry e = new FileEntry("/share/a.txt", 10, 20, "abc", 3000, null, 1, 5, 0, 1000,
        new dev.shirabe.pipeline.AnalysisFingerprint(1, -2, Long.MAX_VALUE),
        java.util.Map.of(dev.shirabe.vocabulary.FindingType.EMAIL, 2,
            dev.shirabe.vocabulary.FindingType.PERSON, 3));
    assertEquals(e, readBack(InventoryDocuments.file(e, List.of()), e.path()));
    FileEntry none = new FileEntry("/share/b.txt", 10, 20, "abc", 3000, null, 1, 0, 0, 1000,
        null, java.util.Map.of());
    assertEquals(none, readBack(InventoryDocuments.file(none, List.of()), none.path()));
  }

  @Test
  void anOlderEntryIsFirstSeenWhenLastRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) { // the format before first seen
      out.writeLong(10);
      out.writeLong(20);
      out.writeLong(3000);
      out.writeInt(1);
      out.writeInt(2);
      out.writeInt(0);
      out.writeUTF("abc");
      out.writeBoolean(false);
    }
    Document d = new Document();
    d.add(new BinaryDocValuesField(InventoryDocuments.FILE_ENTRY, new BytesRef(bytes.toByteArray())));
    assertEquals(new FileEntry("/share/a.txt", 10, 20, "abc", 3000, null, 1, 2, 0, 3000),
        readBack(d, "/share/a.txt"));
  }
}
