package dev.shirabe.classify;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The policy's signal words indexed in Lucene, in memory: one document per word, Japanese
 * words analysed with Kuromoji (search mode: 株主名簿 is 株主 + 名簿, base forms, width-folded),
 * English ones with Lucene's English analyzer (stemmed: applicants, applicant). A context is
 * analysed the same two ways and its terms are the query, a disjunction over the index's
 * postings (read into memory once, see {@link #postings}); a word matches when all its terms
 * are in the context, one after the other, so 株主名簿 needs 株主 then 名簿 (a lone 名簿 says
 * nothing) and "call notes" does not match "call me … your note". Thread-safe.
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
  private final List<Signal> signals = new ArrayList<>();
  private final Map<String, int[]> postings;
  /** What a context must hold for Kuromoji to be worth running on it; see {@link JapaneseKeys}. */
  private final JapaneseKeys japaneseKeys;

  SignalIndex(Policy policy) {
    this(policy.sections().stream().map(PolicyCategory::jaWords).toList(),
        policy.sections().stream().map(PolicyCategory::enWords).toList());
  }

  /**
   * The words of some sections (the policy's categories, or its handling sections), section
   * {@code s} having the Japanese words {@code ja.get(s)} and the English {@code en.get(s)}.
   */
  SignalIndex(List<List<String>> ja, List<List<String>> en) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(japanese))) {
      for (int s = 0; s < ja.size(); s++) {
        for (String word : ja.get(s)) {
          add(writer, s, word, JA, japanese);
        }
        for (String word : en.get(s)) {
          add(writer, s, word, EN, english);
        }
      }
      writer.commit();
      this.reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      this.postings = postings(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.japaneseKeys = new JapaneseKeys(
        signals.stream().filter(s -> s.field().equals(JA)).map(Signal::terms).toList());
  }

  /**
   * The index's term dictionary and postings, as signal ordinals by {@code field NUL term}.
   * The catalogue is small (a few hundred words), so it is read into memory once: looking a
   * context up is then a hash probe per term, where a Lucene search per context would build
   * and seek a term state per term, several times the cost of the rest of the classification.
   */
  private static Map<String, int[]> postings(DirectoryReader reader) throws IOException {
    Map<String, int[]> postings = new HashMap<>();
    StoredFields stored = reader.storedFields();
    int[] signalOfDoc = new int[reader.maxDoc()];
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      signalOfDoc[doc] = stored.document(doc).getField(ORD).numericValue().intValue();
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : List.of(JA, EN)) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          List<Integer> ords = new ArrayList<>();
          PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = docs.nextDoc()) {
            ords.add(signalOfDoc[leaf.docBase + doc]);
          }
          postings.merge(field + '\u0000' + term.utf8ToString(),
              ords.stream().mapToInt(Integer::intValue).toArray(),
              (a, b) -> java.util.stream.IntStream.concat(
                  java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray());
        }
      }
    }
    return Map.copyOf(postings);
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

  /** The indexed signal words, with their terms. */
  List<Signal> signals() {
    return List.copyOf(signals);
  }

  /**
   * The signals whose terms all occur in {@code text}.
   */
  List<Signal> find(String text) {
    return find(text, true);
  }

  /**
   * {@link #find(String)}; with {@code screen} false, the context is analysed with Kuromoji
   * even where {@link JapaneseKeys} says no Japanese signal can be in it (for tests: the
   * results must be the same).
   */
  List<Signal> find(String text, boolean screen) {
    if (text.isBlank()) {
      return List.of();
    }
    // Kuromoji on every row and block near a finding costs as much as a quarter of detection
    // (a second tokenization of the text); most of them hold no signal word.
    boolean mayHoldJapanese = hasJapanese(text) && (!screen || japaneseKeys.mayMatch(text));
    List<String> ja = mayHoldJapanese ? terms(japanese, JA, text) : List.of();
    List<String> en = hasLatin(text) ? terms(english, EN, text) : List.of();
    List<Signal> found = new ArrayList<>();
    BitSet seen = new BitSet(signals.size());
    collect(JA, ja, seen, found);
    collect(EN, en, seen, found);
    if (found.size() > 1) {
      found.removeIf(s -> subsumed(s, found, s.field().equals(JA) ? ja : en));
    }
    return found;
  }

  /**
   * Whether every occurrence of {@code s} lies inside an occurrence of a longer word of its
   * section that was found too: 株主 inside 株主名簿 is one piece of evidence, not two.
   */
  private static boolean subsumed(Signal s, List<Signal> found, List<String> context) {
    List<Integer> own = positions(context, s.terms());
    for (int p : own) {
      boolean inside = false;
      for (Signal t : found) {
        if (t == s || t.section() != s.section() || !t.field().equals(s.field())
            || t.terms().size() <= s.terms().size()) {
          continue;
        }
        for (int q : positions(context, t.terms())) {
          if (q <= p && p + s.terms().size() <= q + t.terms().size()) {
            inside = true;
            break;
          }
        }
        if (inside) {
          break;
        }
      }
      if (!inside) {
        return false;
      }
    }
    return !own.isEmpty();
  }

  private static List<Integer> positions(List<String> context, List<String> terms) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i + terms.size() <= context.size(); i++) {
      if (context.subList(i, i + terms.size()).equals(terms)) {
        positions.add(i);
      }
    }
    return positions;
  }

  /** The signals of {@code field} that a term of the context leads to and that it covers. */
  private void collect(String field, List<String> context, BitSet seen, List<Signal> found) {
    for (String term : context) {
      int[] posting = postings.get(field + '\u0000' + term);
      if (posting == null) {
        continue;
      }
      for (int ord : posting) {
        if (seen.get(ord)) {
          continue;
        }
        seen.set(ord);
        Signal s = signals.get(ord);
        if (s.terms().size() == 1 || Collections.indexOfSubList(context, s.terms()) >= 0) {
          found.add(s);
        }
      }
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
