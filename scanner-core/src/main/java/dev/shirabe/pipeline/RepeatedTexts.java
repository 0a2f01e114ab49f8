package dev.shirabe.pipeline;

import dev.shirabe.detect.Analysis;
import dev.shirabe.detect.DetectorSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The detectors' analyses of the longer texts a {@link FileScan} has read (one scan's, or a
 * scanner's scans with the same detectors), so that a text read again is not analysed again: the same attachment in several mails of an archive, a stylesheet attached
 * twice to one mail, a document both alone and inside a zip. The detectors read nothing but the
 * text ({@link DetectorSet#analyse(String)}), so the same text gives the same findings and
 * languages; what depends on the part (its locator, its classification, which reads the file's
 * path and the part's headers) is still done for each part.
 *
 * <p>Texts are compared whole ({@link String#equals}), never by a digest, so two texts can
 * never share an analysis by a collision. The texts held are bounded ({@link #MAX_CHARS}, the
 * least recently used dropped first); short texts are not kept, since analysing one costs
 * little. Only texts of one segment ({@link DetectorSet#SEGMENT_CHARS} at most) are kept, whose
 * analysis is handed on whole. Thread-safe.
 */
final class RepeatedTexts {

  /** Shorter texts are analysed again: a mail's short body costs less than keeping it. */
  static final int MIN_CHARS = 2_048;
  /** Chars held at most (8 MB), beside the 64 MB of parts the pipeline keeps in flight. */
  static final long MAX_CHARS = 4L * 1024 * 1024;

  private final Map<String, Analysis> known = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  /** Whether the text is long enough to keep, and short enough to be one segment. */
  static boolean worthKeeping(String text) {
    return text.length() >= MIN_CHARS && text.length() <= DetectorSet.SEGMENT_CHARS;
  }

  /** The analysis of a text equal to this one, or null. */
  synchronized Analysis get(String text) {
    return worthKeeping(text) ? known.get(text) : null;
  }

  /** Keeps the text's analysis (when worth keeping), dropping the least recently used ones. */
  synchronized void put(String text, Analysis analysis) {
    if (!worthKeeping(text) || known.containsKey(text)) {
      return;
    }
    known.put(text, analysis);
    chars += text.length();
    Iterator<String> oldest = known.keySet().iterator();
    while (chars > MAX_CHARS && oldest.hasNext()) {
      chars -= oldest.next().length();
      oldest.remove();
    }
  }

  /** The chars held now (for tests). */
  synchronized long chars() {
    return chars;
  }
}
