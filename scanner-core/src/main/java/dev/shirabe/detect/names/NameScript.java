package dev.shirabe.detect.names;

import dev.shirabe.detect.text.JapaneseToken;
import dev.shirabe.detect.text.WordScript;

/** The script a word of a name is written in: kanji, katakana (either width) or hiragana. */
enum NameScript {
  KANJI,
  KATAKANA,
  HIRAGANA,
  OTHER;

  // In WordScript's order of codes.
  private static final NameScript[] BY_CODE = values();

  /** The one script all chars of the word are written in, or OTHER ({@link WordScript}). */
  static NameScript of(String word) {
    return BY_CODE[WordScript.of(word)];
  }

  /**
   * The script of the token's surface, worked out when it was read: no look at its chars,
   * which the name rules ask about many times over.
   */
  static NameScript of(JapaneseToken token) {
    return BY_CODE[token.script()];
  }

  static NameScript of(char c) {
    return BY_CODE[WordScript.of(c)];
  }

  boolean has(char c) {
    return this != OTHER && of(c) == this;
  }
}
