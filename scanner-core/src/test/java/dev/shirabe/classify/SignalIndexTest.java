package dev.shirabe.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * {@link SignalIndex} makes its postings without Lucene's index writer: they are those the
 * in-memory Lucene index it built before held (one document per word, in the signals' order,
 * written with the Japanese analyser), for the default policy's words and for words whose
 * second analysis could differ from the first (stop words, width, case, inflection).
 */
class SignalIndexTest {

  @Test
  void defaultPolicyPostingsAreThoseOfALuceneIndex() throws IOException {
    Policy policy = Policy.defaults();
    assertSame(policy.sections().stream().map(PolicyCategory::jaWords).toList(),
        policy.sections().stream().map(PolicyCategory::enWords).toList());
    if (!policy.handling().isEmpty()) {
      assertSame(policy.handling().stream().map(HandlingSection::jaWords).toList(),
          policy.handling().stream().map(HandlingSection::enWords).toList());
    }
  }

  @Test
  void craftedWordsPostingsAreThoseOfALuceneIndex() throws IOException {
    assertSame(
        List.of(List.of("株主名簿", "の", "ＯＢ会", "受けた委託", "ｱﾝｹｰﾄ回答", "名簿"),
            List.of("名簿の管理", "預かっている", "株主")),
        List.of(List.of("the", "Call Notes", "APPLICANTS", "ｃａｌｌ", "it's a note"),
            List.of("notes", "call", "Applicant's records")));
  }

  private static void assertSame(List<List<String>> ja, List<List<String>> en)
      throws IOException {
    try (SignalIndex index = new SignalIndex(ja, en)) {
      Map<String, List<Integer>> expected = luceneIndexPostings(index.signals());
      assertFalse(expected.isEmpty());
      Map<String, List<Integer>> actual = new TreeMap<>();
      index.postings().forEach((k, v) -> actual.put(k, java.util.Arrays.stream(v).boxed().toList()));
      assertEquals(expected, actual);
    }
  }

  /** What the index writer made of the signals' terms: ordinals by field NUL term. */
  private static Map<String, List<Integer>> luceneIndexPostings(List<SignalIndex.Signal> signals)
      throws IOException {
    Map<String, List<Integer>> postings = new TreeMap<>();
    try (Analyzer japanese = new JapaneseAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(japanese))) {
        for (SignalIndex.Signal s : signals) {
          Document doc = new Document();
          doc.add(new TextField(s.field(), String.join(" ", s.terms()), Field.Store.NO));
          writer.addDocument(doc); // document number = signal ordinal
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          for (String field : List.of("ja", "en")) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
              continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
              PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
              List<Integer> ords = postings.computeIfAbsent(
                  field + '\u0000' + term.utf8ToString(), k -> new ArrayList<>());
              for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                ords.add(leaf.docBase + d);
              }
            }
          }
        }
      }
    }
    return postings;
  }
}
