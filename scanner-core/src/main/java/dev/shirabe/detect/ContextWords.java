package dev.shirabe.detect;

import dev.shirabe.detect.text.WordList;
import dev.shirabe.detect.text.WordScript;
import dev.shirabe.vocabulary.FindingType;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The context words of one type of data, in Japanese and English: words that, standing near
 * a candidate, speak for it ("生年月日" near a date, "様" after a name) or against it ("注文番号"
 * before a number, "株式会社" before a name). They live in the dictionaries module as {@code
 * context/<type>.txt} (supporting) and {@code context/<type>-not.txt} (opposing), where
 * {@code <type>} is the type's name in lower case with hyphens ({@code date-of-birth}); a
 * missing file is an empty list. Loaded once per type.
 *
 * <p>Phone numbers have labels rather than context words ({@code labels/}): a label decides a
 * number's subtype (fax) or rules it out (注文番号), which is more than a weighting, so the
 * phone detector reads them itself through the same {@link ContextWindow}.
 */
public final class ContextWords {

  private static final Map<FindingType, ContextWords> BY_TYPE = loadAll();

  private final List<String> supporting;
  private final List<String> opposing;
  /** The words of ASCII chars alone, in the same order: all a window of ASCII chars may hold. */
  private final List<String> asciiSupporting;
  private final List<String> asciiOpposing;

  public ContextWords(List<String> supporting, List<String> opposing) {
    this.supporting = List.copyOf(supporting);
    this.opposing = List.copyOf(opposing);
    this.asciiSupporting = this.supporting.stream().filter(WordScript::isAscii).toList();
    this.asciiOpposing = this.opposing.stream().filter(WordScript::isAscii).toList();
  }

  public static ContextWords of(FindingType type) {
    return BY_TYPE.get(type);
  }

  /** Folded, lower-cased words that raise a candidate's confidence. */
  public List<String> supporting() {
    return supporting;
  }

  /** Folded, lower-cased words that lower it. */
  public List<String> opposing() {
    return opposing;
  }

  /**
   * The supporting words that may occur in the window: where it holds ASCII chars alone (most
   * windows of English text), the words of ASCII chars alone. Of the 231 words that support a
   * person, 32 are such ("mr", "dear", "full name"), the rest Japanese; asking a window of
   * English about each of the others was most of the cost of weighing a finding's context.
   */
  public List<String> supportingIn(ContextWindow window) {
    return window.isAscii() ? asciiSupporting : supporting;
  }

  /** The opposing words that may occur in the window, as {@link #supportingIn}. */
  public List<String> opposingIn(ContextWindow window) {
    return window.isAscii() ? asciiOpposing : opposing;
  }

  /** The file name stem of a type: {@code DATE_OF_BIRTH} → {@code date-of-birth}. */
  static String stem(FindingType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Map<FindingType, ContextWords> loadAll() {
    Map<FindingType, ContextWords> all = new EnumMap<>(FindingType.class);
    for (FindingType type : FindingType.values()) {
      String stem = "context/" + stem(type);
      all.put(type, new ContextWords(
          WordList.loadIfPresent(stem + ".txt"), WordList.loadIfPresent(stem + "-not.txt")));
    }
    return all;
  }
}
