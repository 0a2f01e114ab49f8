package dev.shirabe.detect;

import dev.shirabe.detect.text.EnglishSentence;
import dev.shirabe.detect.text.EnglishSentences;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.JapaneseTokenizer;
import dev.shirabe.detect.text.WidthFolding;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text of one part as every detector sees it: the original, and a width-folded copy of
 * the same length, so that a detector can match on plain ASCII digits, dashes and brackets and
 * still report offsets into the original. Built once per part and shared by all detectors.
 */
public final class DetectionText {

  private final String original;
  private final String folded;
  private final TableLayout tables;
  private List<JapaneseToken> japaneseTokens;
  private Languages languages;
  private List<EnglishSentence> englishSentences;
  private PersonalData personalData;

  public DetectionText(String original) {
    this.original = Objects.requireNonNull(original, "original");
    String widthFolded = WidthFolding.fold(original);
    this.tables = new TableLayout(widthFolded);
    this.folded = tables.withCellsSeparatedByTabs(widthFolded);
  }

  /**
   * A finding over [start, end) of this text, its raw value taken from the original text (so
   * that a detector reading the folded copy can never report folded chars as the raw value).
   */
  public Finding finding(FindingType type, String subtype, int start, int end, String normalized,
      double confidence, String detector) {
    return new Finding(type, subtype, start, end, original.substring(start, end), normalized,
        confidence, detector);
  }

  /** The text as extracted. Finding offsets and raw values refer to it. */
  public String original() {
    return original;
  }

  /**
   * The same text, char for char, with full-width ASCII, the ideographic space, and the dash
   * and bracket variants Japanese text uses turned into their ASCII forms; and the commas
   * that separate the cells of a CSV table turned into tabs, as Tika writes other tables, so
   * that "2023/06/30,1961/04/18" reads as two values, not one number.
   */
  public String folded() {
    return folded;
  }

  /**
   * The head of the table column that holds {@code offset}, folded and lower-cased ("fax番号"),
   * or the empty string when the offset is not in the body of a table. For spreadsheets and
   * lists, where a value's label stands at the top of its column, not beside it.
   */
  public String columnHeader(int offset) {
    return tables.columnHeader(offset).toLowerCase(java.util.Locale.ROOT);
  }

  /** Where the text's tables, rows and cells are, for evidence read along a column or a row. */
  public TableLayout tables() {
    return tables;
  }

  /**
   * The names, phone numbers, mail and postal addresses and dates of birth in the text, looked
   * for on first need and kept: the row evidence of {@link IdentifierColumns}.
   */
  public PersonalData personalData() {
    if (personalData == null) {
      personalData = new PersonalData(this);
    }
    return personalData;
  }

  /**
   * Kuromoji's morphemes of the folded text (offsets as in the original), computed once on
   * first use and shared by every detector that reads Japanese; empty when the text has no
   * Japanese in it.
   */
  public List<JapaneseToken> japaneseTokens() {
    if (japaneseTokens == null) {
      japaneseTokens = hasJapanese() ? JapaneseTokenizer.tokenize(folded) : List.of();
    }
    return japaneseTokens;
  }

  /**
   * The languages of the text ({@link LanguageRouter}), computed once on first use: the
   * language each finding is reported in, and what detectors may route by.
   */
  public Languages languages() {
    if (languages == null) {
      languages = LanguageRouter.standard().languages(folded);
    }
    return languages;
  }

  /**
   * OpenNLP's sentences and tokens ({@link EnglishSentences}) of the folded text's spans that
   * are not Japanese, and of the runs of Latin script inside Japanese lines (a name in romaji
   * beside its kanji, an English word in a table row), computed once on first use and shared
   * by every detector that reads English; offsets as in the original.
   */
  public List<EnglishSentence> englishSentences() {
    if (englishSentences == null && !hasLettersOutsideJapanese()) {
      // No word to read: the English models are not loaded for it (a token without letters
      // is never a name).
      englishSentences = List.of();
    }
    if (englishSentences == null) {
      List<EnglishSentence> all = new ArrayList<>();
      EnglishSentences english = EnglishSentences.standard();
      for (LanguageSpan span : languages().spans()) {
        if (!span.lang().equals(Languages.JAPANESE)) {
          all.addAll(english.sentences(folded, span.start(), span.end()));
        } else {
          for (int[] run : latinRuns(span.start(), span.end())) {
            all.addAll(english.sentences(folded, run[0], run[1]));
          }
        }
      }
      englishSentences = List.copyOf(all);
    }
    return englishSentences;
  }

  /**
   * The runs of [start, end) without Japanese chars or line breaks that hold a word of two
   * Latin letters or more: what English analysis can read in a Japanese span.
   */
  private List<int[]> latinRuns(int start, int end) {
    List<int[]> runs = new ArrayList<>();
    int i = start;
    while (i < end) {
      while (i < end && (JapaneseScript.isJapanese(folded.charAt(i)) || folded.charAt(i) == '\n')) {
        i++;
      }
      int from = i;
      int letters = 0;
      int longest = 0;
      while (i < end && !JapaneseScript.isJapanese(folded.charAt(i)) && folded.charAt(i) != '\n') {
        letters = Character.isLetter(folded.charAt(i)) ? letters + 1 : 0;
        longest = Math.max(longest, letters);
        i++;
      }
      if (longest >= 2) {
        runs.add(new int[] {from, i});
      }
    }
    return runs;
  }

  /** Whether the text has a letter outside Japanese script: a word English analysis can read. */
  public boolean hasLettersOutsideJapanese() {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetter(c) && !JapaneseScript.isJapanese(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasJapanese() {
    for (int i = 0; i < folded.length(); i++) {
      if (JapaneseScript.isJapanese(folded.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public int length() {
    return original.length();
  }
}
