package dev.shirabe.detect.text;

/**
 * One morpheme of Japanese text, as Kuromoji (IPADIC) reads it.
 *
 * @param start offset of its first char in the analysed text
 * @param end offset after its last char
 * @param surface the chars as written
 * @param partOfSpeech IPADIC's part of speech, levels joined by hyphens
 *     ({@code 名詞-固有名詞-人名-姓})
 * @param reading its reading in katakana, for proper nouns (names, places) only; null for
 *     other and unknown words
 * @param script the {@link WordScript} of the surface, worked out once when the token is read
 *     (the name rules ask it of each token many times)
 */
public record JapaneseToken(
    int start, int end, String surface, String partOfSpeech, String reading, byte script) {

  public JapaneseToken {
    assert script == WordScript.of(surface) : "a script that is not the surface's";
  }

  /** A token whose surface's script is worked out here. */
  public JapaneseToken(int start, int end, String surface, String partOfSpeech, String reading) {
    this(start, end, surface, partOfSpeech, reading, WordScript.of(surface));
  }

  public boolean isPersonName() {
    return partOfSpeech.startsWith("名詞-固有名詞-人名");
  }

  public boolean isSurname() {
    return partOfSpeech.startsWith("名詞-固有名詞-人名-姓");
  }

  public boolean isGivenName() {
    return partOfSpeech.startsWith("名詞-固有名詞-人名-名");
  }

  public boolean isPlaceName() {
    return partOfSpeech.startsWith("名詞-固有名詞-地域");
  }

  /** A middle initial of a foreign name: one capital letter, perhaps with its dot (F, F.). */
  public boolean isInitial() {
    return (surface.length() == 1 || surface.length() == 2 && surface.charAt(1) == '.')
        && surface.charAt(0) >= 'A' && surface.charAt(0) <= 'Z';
  }

  public boolean isOrganizationName() {
    return partOfSpeech.startsWith("名詞-固有名詞-組織");
  }
}
