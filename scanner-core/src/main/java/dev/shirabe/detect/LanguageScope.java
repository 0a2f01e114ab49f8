package dev.shirabe.detect;

/**
 * The language spans ({@link Languages}) a detector reads. A detector whose analysis belongs to
 * one language (Kuromoji's parts of speech, an English name model) declares it through {@link
 * Detector#scope()}, and {@link DetectorSet} keeps only the findings that start in spans of its
 * scope; {@link DetectionText} hands it the text of those spans ({@link
 * DetectionText#spans(LanguageScope)}, {@link DetectionText#englishSentences()}). Detectors of
 * script-neutral data (mail addresses, phone and card numbers) read everything.
 */
public enum LanguageScope {

  /** Every span, whatever its language. */
  ANY,

  /** Japanese spans only. */
  JAPANESE,

  /**
   * Every span that is not Japanese: English, other Latin-script languages, and text too short
   * to tell ({@value Languages#UNDETERMINED}), such as a signature of a name and a title.
   */
  NOT_JAPANESE;

  /** True when a span in {@code lang} is read. */
  public boolean covers(String lang) {
    return switch (this) {
      case ANY -> true;
      case JAPANESE -> lang.equals(Languages.JAPANESE);
      case NOT_JAPANESE -> !lang.equals(Languages.JAPANESE);
    };
  }
}
