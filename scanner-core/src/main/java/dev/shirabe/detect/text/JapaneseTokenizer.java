package dev.shirabe.detect.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Kuromoji (Lucene's Japanese morphological analyser, IPADIC) with Shirabe's user dictionary
 * ({@code kuromoji/userdict.txt}: rare surnames and given names, in Kuromoji's CSV format).
 * Normal mode (compounds kept whole, as names and places are written), punctuation kept, so
 * that offsets cover the whole text.
 *
 * <p>Thread-safe: each thread reuses its own Lucene tokenizer (they are not shareable, and
 * cheap to reuse but not to build); the dictionaries behind them are shared.
 */
public final class JapaneseTokenizer {

  private static final String USER_DICTIONARY = "/dev/shirabe/dictionaries/kuromoji/userdict.txt";

  private static final UserDictionary USER = loadUserDictionary();

  private static final String PROPER_NOUN = "名詞-固有名詞";

  private static final ThreadLocal<Analyzer> PER_THREAD = ThreadLocal.withInitial(Analyzer::new);

  private JapaneseTokenizer() {}

  /** The morphemes of the text, in order. */
  public static List<JapaneseToken> tokenize(String text) {
    return PER_THREAD.get().tokenize(text);
  }

  /**
   * Runs Lucene's tokenizer over the text and only counts the tokens: Kuromoji's bare speed,
   * the baseline that Japanese detection is measured against.
   */
  public static int countTokens(String text) {
    return PER_THREAD.get().count(text);
  }

  private static UserDictionary loadUserDictionary() {
    try (InputStream in = JapaneseTokenizer.class.getResourceAsStream(USER_DICTIONARY)) {
      if (in == null) {
        return null;
      }
      return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + USER_DICTIONARY, e);
    }
  }

  /**
   * One thread's recent token surfaces, so that a word met again is the same String: a text's
   * particles, suffixes and names come back hundreds of times, and each fresh copy was an
   * allocation whose hash the name detector's memos then computed again and whose chars they
   * compared again (an equal key is found by identity first). Direct-mapped by the chars' hash:
   * a word whose slot another took is simply made afresh. Only short words: long ones rarely
   * recur.
   *
   * <p>Each slot's chars are kept besides its String, side by side in one array: a look-up
   * compares them there, in one cache line of a 128 KB table, instead of reading the String
   * and then its bytes, two lines anywhere in the heap (the comparison was 4 % of all Japanese
   * detection's CPU in a profile, mostly waiting for those lines).
   */
  static final class Surfaces {
    private static final int SLOTS = 1 << 13;
    private static final int LONGEST = 8;
    private final String[] slots = new String[SLOTS];
    /** Slot s's chars at [s * LONGEST, s * LONGEST + lengths[s]). */
    private final char[] chars = new char[SLOTS * LONGEST];
    /** Each slot's length; -1 while it is empty. */
    private final byte[] lengths = new byte[SLOTS];

    Surfaces() {
      Arrays.fill(lengths, (byte) -1);
    }

    String of(char[] word, int length) {
      if (length > LONGEST) {
        return new String(word, 0, length);
      }
      int hash = 0;
      for (int k = 0; k < length; k++) {
        hash = 31 * hash + word[k];
      }
      int slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
      int at = slot * LONGEST;
      if (lengths[slot] == length && same(word, at, length)) {
        return slots[slot];
      }
      String fresh = new String(word, 0, length);
      slots[slot] = fresh;
      System.arraycopy(word, 0, chars, at, length);
      lengths[slot] = (byte) length;
      return fresh;
    }

    private boolean same(char[] word, int at, int length) {
      for (int k = 0; k < length; k++) {
        if (chars[at + k] != word[k]) {
          return false;
        }
      }
      return true;
    }
  }

  /** One thread's tokenizer and its attributes. */
  private static final class Analyzer {
    final org.apache.lucene.analysis.ja.JapaneseTokenizer tokenizer =
        new org.apache.lucene.analysis.ja.JapaneseTokenizer(USER, false, true, Mode.NORMAL);
    final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
    final Surfaces surfaces = new Surfaces();

    int count(String text) {
      int n = 0;
      try (Reader reader = new StringReader(text)) {
        tokenizer.setReader(reader);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          n++;
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        closeQuietly();
      }
      return n;
    }

    private void closeQuietly() {
      try {
        tokenizer.close();
      } catch (IOException e) {
        // nothing held
      }
    }

    List<JapaneseToken> tokenize(String text) {
      List<JapaneseToken> tokens = new ArrayList<>(text.length() / 2 + 1);
      try (Reader reader = new StringReader(text)) {
        tokenizer.setReader(reader);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String pos = this.pos.getPartOfSpeech();
          pos = pos == null ? "" : pos;
          // Readings cost a dictionary lookup each; only proper nouns' are ever used.
          tokens.add(new JapaneseToken(
              offset.startOffset(),
              offset.endOffset(),
              surfaces.of(term.buffer(), term.length()),
              pos,
              pos.startsWith(PROPER_NOUN) ? reading.getReading() : null));
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      } finally {
        closeQuietly();
      }
      return tokens;
    }
  }
}
