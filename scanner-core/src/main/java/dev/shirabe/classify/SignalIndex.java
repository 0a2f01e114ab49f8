package dev.shirabe.classify;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The policy's signal words indexed in Lucene, in memory: one document per word, Japanese
 * words analysed with Kuromoji (search mode: 株主名簿 is 株主 + 名簿, base forms, width-folded),
 * English ones with Lucene's English analyzer (stemmed: applicants, applicant). A context is
 * analysed the same two ways and becomes the query; a word matches when all its terms are in
 * the context, one after the other, so 株主名簿 needs 株主 then 名簿 (a lone 名簿 says nothing)
 * and "call notes" does not match "call me … your note". Thread-safe.
 */
final class SignalIndex implements Closeable {

  /** One signal word: the section it speaks for and the terms it analyses to, in order. */
  record Signal(int section, String word, String field, List<String> terms) {}

  private static final String JA = "ja";
  private static final String EN = "en";
  private static final String ORD = "ord";

  private final Analyzer japanese = new JapaneseAnalyzer();
  private final Analyzer english = new EnglishAnalyzer();
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final List<Signal> signals = new ArrayList<>();
  /** The signal of each Lucene document, by doc id: read once, so a search reads no stored field. */
  private final int[] signalOfDoc;

  SignalIndex(Policy policy) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(japanese))) {
      List<PolicyCategory> sections = policy.sections();
      for (int s = 0; s < sections.size(); s++) {
        for (String word : sections.get(s).jaWords()) {
          add(writer, s, word, JA, japanese);
        }
        for (String word : sections.get(s).enWords()) {
          add(writer, s, word, EN, english);
        }
      }
      writer.commit();
      this.reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.searcher = new IndexSearcher(reader);
    try {
      signalOfDoc = new int[reader.maxDoc()];
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        signalOfDoc[doc] = stored.document(doc).getField(ORD).numericValue().intValue();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(IndexWriter writer, int section, String word, String field, Analyzer analyzer)
      throws IOException {
    List<String> terms = terms(analyzer, field, word);
    if (terms.isEmpty()) {
      // Only stop words (a particle, "the"): it would match nothing, so it is not indexed.
      return;
    }
    Document doc = new Document();
    doc.add(new TextField(field, String.join(" ", terms), Field.Store.NO));
    doc.add(new StoredField(ORD, signals.size()));
    writer.addDocument(doc);
    signals.add(new Signal(section, word, field, terms));
  }

  /** The number of indexed signal words. */
  int size() {
    return signals.size();
  }

  /**
   * The signals whose terms all occur in {@code text}.
   */
  List<Signal> find(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<String> ja = hasJapanese(text) ? terms(japanese, JA, text) : List.of();
    List<String> en = hasLatin(text) ? terms(english, EN, text) : List.of();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    int clauses = 0;
    int max = IndexSearcher.getMaxClauseCount();
    for (String t : new LinkedHashSet<>(ja)) {
      if (clauses++ < max) {
        query.add(new TermQuery(new Term(JA, t)), BooleanClause.Occur.SHOULD);
      }
    }
    for (String t : new LinkedHashSet<>(en)) {
      if (clauses++ < max) {
        query.add(new TermQuery(new Term(EN, t)), BooleanClause.Occur.SHOULD);
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    try {
      ScoreDoc[] hits = searcher.search(query.build(), Math.max(1, signals.size())).scoreDocs;
      List<Signal> found = new ArrayList<>();
      for (ScoreDoc hit : hits) {
        Signal s = signals.get(signalOfDoc[hit.doc]);
        if (s.terms().size() == 1 || Collections.indexOfSubList(
            s.field().equals(JA) ? ja : en, s.terms()) >= 0) {
          found.add(s);
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The terms of {@code text}, in order. */
  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static boolean hasJapanese(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF)
          || (c >= 0xFF66 && c <= 0xFF9F)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ')
          || (c >= 'Ａ' && c <= 'Ｚ')) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() throws IOException {
    try (directory; reader; japanese; english) {
      // closed in reverse order by try-with-resources
    }
  }
}
