package dev.shirabe.detect.names;

import dev.shirabe.detect.Lazy;
import dev.shirabe.detect.text.EnglishSentence;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.detect.text.MaxentWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The English person-name model ({@code dictionaries/…/models/en-person.bin}, trained by
 * {@code PersonModelTrainer}; see the README beside it for its data) and a name finder over it
 * that answers as OpenNLP's does, faster ({@link EnglishNameDecoder}). Loaded once; the finder keeps state per text (its adaptive data: a name found once
 * is likelier the next time), so each thread has its own.
 */
final class EnglishPersonModel {

  private static final String MODEL = "/dev/shirabe/dictionaries/models/en-person.bin";

  /** A name the model found: tokens [start, end) of a sentence, and its probability. */
  record Found(int start, int end, double probability) {}

  /** Loaded when a text first has English sentences ({@link Lazy}). */
  static final Lazy<EnglishPersonModel> STANDARD = Lazy.of(() -> new EnglishPersonModel(load()));

  /**
   * Words read on each side of a word that may be a name. The model's features look two words
   * each way (features.xml); the two beyond those keep a window's edges (no context beyond, "a
   * sentence begins") off the features of the words within two of a candidate.
   */
  static final int MARGIN = 4;

  private final ThreadLocal<EnglishNameDecoder> finders;
  private final EnglishNameFeatures.NameLists nameLists;

  private EnglishPersonModel(TokenNameFinderModel model) {
    MaxentWeights weights = EnglishNameDecoder.weights(model);
    this.nameLists = EnglishNameDecoder.nameLists(model);
    WindowWeights window = EnglishNameDecoder.windowWeights(model);
    this.finders = ThreadLocal.withInitial(() -> new EnglishNameDecoder(model, weights, nameLists, window));
    this.listsHoldJapanese = nameLists.holdsJapanese();
  }

  /**
   * Whether a name list has a word with a kana or kanji in it: without one, {@link #mayHoldName}
   * need not look up the runs of Japanese script that make up most of Japanese text.
   */
  private final boolean listsHoldJapanese;

  static EnglishPersonModel standard() {
    return STANDARD.get();
  }

  static TokenNameFinderModel load() {
    try (InputStream in = EnglishPersonModel.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the class path (shirabe-dictionaries)");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the person model " + MODEL, e);
    }
  }

  /**
   * The names in the sentences of one text, sentence by sentence.
   *
   * <p>The model is asked only about windows of {@link #MARGIN} tokens around the tokens that
   * may be names ({@link #mayBeName}), not about whole sentences: it costs some 20–40 µs a
   * token, and most tokens of prose and mail are lower-case words far from any name. Inside a
   * window the tokens near a candidate have the features they have in the whole sentence; the
   * model would have called the tokens outside no name.
   */
  List<List<Found>> find(List<EnglishSentence> sentences) {
    EnglishNameDecoder finder = finders.get();
    finder.clearAdaptiveData(); // what one text taught must not colour the next
    List<List<Found>> out = new ArrayList<>(sentences.size());
    for (EnglishSentence sentence : sentences) {
      String[] words = sentence.words();
      List<Found> names = new ArrayList<>();
      for (int[] window : windows(words)) {
        int from = window[0];
        String[] read = from == 0 && window[1] == words.length
            ? words : Arrays.copyOfRange(words, from, window[1]);
        for (Span span : finder.find(read)) {
          names.add(new Found(from + span.getStart(), from + span.getEnd(), span.getProb()));
        }
      }
      out.add(names);
    }
    return out;
  }

  /**
   * The windows [from, to) of a sentence's words to read, in order: {@link #MARGIN} words on
   * each side of every word that may be a name, windows that touch or overlap made one.
   */
  List<int[]> windows(String[] words) {
    List<int[]> out = new ArrayList<>();
    int[] open = null;
    for (int k = 0; k < words.length; k++) {
      if (!mayBeName(words[k])) {
        continue;
      }
      int from = Math.max(0, k - MARGIN);
      int to = Math.min(words.length, k + MARGIN + 1);
      if (open != null && from <= open[1]) {
        open[1] = to;
      } else {
        open = new int[] {from, to};
        out.add(open);
      }
    }
    return out;
  }

  /**
   * False when no word of the text may be a name ({@link #mayBeName}): no capital letter, and
   * no run of letters (with its hyphens and apostrophes, or without: "anne-marie", "emily's")
   * on the model's name lists. Such text (logs, numbers, lower-case code) is not cut into
   * sentences and tokens at all, which costs more than reading it here. The check stops at the
   * first capital, so it costs nearly nothing on ordinary English.
   */
  boolean mayHoldName(CharSequence text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        return true;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int end = i;
      boolean japaneseOnly = true;
      while (end < n && (Character.isLetter(text.charAt(end)) || isJoiner(text.charAt(end)))) {
        char e = text.charAt(end);
        if (Character.isUpperCase(e)) {
          return true;
        }
        japaneseOnly &= JapaneseScript.isJapanese(e);
        end++;
      }
      if (japaneseOnly && !listsHoldJapanese) {
        // Neither it nor its pieces can be on the lists, and kana and kanji have no capitals.
        i = end;
        continue;
      }
      String run = text.subSequence(i, end).toString();
      if (mayBeName(run)) {
        return true;
      }
      for (String piece : run.split("[-'\u2019]+")) {
        if (!piece.isEmpty() && !piece.equals(run) && mayBeName(piece)) {
          return true;
        }
      }
      i = end;
    }
    return false;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019';
  }

  /**
   * A word with a capital letter, or one of the model's name lists in any case ("emily":
   * social media writes names in lower case). The surname list holds common words too ("the",
   * "my", "long"), which keeps many windows of prose long; without it (and with a margin of 3)
   * the F1 of en_wnut17_person fell by 0.015 on its held-out files, 0.037 on all.
   */
  boolean mayBeName(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    String lower = EnglishNameFeatures.lowerCase(word);
    return nameLists.contains(lower);
  }
}
