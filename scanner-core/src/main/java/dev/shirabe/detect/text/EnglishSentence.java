package dev.shirabe.detect.text;

import java.util.List;

/**
 * One sentence of Latin-script text with its tokens, as OpenNLP's English sentence detector and
 * tokenizer cut it ({@link EnglishSentences}). Offsets are into the whole text.
 *
 * @param start offset of the sentence's first char
 * @param end offset after its last char
 * @param tokens the tokens in order
 */
public record EnglishSentence(int start, int end, List<Token> tokens) {

  /** One token: its chars [start, end) of the text, and those chars. */
  public record Token(int start, int end, String text) {}

  public EnglishSentence {
    tokens = List.copyOf(tokens);
  }

  /** The tokens' texts, as OpenNLP's name finder takes them. */
  public String[] words() {
    String[] words = new String[tokens.size()]; // a loop: a stream cost 3 % of all detectors here
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return words;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }
}
