package dev.shirabe.detect.names;

import dev.shirabe.detect.Lazy;
import dev.shirabe.detect.text.EnglishSentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * The English person-name model ({@code dictionaries/…/models/en-person.bin}, trained by
 * {@code PersonModelTrainer}; see the README beside it for its data) and OpenNLP's name finder
 * over it. Loaded once; the finder keeps state per text (its adaptive data: a name found once
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

  private final ThreadLocal<NameFinderME> finders;
  private final Dictionary givenNames;
  private final Dictionary surnames;

  private EnglishPersonModel(TokenNameFinderModel model) {
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    this.givenNames = nameList(model, "given-names.dict");
    this.surnames = nameList(model, "surnames.dict");
  }

  static EnglishPersonModel standard() {
    return STANDARD.get();
  }

  private static TokenNameFinderModel load() {
    try (InputStream in = EnglishPersonModel.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the class path (shirabe-dictionaries)");
      }
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the person model " + MODEL, e);
    }
  }

  /** One of the name lists stored in the model for its name features. */
  private static Dictionary nameList(TokenNameFinderModel model, String name) {
    Object list = model.getArtifact(name);
    if (!(list instanceof Dictionary dictionary)) {
      throw new IllegalStateException(MODEL + " holds no name list " + name);
    }
    return dictionary;
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
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData(); // what one text taught must not colour the next
    List<List<Found>> out = new ArrayList<>(sentences.size());
    for (EnglishSentence sentence : sentences) {
      String[] words = sentence.words();
      List<Found> names = new ArrayList<>();
      for (int[] window : windows(words)) {
        int from = window[0];
        String[] read = from == 0 && window[1] == words.length
            ? words : Arrays.copyOfRange(words, from, window[1]);
        Span[] spans = finder.find(read);
        double[] probabilities = finder.probs(spans);
        for (int i = 0; i < spans.length; i++) {
          names.add(new Found(from + spans[i].getStart(), from + spans[i].getEnd(), probabilities[i]));
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
    StringList asList = new StringList(word);
    return givenNames.contains(asList) || surnames.contains(asList);
  }
}
