package dev.shirabe.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

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

  private static final class Holder {
    static final EnglishPersonModel STANDARD = new EnglishPersonModel(load());
  }

  private final ThreadLocal<NameFinderME> finders;

  private EnglishPersonModel(TokenNameFinderModel model) {
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  static EnglishPersonModel standard() {
    return Holder.STANDARD;
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

  /** The names in the sentences of one text, sentence by sentence. */
  List<List<Found>> find(List<EnglishSentence> sentences) {
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData(); // what one text taught must not colour the next
    List<List<Found>> out = new ArrayList<>(sentences.size());
    for (EnglishSentence sentence : sentences) {
      Span[] spans = finder.find(sentence.words());
      double[] probabilities = finder.probs(spans);
      List<Found> names = new ArrayList<>(spans.length);
      for (int i = 0; i < spans.length; i++) {
        names.add(new Found(spans[i].getStart(), spans[i].getEnd(), probabilities[i]));
      }
      out.add(names);
    }
    return out;
  }
}
