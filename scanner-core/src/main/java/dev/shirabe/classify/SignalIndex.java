package dev.shirabe.classify;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The policy's signal words indexed in memory: Japanese words analysed with Kuromoji (search
 * mode: 株主名簿 is 株主 + 名簿, base forms, width-folded), English ones with Lucene's English
 * analyzer (stemmed: applicants, applicant). A context is analysed the same two ways and its
 * terms are the query, a disjunction over the index's postings (see {@link #add}); a word
 * matches when all its terms
 * are in the context, one after the other, so 株主名簿 needs 株主 then 名簿 (a lone 名簿 says
 * nothing) and "call notes" does not match "call me … your note". Thread-safe.
 */
final class SignalIndex implements Closeable {

  /** One signal word: the section it speaks for and the terms it analyses to, in order. */
  record Signal(int section, String word, String field, List<String> terms) {}

  private static final String JA = "ja";
  private static final String EN = "en";

  private final Analyzer japanese = new JapaneseAnalyzer();
  private final Analyzer english = new EnglishAnalyzer();
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
    Map<String, List<Integer>> ords = new HashMap<>();
    for (int s = 0; s < ja.size(); s++) {
      for (String word : ja.get(s)) {
        add(ords, s, word, JA, japanese);
      }
      for (String word : en.get(s)) {
        add(ords, s, word, EN, english);
      }
    }
    Map<String, int[]> postings = new HashMap<>();
    ords.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    this.postings = Map.copyOf(postings);
    this.japaneseKeys = new JapaneseKeys(
        signals.stream().filter(s -> s.field().equals(JA)).map(Signal::terms).toList());
  }

  /**
   * Indexes one word as signal {@code signals.size()}, unless it analyses to stop words only
   * (a particle, "the": it would match nothing).
   *
   * <p>The postings, signal ordinals in ascending order by {@code field NUL term}, are those an
   * in-memory Lucene index of the words held (one document per word, its terms joined by
   * spaces in a text field of an index whose analyser was the Japanese one, so that each
   * field's terms were analysed a second time by it): the catalogue is small (a few hundred
   * words), so it is kept in memory and a context is looked up by a hash probe per term.
   * Made here directly: writing, committing and reading back the index cost a scan some
   * 0.2 s of CPU at each start (two indexes), for the same map ({@code SignalIndexTest}
   * compares them).
   */
  private void add(Map<String, List<Integer>> ords, int section, String word, String field,
      Analyzer analyzer) {
    List<String> terms = terms(analyzer, field, word);
    if (terms.isEmpty()) {
      return;
    }
    int ord = signals.size();
    signals.add(new Signal(section, word, field, terms));
    for (String term : new LinkedHashSet<>(terms(japanese, field, String.join(" ", terms)))) {
      ords.computeIfAbsent(field + '\u0000' + term, k -> new ArrayList<>()).add(ord);
    }
  }

  /** The postings, for tests: signal ordinals by {@code field NUL term}. */
  Map<String, int[]> postings() {
    return postings;
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
    try (japanese; english) {
      // closed in reverse order by try-with-resources
    }
  }
}
