package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.LanguageScope;
import dev.shirabe.detect.text.EnglishSentence;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Finds the names of people in text that is not Japanese ({@link LanguageScope#NOT_JAPANESE}),
 * sentence by sentence ({@link DetectionText#englishSentences()}), with a maximum-entropy name
 * model trained for Shirabe ({@link EnglishPersonModel}), and with evidence the model lacks
 * ({@link EnglishNameEvidence}):
 *
 * <ul>
 *   <li>A capitalised name right after a title or salutation (Mr., Ms., Dr., Dear, Hi), after a
 *       label heading its line (Name:, Attn:), or before an e-mail address in angle brackets (a
 *       mail header's display name) counts even where the model misses it, and a name the model
 *       found there gains confidence. Titles are never part of the span.
 *   <li>A phrase followed by a company's or a street's word ("Hartley Holdings Inc.", "Morgan
 *       Street", 株式会社 beside it), one made only of words that are never names (months,
 *       days, greetings), and one in capitals on a line all in capitals (a heading) are not
 *       persons.
 * </ul>
 *
 * <p>Confidence follows the model's probability (0.2 + 0.6 p), is raised by the evidence
 * above, and lowered for a single lower-case word (social-media text names people in lower
 * case, but most such words are no names); then the shared context words of {@code
 * context/person.txt} weigh it like every other finding ({@link ContextScorer}).
 *
 * <p>{@code normalized} is the name lower-cased, its parts separated by one space, in "given
 * family" order: "Bennett, Oliver" → "oliver bennett"; a part in capitals beside parts that are
 * not is the family name, as Japanese write names in romaji ("YAMADA Taro" → "taro yamada").
 */
public final class EnglishPersonDetector implements Detector {

  public static final String NAME = "opennlp-name";

  static final double EVIDENCED = 0.6;
  static final double LOWER_CASE_WORD = 0.6;
  static final double COORDINATED = 0.8;

  /** The most capitalised words read as a name after a title or label. */
  static final int MAX_PARTS = 4;

  // Loaded by the first text with English sentences, not here: Japanese text never needs it.
  private final Supplier<EnglishPersonModel> model = EnglishPersonModel::standard;
  private final EnglishNameEvidence evidence = new EnglishNameEvidence();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LanguageScope scope() {
    return LanguageScope.NOT_JAPANESE;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    // Without a letter outside Japanese script the model is not even loaded; without a capital
    // or a listed name, no sentence is cut.
    if (!text.hasLettersOutsideJapanese() || !model.get().mayHoldName(text.folded())) {
      return List.of();
    }
    List<EnglishSentence> sentences = text.englishSentences();
    if (sentences.isEmpty()) {
      return List.of();
    }
    List<List<EnglishPersonModel.Found>> found = model.get().find(sentences);
    List<Finding> findings = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      EnglishSentence sentence = sentences.get(s);
      boolean[] taken = new boolean[sentence.size()];
      for (EnglishPersonModel.Found name : joinedReversed(text, sentence, found.get(s))) {
        Finding f = candidate(text, sentence, name.start(), name.end(), name.probability());
        if (f != null) {
          findings.add(f);
          for (int k = name.start(); k < name.end(); k++) {
            taken[k] = true;
          }
        }
      }
      findings.addAll(coordinated(text, sentence, taken, probabilities(sentence, found.get(s), taken)));
      for (int k = 0; k < sentence.size(); k++) {
        if (!taken[k] && isNamePart(sentence.token(k).text()) && evidenced(text, sentence, k)) {
          int end = k + 1;
          while (end < sentence.size() && end - k < MAX_PARTS && !taken[end]
              && isNamePart(sentence.token(end).text()) && sameCell(text.folded(), sentence, end)) {
            end++;
          }
          Finding f = candidate(text, sentence, k, end, 0);
          if (f != null) {
            findings.add(f);
            k = end - 1;
          }
        }
      }
    }
    return findings;
  }

  /** The model's probability of each token of a name kept, 0 for other tokens. */
  private static double[] probabilities(
      EnglishSentence sentence, List<EnglishPersonModel.Found> names, boolean[] taken) {
    double[] p = new double[sentence.size()];
    for (EnglishPersonModel.Found name : names) {
      for (int k = name.start(); k < name.end(); k++) {
        p[k] = taken[k] ? name.probability() : 0;
      }
    }
    return p;
  }

  /**
   * Names coordinated with a name the model found, in a list ("our founders: Kónya, Becker and
   * Vasquez", "Emily Carter, David Miller and Oliver Bennett"): each capitalised item of a list
   * that holds a found name is a name too, at {@link #COORDINATED} times the found name's
   * probability. Items are one to {@link #MAX_PARTS} capitalised words, separated by commas,
   * "and", "or" or "&". Marks the tokens it takes.
   */
  private List<Finding> coordinated(
      DetectionText text, EnglishSentence sentence, boolean[] taken, double[] probability) {
    List<Finding> out = new ArrayList<>();
    int k = 0;
    while (k < sentence.size()) {
      List<int[]> items = new ArrayList<>();
      int i = k;
      while (true) {
        int end = i;
        while (end < sentence.size() && end - i < MAX_PARTS && isNamePart(sentence.token(end).text())
            && (end == i || sameCell(text.folded(), sentence, end))) {
          end++;
        }
        if (end == i) {
          break;
        }
        items.add(new int[] {i, end});
        int next = end;
        while (next < sentence.size() && next - end < 2 && isListSeparator(sentence.token(next).text())) {
          next++;
        }
        if (next == end) {
          break;
        }
        i = next;
      }
      double found = 0;
      for (int[] item : items) {
        for (int t = item[0]; t < item[1]; t++) {
          found = Math.max(found, probability[t]);
        }
      }
      // The company's words are looked up last: only a list with a found name asks.
      if (items.size() > 1 && found > 0 && !namesNoPersonAfter(sentence, items.get(items.size() - 1)[1])) {
        for (int[] item : items) {
          if (!anyTaken(taken, item[0], item[1])) {
            Finding f = candidate(text, sentence, item[0], item[1], found * COORDINATED);
            if (f != null) {
              out.add(f);
              java.util.Arrays.fill(taken, item[0], item[1], true);
            }
          }
        }
      }
      k = items.isEmpty() ? k + 1 : items.get(items.size() - 1)[1];
    }
    return out;
  }

  /** "Clark, Romero and Hall Orchestra": a company's word after a list makes it one name. */
  private boolean namesNoPersonAfter(EnglishSentence sentence, int end) {
    return end < sentence.size() && evidence.namesNoPerson(sentence.token(end).text())
        || end > 0 && evidence.namesNoPerson(sentence.token(end - 1).text());
  }

  private static boolean isListSeparator(String token) {
    return token.equals(",") || token.equals("&") || token.equalsIgnoreCase("and")
        || token.equalsIgnoreCase("or");
  }

  private static boolean anyTaken(boolean[] taken, int from, int to) {
    for (int t = from; t < to; t++) {
      if (taken[t]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The model's names, with a surname and the one-word given name after its comma joined where
   * evidence says they are one field ("Name: Yamada, Taro", a display name before an address):
   * the model, which reads "Family, Given" rarely, tends to see two names there.
   */
  private List<EnglishPersonModel.Found> joinedReversed(
      DetectionText text, EnglishSentence sentence, List<EnglishPersonModel.Found> names) {
    List<EnglishPersonModel.Found> out = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      EnglishPersonModel.Found name = names.get(i);
      EnglishPersonModel.Found next = i + 1 < names.size() ? names.get(i + 1) : null;
      if (next != null && next.start() == name.end() + 1 && next.end() == next.start() + 1
          && sentence.token(name.end()).text().equals(",")
          && evidenced(text, sentence, name.start())) {
        out.add(new EnglishPersonModel.Found(name.start(), next.end(),
            Math.min(name.probability(), next.probability())));
        i++;
      } else {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The finding for tokens [start, end) of the sentence, the model's probability {@code p} (0
   * when only evidence found it), or null when it is no person's name.
   */
  private Finding candidate(DetectionText text, EnglishSentence sentence, int start, int end, double p) {
    while (start < end - 1 && evidence.isNeverName(sentence.token(start).text())) {
      start++; // "Mr.", "Dear", "The" stay out of the span
    }
    while (start < end && !hasLetter(sentence.token(start).text())) {
      start++; // and quotes
    }
    for (int k = start + 1; k < end; k++) {
      if (!sameCell(text.folded(), sentence, k)) {
        end = k; // a name stays in its table cell
      }
    }
    while (end > start && !hasLetter(sentence.token(end - 1).text())) {
      end--;
    }
    if (start == end || !plausible(text, sentence, start, end)) {
      return null;
    }
    boolean evidenced = evidenced(text, sentence, start);
    double confidence = 0.2 + 0.6 * p;
    if (evidenced) {
      confidence = Math.max(EVIDENCED, confidence + (1 - confidence) * 0.5);
    } else if (p == 0) {
      return null;
    } else if (end - start == 1 && !isCapitalised(sentence.token(start).text())) {
      confidence *= LOWER_CASE_WORD;
    }
    int from = sentence.token(start).start();
    int to = sentence.token(end - 1).end();
    return text.finding(FindingType.PERSON, null, from, to,
        normalized(text.folded(), sentence, start, end), Math.round(confidence * 1000) / 1000.0, NAME);
  }

  /** False for a company's, a street's or a heading's words, and for words never names. */
  private boolean plausible(DetectionText text, EnglishSentence sentence, int start, int end) {
    String folded = text.folded();
    boolean onlyNeverNames = true;
    for (int k = start; k < end; k++) {
      String token = sentence.token(k).text();
      if (token.contains("@") || token.contains("://") || hasDigit(token)
          || evidence.namesNoPerson(token) || isContraction(token)) {
        return false; // a handle, an address, a code ("HA-2024-0042"), "… Inc.", "I'm"
      }
      onlyNeverNames &= evidence.isNeverName(token) || !hasLetter(token);
    }
    if (onlyNeverNames) {
      return false;
    }
    int after = end;
    while (after < sentence.size() && (sentence.token(after).text().equals(",")
        || sentence.token(after).text().equals("&"))) {
      after++;
    }
    // After a comma, only a word that ends the phrase ("Acme, Inc."), not one that starts a
    // title ("Kenichi Sato, Sales Manager").
    boolean comma = after > end;
    if (after < sentence.size() && evidence.namesNoPerson(sentence.token(after).text())
        && !(comma && after + 1 < sentence.size() && isNamePart(sentence.token(after + 1).text()))) {
      return false;
    }
    int from = sentence.token(start).start();
    int to = sentence.token(end - 1).end();
    if (evidence.japaneseCompanyBeside(folded, from, to)) {
      return false;
    }
    return !inHeading(folded, sentence, start, end) || evidenced(text, sentence, start);
  }

  /**
   * All the span's words in capitals, outside a table's row (no tab on the line), and either
   * every word of its line in capitals too (a heading: "TERMS AND CONDITIONS") or the line
   * Japanese (capitals amid Japanese are acronyms and brands: "DJ", "WHITE FOX"). A row of
   * capitals in a table is a name as passports write it ("NAKAMURA YUMA").
   */
  private static boolean inHeading(String text, EnglishSentence sentence, int start, int end) {
    for (int k = start; k < end; k++) {
      String token = sentence.token(k).text();
      if (hasLetter(token) && !token.equals(token.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    int lineStart = text.lastIndexOf('\n', sentence.token(start).start() - 1) + 1;
    int lineEnd = text.indexOf('\n', sentence.token(end - 1).end());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    return line.indexOf('\t') < 0
        && (JapaneseScript.containsJapanese(line) || line.equals(line.toUpperCase(Locale.ROOT)));
  }

  /**
   * Evidence for a name starting at token k: a title or salutation right before it, a label
   * heading its line or its table column, a letter's closing on the line before (a signature
   * block), or an e-mail address in angle brackets after its capitalised words.
   */
  private boolean evidenced(DetectionText text, EnglishSentence sentence, int k) {
    if (k > 0 && evidence.isTitle(sentence.token(k - 1).text())) {
      return true;
    }
    String folded = text.folded();
    int start = sentence.token(k).start();
    if (evidence.labelBefore(folded, start) || evidence.labelledColumn(text, start)
        || evidence.closingBefore(folded, start)) {
      return true;
    }
    int end = k;
    while (end < sentence.size() && end - k < MAX_PARTS && isNamePart(sentence.token(end).text())) {
      end++;
    }
    return end > k && EnglishNameEvidence.mailAddressAfter(folded, sentence.token(end - 1).end());
  }

  /**
   * The name lower-cased in "given family" order: the parts after a comma first ("Bennett,
   * Oliver"), a part in capitals among parts that are not last ("YAMADA Taro").
   */
  static String normalized(String text, EnglishSentence sentence, int start, int end) {
    List<String> parts = new ArrayList<>();
    int comma = -1;
    StringBuilder part = new StringBuilder();
    for (int k = start; k < end; k++) {
      EnglishSentence.Token token = sentence.token(k);
      if (token.text().equals(",")) {
        comma = parts.size() + (part.length() > 0 ? 1 : 0);
      }
      boolean glued = k > start && sentence.token(k - 1).end() == token.start();
      if (!glued && part.length() > 0) {
        parts.add(part.toString());
        part.setLength(0);
      }
      if (!token.text().equals(",")) {
        part.append(token.text());
      }
    }
    if (part.length() > 0) {
      parts.add(part.toString());
    }
    parts.removeIf(String::isEmpty);
    List<String> ordered = new ArrayList<>();
    if (comma > 0 && comma < parts.size()) {
      ordered.addAll(parts.subList(comma, parts.size()));
      ordered.addAll(parts.subList(0, comma));
    } else {
      List<String> capitals = parts.stream().filter(EnglishPersonDetector::inCapitals).toList();
      if (capitals.size() == 1 && parts.size() > 1) {
        parts.stream().filter(p -> !inCapitals(p)).forEach(ordered::add);
        ordered.add(capitals.get(0));
      } else {
        ordered.addAll(parts);
      }
    }
    return String.join(" ", ordered).toLowerCase(Locale.ROOT);
  }

  /** Two letters or more, all capitals ("YAMADA"; not "J." or "Taro"). */
  private static boolean inCapitals(String part) {
    int letters = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean isCapitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && hasLetter(token);
  }

  /**
   * A capitalised word or an initial ("J.", "O'Neil", "Mary-Ann"); not a contraction ("I'm":
   * after an apostrophe a name goes on in capitals).
   */
  private static boolean isNamePart(String token) {
    if (!isCapitalised(token)) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\'' || c == '\u2019') {
        if (i + 1 < token.length() && !Character.isUpperCase(token.charAt(i + 1))) {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** True when no tab (a table's cell boundary) stands between token k and the one before. */
  private static boolean sameCell(String text, EnglishSentence sentence, int k) {
    // Only the gap between the two is read: a search back from token k for the last tab read
    // the whole text before it when it held none.
    int gapStart = sentence.token(k - 1).end();
    for (int i = sentence.token(k).start() - 1; i >= gapStart; i--) {
      if (text.charAt(i) == '\t') {
        return false;
      }
    }
    return true;
  }

  /** "I'm", "you'll", "we've", "I'd", "they're". */
  private static boolean isContraction(String token) {
    String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return lower.endsWith("'m") || lower.endsWith("'ll") || lower.endsWith("'ve")
        || lower.endsWith("'d") || lower.endsWith("'re");
  }

  private static boolean hasDigit(String token) {
    return token.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetter(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
