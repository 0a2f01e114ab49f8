package dev.shirabe.detect;

import dev.shirabe.detect.text.JapaneseScript;

/**
 * The language spans ({@link Languages}) a detector reads. A detector whose analysis belongs to
 * one language (Kuromoji's parts of speech, an English name model) declares it through {@link
 * Detector#scope()}, and {@link DetectorSet} keeps only the findings that start in spans of its
 * scope ({@link #reads}); {@link DetectionText} hands it what it reads of them, computed once
 * for all detectors ({@link DetectionText#englishSentences()}, {@link
 * DetectionText#japaneseTokens()}). Detectors of script-neutral data (mail addresses, phone
 * and card numbers) read everything.
 *
 * <p>Spans are cut line by line, and a line goes with the script that dominates it, so words of
 * the other script inside a line are routed by their own script: a name in kanji in a line of
 * English ("By: 青葉 一郎 (Ichiro Aoba)") is Japanese analysis's, a name in Latin letters in a
 * line of Japanese ("小川 ひなた（Hinata Ogawa）") English analysis's.
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

  /**
   * True when a finding of {@code value} that starts in a span in {@code lang} is this scope's:
   * its span is, or the finding is written in the scope's script inside a span of the other
   * (Japanese script for {@link #JAPANESE}, none for {@link #NOT_JAPANESE}).
   */
  public boolean reads(String lang, CharSequence value) {
    return switch (this) {
      case ANY -> true;
      case JAPANESE -> covers(lang) || JapaneseScript.containsJapanese(value);
      case NOT_JAPANESE -> covers(lang) || !JapaneseScript.containsJapanese(value);
    };
  }

  /** True when a span in {@code lang} is read. */
  public boolean covers(String lang) {
    return switch (this) {
      case ANY -> true;
      case JAPANESE -> lang.equals(Languages.JAPANESE);
      case NOT_JAPANESE -> !lang.equals(Languages.JAPANESE);
    };
  }
}
