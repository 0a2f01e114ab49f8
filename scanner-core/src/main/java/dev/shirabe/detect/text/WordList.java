package dev.shirabe.detect.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a word list shipped in the dictionaries module: a UTF-8 class-path resource under
 * {@code dev/shirabe/dictionaries/}, one entry a line, blank lines and {@code #} comments
 * ignored. Entries come back width-folded and lower-cased, the form in which detectors and
 * {@link ContextWindow} compare text.
 */
public final class WordList {

  private static final String ROOT = "/dev/shirabe/dictionaries/";

  private WordList() {}

  /** The entries of the list, or an empty list when the dictionaries do not have it. */
  public static List<String> loadIfPresent(String name) {
    if (WordList.class.getResource(ROOT + name) == null) {
      return List.of();
    }
    return load(name);
  }

  /**
   * The entries of {@code dev/shirabe/dictionaries/<name>}.
   *
   * @throws IllegalStateException when the resource is missing: a packaging error
   */
  public static List<String> load(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("word list not on the class path: " + ROOT + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> words = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(WidthFolding.fold(word).toLowerCase(Locale.ROOT));
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + name, e);
    }
  }
}
