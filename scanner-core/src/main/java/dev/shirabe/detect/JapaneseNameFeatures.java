package dev.shirabe.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the Japanese name model ({@link JapaneseNameModel}) weighs for each Kuromoji
 * token of a text: the same code when it learns and when it detects, so that both see one text
 * alike.
 *
 * <p>For each token: its surface, part of speech and script (kanji, katakana, hiragana, Latin,
 * digits, marks, with its length); whether the name lexicons have it as a surname or a given
 * name (IPADIC through its part of speech and {@link NameLexicon}, ENAMDICT through {@link
 * NameReadings}); for katakana, its first and last chars (the endings of foreign names: ソン,
 * ーク, ッチ); for kanji, its first and last char; the same of the two tokens on either side.
 *
 * <p>And the <em>run</em> it belongs to: the tokens of one script written together, katakana
 * joined by ・ or = and middle initials (ジョン・F・ケネディ), kanji without a break (江上波夫).
 * A name is often one run, and what is right before and after the run says most about it: a
 * role word (大統領, 選手, 監督, 氏, さん), a particle, 「は…の政治家」. So every token of a run
 * also carries the words around the run, its place in the run and the run's length.
 */
public final class JapaneseNameFeatures {

  /** The longest run, in chars, whose neighbours are read as a run's: longer is no name. */
  private static final int MAX_RUN = 16;

  private final NameLexicon lexicon;
  private final NameReadings readings;

  public JapaneseNameFeatures(NameLexicon lexicon, NameReadings readings) {
    this.lexicon = lexicon;
    this.readings = readings;
  }

  /** With Shirabe's lexicons. */
  public static JapaneseNameFeatures standard() {
    return new JapaneseNameFeatures(new NameLexicon(), NameReadings.standard());
  }

  /**
   * The features of every token of the text, in token order.
   *
   * @param ruleMarks what the detector's rules made of each token (a full name, a lone name, a
   *     company's: {@link JapanesePersonDetector#ruleMarks}), null where nothing
   */
  public List<String[]> of(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks) {
    int n = tokens.size();
    String[] shape = new String[n];
    String[] word = new String[n];
    String[] pos = new String[n];
    for (int i = 0; i < n; i++) {
      JapaneseToken t = tokens.get(i);
      shape[i] = shape(t.surface());
      word[i] = t.surface();
      pos[i] = shortPos(t.partOfSpeech());
    }
    int[] runStart = new int[n];
    int[] runEnd = new int[n];
    runs(tokens, runStart, runEnd);

    java.util.Set<String> elsewhere = partsOfLongerRuns(tokens, runStart, runEnd);

    List<String[]> out = new ArrayList<>(n);
    List<String> f = new ArrayList<>(48);
    for (int i = 0; i < n; i++) {
      f.clear();
      JapaneseToken t = tokens.get(i);
      String s = t.surface();
      f.add("w=" + s);
      f.add("p=" + t.partOfSpeech());
      f.add("s=" + shape[i]);
      f.add("ps=" + pos[i] + shape[i]);
      lexical(f, "", t);
      if (elsewhere.contains(s)) {
        f.add("doc=tok");
      }
      f.add("rule=" + ruleMarks[i]);
      if (i > 0) {
        f.add("rule-1=" + ruleMarks[i - 1]);
      }
      if (i + 1 < n) {
        f.add("rule+1=" + ruleMarks[i + 1]);
      }
      NameScript script = NameScript.of(s);
      if (script == NameScript.KATAKANA) {
        f.add("ke1=" + s.substring(s.length() - 1));
        if (s.length() > 1) {
          f.add("ke2=" + s.substring(s.length() - 2));
        }
        f.add("kb1=" + s.charAt(0));
        for (int c = 0; c + 1 < s.length(); c++) {
          f.add("k2=" + s.substring(c, c + 2));
        }
      } else if (script == NameScript.KANJI) {
        f.add("jb=" + s.charAt(0));
        f.add("je=" + s.charAt(s.length() - 1));
      }
      for (int d = -2; d <= 2; d++) {
        if (d == 0) {
          continue;
        }
        int k = i + d;
        String at = k < 0 ? "<s>" : k >= n ? "</s>" : word[k];
        f.add("w" + d + "=" + at);
        f.add("s" + d + "=" + (k < 0 || k >= n ? "-" : pos[k] + shape[k]));
      }
      f.add("w-1w=" + (i > 0 ? word[i - 1] : "<s>") + "|" + s);
      f.add("ww+1=" + s + "|" + (i + 1 < n ? word[i + 1] : "</s>"));
      if (i > 0 && i + 1 < n) {
        f.add("s-1s+1=" + pos[i - 1] + shape[i - 1] + "|" + pos[i + 1] + shape[i + 1]);
      }
      int a = runStart[i];
      int b = runEnd[i];
      if (b > a) {
        f.add("ri=" + (i == a ? "B" : i == b ? "E" : "I") + (b - a + 1 > 4 ? "+" : b - a + 1));
        String before = a > 0 ? word[a - 1] : "<s>";
        String after = b + 1 < n ? word[b + 1] : "</s>";
        f.add("rb=" + before);
        f.add("ra=" + after);
        f.add("rap=" + (b + 1 < n ? pos[b + 1] : "-"));
        f.add("ra2=" + after + (b + 2 < n ? word[b + 2] : "</s>"));
        f.add("rba=" + before + "|" + after);
        f.add("rsa=" + shape[i] + "|" + after);
        f.add("rb2=" + (a > 1 ? word[a - 2] : "<s>") + before);
        if (a > 0) {
          f.add("rbp=" + pos[a - 1]);
        }
        if (i != a) {
          lexical(f, "r0", tokens.get(a));
        }
        if (i != b) {
          lexical(f, "rz", tokens.get(b));
        }
        if (!elsewhere.isEmpty() && elsewhere.contains(runText(tokens, a, b))) {
          f.add("doc=part");
        }
      } else {
        f.add("ri=S");
        f.add("rsa=" + shape[i] + "|" + (i + 1 < n ? word[i + 1] : "</s>"));
      }
      out.add(f.toArray(new String[0]));
    }
    return out;
  }

