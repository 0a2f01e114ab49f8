package dev.shirabe.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The languages of one text: spans that cover it from start to end, adjacent spans in
 * different languages. Immutable. Detectors may route by it (Japanese analysis on Japanese
 * spans, English on the others); every finding is reported in the language at its start.
 */
public final class Languages {

  /** ISO 639-2's code for "undetermined": too little text, or no language clear enough. */
  public static final String UNDETERMINED = "und";

  public static final String JAPANESE = "ja";

  private final List<LanguageSpan> spans;

  /** @param spans in text order, each starting where the one before ends */
  Languages(List<LanguageSpan> spans) {
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i).start() != spans.get(i - 1).end()) {
        throw new IllegalArgumentException("spans must be contiguous: " + spans);
      }
    }
    this.spans = List.copyOf(spans);
  }

  /** The whole text in one language. */
  public static Languages single(int length, String lang) {
    return new Languages(List.of(new LanguageSpan(0, length, lang)));
  }

  public List<LanguageSpan> spans() {
    return spans;
  }

  /**
   * The language of the span that holds {@code offset}; the last span's for the text's end;
   * {@value #UNDETERMINED} for an empty text.
   */
  public String languageAt(int offset) {
    if (spans.isEmpty()) {
      return UNDETERMINED;
    }
    int low = 0;
    int high = spans.size() - 1;
    while (low < high) { // the last span that starts at or before the offset
      int mid = (low + high + 1) >>> 1;
      if (spans.get(mid).start() <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return spans.get(low).lang();
  }

  /** True when some span is in {@code lang}. */
  public boolean contains(String lang) {
    return spans.stream().anyMatch(s -> s.lang().equals(lang));
  }

  /**
   * The languages of a text analysed in consecutive pieces: each piece's spans moved by the
   * piece's offset, a span that continues the language of the one before joined to it.
   *
   * @param offsets where each piece starts in the whole text
   */
  static Languages concatenate(List<Languages> pieces, List<Integer> offsets) {
    List<LanguageSpan> all = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      for (LanguageSpan span : pieces.get(p).spans) {
        appendJoining(all, span.shiftedBy(offsets.get(p)));
      }
    }
    return new Languages(all);
  }

  /** Adds the span, or stretches the last one when it is in the same language. */
  static void appendJoining(List<LanguageSpan> spans, LanguageSpan span) {
    int last = spans.size() - 1;
    if (last >= 0 && spans.get(last).lang().equals(span.lang())) {
      spans.set(last, new LanguageSpan(spans.get(last).start(), span.end(), span.lang()));
    } else {
      spans.add(span);
    }
  }

  @Override
  public String toString() {
    return spans.toString();
  }
}
