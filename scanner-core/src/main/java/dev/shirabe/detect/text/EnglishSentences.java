package dev.shirabe.detect.text;

import dev.shirabe.detect.Lazy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Cuts Latin-script text into sentences and tokens with OpenNLP's English models (UD English
 * EWT, from {@code opennlp-models-sentdetect-en} and {@code opennlp-models-tokenizer-en}, read
 * from the class path). Each line is cut on its own: in the files Shirabe reads, a line break
 * ends a unit far more often than it wraps a sentence (mail headers, signatures, address
 * blocks, table rows), and a name model trained on lines ({@code PersonModelTrainer}) sees the
 * same units as at detection.
 *
 * <p>Tokens are cut as OpenNLP's {@code TokenizerME} cuts them, by {@link EnglishTokenizer},
 * which reads the same model for less.
 *
 * <p>Thread-safe: the models are loaded once and shared; OpenNLP's sentence detector keeps
 * state per call, so each thread has its own.
 */
public final class EnglishSentences {

  private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** A line longer than this is cut into pieces of it at spaces: a table row, a dump. */
  static final int MAX_LINE = 2000;

  /** Loaded when a text first has letters outside Japanese script ({@link Lazy}). */
  public static final Lazy<EnglishSentences> STANDARD = Lazy.of(EnglishSentences::new);

  private final ThreadLocal<SentenceDetectorME> sentences;
  /** The chars the sentence model may end a sentence at ("." "!" "?" for EWT). */
  private final char[] enders;
  /** Whether the model has abbreviations, which make its answers at an end read the words before it. */
  private final boolean abbreviations;
  private final EnglishTokenizer tokenizer;

  private EnglishSentences() {
    SentenceModel sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
    TokenizerModel tokenModel = alphaNumericOptimised(load(TOKEN_MODEL, TokenizerModel::new));
    this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    this.enders = sentenceModel.getEosCharacters();
    this.abbreviations = sentenceModel.getAbbreviations() != null;
    this.tokenizer = new EnglishTokenizer(tokenModel);
  }

  /** The shared instance, its models loaded on first use. */
  public static EnglishSentences standard() {
    return STANDARD.get();
  }

  /**
   * The same tokenizer, with OpenNLP's alphanumeric optimisation on: a run of letters and digits
   * between spaces ("Smith", "2024") is one token without asking the model at each of its chars.
   * Most tokens of prose and mail are such, and the model is not asked about them; it still
   * cuts every run with punctuation ("Smith,", "can't", "a.b@c.jp"). The EWT model is
   * published with the optimisation off.
   */
  static TokenizerModel alphaNumericOptimised(TokenizerModel model) {
    TokenizerFactory factory = new TokenizerFactory(model.getFactory().getLanguageCode(),
        model.getAbbreviations(), true, model.getFactory().getAlphaNumericPattern());
    return new TokenizerModel(model.getMaxentModel(), Map.of(), factory);
  }

  interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = EnglishSentences.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + resource, e);
    }
  }

  /** The sentences of text[start, end), offsets into the whole text; lines without a letter are skipped. */
  public List<EnglishSentence> sentences(String text, int start, int end) {
    List<EnglishSentence> out = new ArrayList<>();
    SentenceDetectorME detector = sentences.get();
    int lineStart = start;
    while (lineStart < end) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 || newline >= end ? end : newline;
      int pieceStart = lineStart;
      while (pieceStart < lineEnd) {
        int pieceEnd = pieceEnd(text, pieceStart, lineEnd);
        if (hasLetter(text, pieceStart, pieceEnd)) {
          String piece = text.substring(pieceStart, pieceEnd);
          Span[] found = !mayHoldSentenceEnd(piece) ? whole(piece)
              : endsOnlyAtItsEnd(piece) ? trimmed(piece) : detector.sentPosDetect(piece);
          for (Span s : found) {
            out.add(sentence(tokenizer, piece, s, pieceStart));
          }
        }
        pieceStart = pieceEnd;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** The sentences of a whole text. */
  public List<EnglishSentence> sentences(String text) {
    return sentences(text, 0, text.length());
  }

  /**
   * False for a line with none of the chars that may end a sentence: it is one sentence, and
   * the sentence model (about a third of the cost of cutting) need not read it. Most lines of
   * mails, signatures and tables are such.
   */
  private static boolean mayHoldSentenceEnd(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code SentenceDetectorME.sentPosDetect} would give the piece as one sentence
   * whatever its model says: no char the model ends a sentence at, or all of them in the
   * piece's last word ("What are my options?", "Really?!"), so that the model is asked about
   * that word's last one only (it skips an ender followed by another before the next white
   * space), and a split there leaves nothing after it. Either answer is then the piece
   * trimmed ({@link #trimmed}). Most lines of prose with one sentence are such: the model's
   * context strings and look-ups were a third of cutting sentences and tokens.
   */
  private boolean endsOnlyAtItsEnd(String piece) {
    if (abbreviations) {
      return false;
    }
    int last = -1;
    int first = -1;
    for (int i = 0; i < piece.length(); i++) {
      if (isEnder(piece.charAt(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = Math.max(first, 0); i < piece.length(); i++) {
      if (EnglishTokenizer.isWhitespace(piece.charAt(i)) != i > last) {
        return false; // white space before the last ender, or a word after it
      }
    }
    return true;
  }

  private boolean isEnder(char c) {
    for (char ender : enders) {
      if (c == ender) {
        return true;
      }
    }
    return false;
  }

  /** The piece as one sentence, trimmed as {@code SentenceDetectorME} trims (its white space). */
  private static Span[] trimmed(String piece) {
    return new Span[] {new Span(0, piece.length()).trim(piece)};
  }

  /** The piece as one sentence, without the white space around it. */
  private static Span[] whole(String piece) {
    int start = 0;
    int end = piece.length();
    while (start < end && Character.isWhitespace(piece.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(piece.charAt(end - 1))) {
      end--;
    }
    return new Span[] {new Span(start, end)};
  }

  private static int pieceEnd(String text, int from, int lineEnd) {
    if (lineEnd - from <= MAX_LINE) {
      return lineEnd;
    }
    int space = text.lastIndexOf(' ', from + MAX_LINE);
    return space > from ? space + 1 : from + MAX_LINE;
  }

  private static EnglishSentence sentence(EnglishTokenizer tokenizer, String piece, Span s, int offset) {
    // Room for a token every five chars, so that the list seldom grows.
    List<EnglishSentence.Token> tokens = new ArrayList<>(2 + (s.getEnd() - s.getStart()) / 5);
    tokenizer.tokenize(piece, s.getStart(), s.getEnd(), (from, to) ->
        tokens.add(new EnglishSentence.Token(offset + from, offset + to, piece.substring(from, to))));
    return new EnglishSentence(offset + s.getStart(), offset + s.getEnd(), tokens);
  }

  private static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
