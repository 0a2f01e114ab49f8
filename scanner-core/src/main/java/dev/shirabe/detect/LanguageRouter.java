package dev.shirabe.detect;

import dev.shirabe.detect.text.JapaneseScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Tells the languages of a text, line by line, cheaply. The script decides first: lines where
 * kana and kanji dominate are Japanese. Consecutive lines in Latin script form one run, and
 * OpenNLP's language detector (the 103-language model of {@code opennlp-models-langdetect},
 * read from the class path) reads a bounded sample of each run's words, so that its cost does
 * not grow with the text. Lines with too few letters to tell (blank lines, numbers, "Tel:")
 * belong to the run before them, and so do Latin runs too short to judge (a product name
 * alone on a line of a Japanese mail): only a text with nothing to judge by is undetermined.
 *
 * <p>Thread-safe; one instance is shared ({@link #standard()}), as the model is large.
 */
public final class LanguageRouter {

  private static final String MODEL = "/langdetect-183.bin";

  /** A line with fewer Latin letters than this (in words) does not make a Latin run. */
  private static final int MIN_LINE_LETTERS = 4;

  /** A Latin run with fewer letters than this is too short for the detector to judge. */
  private static final int MIN_SAMPLE_LETTERS = 20;

  /**
   * How much of a Latin run the detector reads first: its first words, up to this many chars.
   * The model's cost grows with the sample (about 75 µs a run at 150 chars, 230 at 400); a
   * sentence or two is enough to tell English, French and German apart.
   */
  private static final int SAMPLE_CHARS = 150;

  /**
   * When the first sample leaves the detector unsure, it reads up to this many chars of the
   * run once more: a contract's title and legal words ("Master Services Agreement …") look
   * nearly as much like Latin as like English at 150 chars, and clearly English at 450.
   */
  private static final int LONG_SAMPLE_CHARS = 450;

  /**
   * The detector's best language is taken only when it is this many times as probable as the
   * second: over 103 languages its probabilities are low even for a clear sentence (0.07 for
   * an English one, 2.5 times the next), while a list of names scores nearly flat (1.06).
   */
  private static final double MIN_LEAD = 1.5;

  /**
   * At most this many Latin runs of a text go to the detector (60–90 µs each, more when it
   * reads a run twice); later ones, in a text that switches script line after line (a
   * bilingual form), take the language of the last run it judged.
   */
  static final int MAX_DETECTIONS = 32;

  /**
   * The bundled model, loaded when a text first has a Latin run long enough to judge: Japanese
   * text, and text with nothing to judge by, never need it.
   */
  static final Lazy<MaxentModel> BUNDLED_MODEL = Lazy.of(() -> loadModel().getMaxentModel());

  private static final LanguageRouter STANDARD = new LanguageRouter(BUNDLED_MODEL);

  // Its evaluation keeps no state: one model serves every thread.
  private final Lazy<MaxentModel> model;
  private final Map<String, String> twoLetterCodes = twoLetterCodes();

  private LanguageRouter(Lazy<MaxentModel> model) {
    this.model = model;
  }

  /** The router with the bundled model, loaded on first use. */
  public static LanguageRouter standard() {
    return STANDARD;
  }

  private static LanguageDetectorModel loadModel() {
    try (InputStream in = LanguageRouter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the class path (opennlp-models-langdetect)");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model " + MODEL, e);
    }
  }

  private enum Script { JAPANESE, LATIN, NEUTRAL }

  /** One line's script and the letters of its Latin words. */
  private record Line(Script script, int latinLetters) {}

  /** A run of lines in one script, with the words of its Latin lines (bounded). */
  private static final class Run {
    final Script script;
    final int start;
    int end;
    int letters;
    final StringBuilder sample = new StringBuilder();

    Run(Script script, int start) {
      this.script = script;
      this.start = start;
    }
  }

  /**
   * The language spans of {@code text}, best given width-folded (full-width Latin letters
   * count as Latin).
   */
  public Languages languages(CharSequence text) {
    List<Run> runs = new ArrayList<>();
    Run current = null;
    int lineStart = 0;
    StringBuilder words = new StringBuilder();
    while (lineStart < text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      words.setLength(0);
      Line line = classify(text, lineStart, lineEnd, words);
      Script script = line.script();
      if (script == Script.NEUTRAL) {
        if (current != null) {
          current.end = lineEnd;
        }
      } else {
        if (current == null || current.script != script) {
          current = new Run(script, current == null ? 0 : lineStart); // leading neutral lines join it
          runs.add(current);
        }
        current.end = lineEnd;
        if (script == Script.LATIN) {
          current.letters += line.latinLetters();
          if (current.sample.length() < LONG_SAMPLE_CHARS) {
            current.sample.append(words, 0, Math.min(words.length(), LONG_SAMPLE_CHARS - current.sample.length()));
          }
        }
      }
      lineStart = lineEnd;
    }
    return spans(runs, text.length());
  }

  /**
   * Runs cover the text from start to end (the first starts at 0, each stretches over the
   * neutral lines after it); a Latin run too short to tell (null) joins the span before it, or
   * the span after it when it leads.
   */
  private Languages spans(List<Run> runs, int length) {
    List<LanguageSpan> spans = new ArrayList<>();
    int detections = 0;
    String lastDetected = Languages.UNDETERMINED;
    for (Run run : runs) {
      String lang;
      if (run.script == Script.JAPANESE) {
        lang = Languages.JAPANESE;
      } else if (run.letters < MIN_SAMPLE_LETTERS) {
        lang = null;
      } else if (detections < MAX_DETECTIONS) {
        detections++;
        lang = lastDetected = detect(run.sample);
      } else {
        lang = lastDetected;
      }
      if (lang == null && !spans.isEmpty()) {
        LanguageSpan last = spans.remove(spans.size() - 1);
        spans.add(new LanguageSpan(last.start(), run.end, last.lang()));
      } else if (lang != null) {
        Languages.appendJoining(spans, new LanguageSpan(spans.isEmpty() ? 0 : run.start, run.end, lang));
      }
    }
    return spans.isEmpty() ? Languages.single(length, Languages.UNDETERMINED) : new Languages(spans);
  }

  /**
   * The language of a Latin run's sample: its first {@link #SAMPLE_CHARS}, or all of it when
   * those leave the detector unsure; {@value Languages#UNDETERMINED} when it stays unsure.
   */
  private String detect(CharSequence sample) {
    String lang = detectIn(sample.subSequence(0, Math.min(sample.length(), SAMPLE_CHARS)));
    return lang.equals(Languages.UNDETERMINED) && sample.length() > SAMPLE_CHARS
        ? detectIn(sample)
        : lang;
  }

  private String detectIn(CharSequence sample) {
    MaxentModel model = this.model.get();
    double[] probabilities = model.eval(features(sample));
    int best = 0;
    int second = -1;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        second = best;
        best = i;
      } else if (second < 0 || probabilities[i] > probabilities[second]) {
        second = i;
      }
    }
    if (second >= 0 && probabilities[best] < MIN_LEAD * probabilities[second]) {
      return Languages.UNDETERMINED;
    }
    String lang = model.getOutcome(best);
    return twoLetterCodes.getOrDefault(lang, lang);
  }

  /**
   * The model's features: the distinct char 1- to 3-grams of the lower-cased sample, as
   * LanguageDetectorME's context generator makes them, but without its URL, e-mail, number,
   * emoji and Twitter normalizers (a sample holds no such tokens, see {@link #classify}) and
   * its n-gram model's char buffers, which took four fifths of the detector's time.
   */
  private static String[] features(CharSequence sample) {
    String lower = sample.toString().toLowerCase(Locale.ROOT);
    Set<String> grams = new HashSet<>();
    for (int i = 0; i < lower.length(); i++) {
      for (int n = 1; n <= 3 && i + n <= lower.length(); n++) {
        grams.add(lower.substring(i, i + n));
      }
    }
    return grams.toArray(String[]::new);
  }

  private static int lineEnd(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return text.length();
  }

  /**
   * Japanese when kana and kanji are at least half as many as the Latin letters (a Japanese
   * char carries about as much as an English word's two or three letters); Latin when the
   * line's words have {@link #MIN_LINE_LETTERS} letters or more; otherwise neutral. Words are
   * the whitespace-separated tokens without digits, '@', '/' or '_': addresses, URLs and
   * numbers tell nothing of the language. The line's words are appended to {@code words}, as
   * many as a sample can use.
   */
  private static Line classify(CharSequence text, int start, int end, StringBuilder words) {
    int japanese = 0;
    int latin = 0;
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int tokenStart = i;
      int tokenLetters = 0;
      boolean word = true;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        char c = text.charAt(i++);
        if (JapaneseScript.isJapanese(c)) {
          japanese++;
        } else if (isLatinLetter(c)) {
          tokenLetters++;
        } else if (Character.isDigit(c) || c == '@' || c == '/' || c == '_') {
          word = false;
        }
      }
      if (word && tokenLetters > 0) {
        latin += tokenLetters;
        if (words.length() < LONG_SAMPLE_CHARS) {
          words.append(text, tokenStart, i).append(' ');
        }
      }
    }
    if (japanese > 0 && japanese * 2 >= latin) {
      return new Line(Script.JAPANESE, latin);
    }
    return new Line(latin >= MIN_LINE_LETTERS ? Script.LATIN : Script.NEUTRAL, latin);
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x250 ? Character.isLetter(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** ISO 639-3 (the model's codes) to ISO 639-1, for the languages that have both. */
  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
    }
    return Map.copyOf(codes);
  }
}
