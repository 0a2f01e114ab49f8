package dev.shirabe.detect;

import java.util.Objects;

/**
 * A stretch of a text written in one language.
 *
 * @param start offset of the first char
 * @param end offset after the last char
 * @param lang an ISO 639-1 code ("ja", "en", "fr"), the ISO 639-3 code of a language that has
 *     none, or {@value Languages#UNDETERMINED} when the text does not tell
 */
public record LanguageSpan(int start, int end, String lang) {

  public LanguageSpan {
    Objects.requireNonNull(lang, "lang");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  LanguageSpan shiftedBy(int delta) {
    return new LanguageSpan(start + delta, end + delta, lang);
  }
}