  /**
   * The parts of the longer runs of the text: each katakana word of a ・-joined run (ジョン・ケリー
   * gives ジョン, ケリー) and the first token of a kanji run of several (坂本龍一 gives 坂本). A
   * run that stands alone elsewhere as one of them (ケリーは, 坂本は) is likely the same name again:
   * text, not labels, so the model learns and detects with the same feature.
   */
  private static java.util.Set<String> partsOfLongerRuns(
      List<JapaneseToken> tokens, int[] runStart, int[] runEnd) {
    java.util.Set<String> parts = new java.util.HashSet<>();
    for (int i = 0; i < tokens.size(); i = runEnd[i] + 1) {
      int a = runStart[i];
      int b = runEnd[i];
      if (b == a) {
        continue;
      }
      if (NameScript.of(tokens.get(a).surface()) == NameScript.KANJI) {
        parts.add(tokens.get(a).surface());
        continue;
      }
      boolean joined = false;
      for (int k = a; k <= b; k++) {
        joined |= isJoiner(tokens.get(k));
      }
      StringBuilder word = new StringBuilder();
      for (int k = a; joined && k <= b + 1; k++) {
        if (k > b || isJoiner(tokens.get(k))) {
          if (word.length() > 1) {
            parts.add(word.toString());
          }
          word.setLength(0);
        } else {
          word.append(tokens.get(k).surface());
        }
      }
    }
    return parts;
  }

  private static String runText(List<JapaneseToken> tokens, int a, int b) {
    StringBuilder out = new StringBuilder();
    for (int k = a; k <= b; k++) {
      out.append(tokens.get(k).surface());
    }
    return out.toString();
  }

  /** What the name lexicons say of the token, under a prefix. */
  private void lexical(List<String> f, String prefix, JapaneseToken t) {
    String s = t.surface();
    if (t.isSurname()) {
      f.add(prefix + "ipa=sei");
    } else if (t.isGivenName()) {
      f.add(prefix + "ipa=mei");
    }
    NameScript script = NameScript.of(s);
    if (script == NameScript.KANJI || script == NameScript.HIRAGANA) {
      if (readings.isSurname(s)) {
        f.add(prefix + "en=sei");
      }
      if (readings.isGivenName(s)) {
        f.add(prefix + "en=mei");
      }
    }
    if (script != NameScript.OTHER && s.length() <= 8) {
      NameLexicon.Senses senses = lexicon.lookup(s);
      f.add(prefix + "lx=" + (!senses.known() ? "none" : senses.mostlyName() ? "name"
          : senses.person() ? "some" : senses.mostlyPlaceOrOrganisation() ? "place" : "word"));
    }
  }

  /**
   * Marks each token's run: the tokens of one script written together (katakana with its
   * joiners and initials, kanji), as the first and last token of the run (equal for a token on
   * its own).
   */
  static void runs(List<JapaneseToken> tokens, int[] runStart, int[] runEnd) {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      NameScript script = NameScript.of(tokens.get(i).surface());
      int j = i;
      if (script == NameScript.KATAKANA || script == NameScript.KANJI) {
        while (j + 1 < n && tokens.get(j).end() == tokens.get(j + 1).start()
            && tokens.get(j + 1).end() - tokens.get(i).start() <= MAX_RUN) {
          JapaneseToken next = tokens.get(j + 1);
          if (NameScript.of(next.surface()) == script) {
            j++;
          } else if (script == NameScript.KATAKANA && isJoiner(next) && j + 2 < n
              && next.end() == tokens.get(j + 2).start()
              && (NameScript.of(tokens.get(j + 2).surface()) == script
                  || isInitial(tokens.get(j + 2)))) {
            j += 2;
          } else {
            break;
          }
        }
      }
      for (int k = i; k <= j; k++) {
        runStart[k] = i;
        runEnd[k] = j;
      }
      i = j + 1;
    }
  }

  static boolean isJoiner(JapaneseToken t) {
    String s = t.surface();
    return s.equals("・") || s.equals("=") || s.equals("･");
  }

  private static boolean isInitial(JapaneseToken t) {
    String s = t.surface();
    return (s.length() == 1 || s.length() == 2 && s.charAt(1) == '.')
        && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z';
  }

  /** The first two levels of a part of speech (名詞-固有名詞), the grain of neighbours' features. */
  private static String shortPos(String pos) {
    int first = pos.indexOf('-');
    if (first < 0) {
      return pos;
    }
    int second = pos.indexOf('-', first + 1);
    return second < 0 ? pos : pos.substring(0, second);
  }

  /** The script of a word and its length: K2 (two kanji), T4+ (katakana), H1, L, D, P, X. */
  static String shape(String word) {
    NameScript script = NameScript.of(word);
    char c;
    switch (script) {
      case KANJI -> c = 'K';
      case KATAKANA -> c = 'T';
      case HIRAGANA -> c = 'H';
      default -> {
        char first = word.isEmpty() ? ' ' : word.charAt(0);
        c = Character.isWhitespace(first) ? 'S' : Character.isDigit(first) ? 'D'
            : Character.isLetter(first) ? (Character.isUpperCase(first) ? 'U' : 'L') : 'P';
        return String.valueOf(c);
      }
    }
    int length = word.length();
    return c + (length >= 5 ? "5+" : String.valueOf(length));
  }
}
