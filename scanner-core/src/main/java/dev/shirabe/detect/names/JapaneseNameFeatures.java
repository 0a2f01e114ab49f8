package dev.shirabe.detect.names;

import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.text.JapaneseToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
  private static final int MEMO_WORDS = 50_000;

  private final NameLexicon lexicon;
  private final NameReadings readings;
  private final KatakanaWords katakana;
  /**
   * The senses of {@link #senses} that depend on the word alone (all but IPADIC's reading of the
   * token there, bits 1 and 2), by word, up to {@link #MEMO_WORDS}: the model asks about the
   * same few thousand words again and again, and one look-up here replaces ENAMDICT's table,
   * UniDic's and IPADIC's memo, each hashing the word again (a word's script is its own too).
   */
  private final Map<String, Integer> wordSenses = new ConcurrentHashMap<>();

  public JapaneseNameFeatures(NameLexicon lexicon, NameReadings readings, KatakanaWords katakana) {
    this.lexicon = lexicon;
    this.readings = readings;
    this.katakana = katakana;
  }

  /** With Shirabe's lexicons. */
  public static JapaneseNameFeatures standard() {
    return new JapaneseNameFeatures(
        NameLexicon.standard(), NameReadings.standard(), KatakanaWords.standard());
  }

  /**
   * A token the model weighs: one of a run of kanji or katakana (with the joiners and initials of
   * a katakana run). Particles, inflections, marks, digits and words in hiragana are read as
   * outside a name without asking the model: few names are written in hiragana alone in running
   * text, and the model costs most of Japanese detection, token by token.
   */
  private static boolean isCandidate(NameScript runScript) {
    return runScript == NameScript.KANJI || runScript == NameScript.KATAKANA;
  }

  /**
   * The features of every token of the text, in token order; null for a token outside every
   * kanji or katakana run, which the model is not asked about.
   *
   * @param ruleMarks what the detector's rules made of each token (a full name, a lone name, a
   *     company's: {@link JapanesePersonDetector#ruleMarks}), null where nothing
   */
  public List<long[]> of(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks) {
    return listed(text, tokens, ruleMarks, false);
  }

  /** Receives each token's features as they are made. */
  interface Sink {
    /**
     * @param features the features of token {@code i} in {@code [0, size)}, an array used again
     *     for the next token; null for a token the model is not asked about
     */
    void token(int i, long[] features, int size);
  }

  /**
   * As {@link #of(DetectionText, List, String[])}, each token's features handed to {@code sink}
   * in token order instead of copied into an array of their own: the model sums their weights
   * at once ({@link JapaneseNameModel#find}).
   */
  void of(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks, Sink sink) {
    of(text, tokens, ruleMarks, false, null, null, sink);
  }

  /**
   * As {@link #of(DetectionText, List, String[], Sink)}, with the tokens' runs ({@link #runs})
   * already marked by the caller, who reads them too ({@link ModelNames}): made once a text.
   */
  void of(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks, int[] runStart,
      int[] runEnd, Sink sink) {
    of(text, tokens, ruleMarks, false, runStart, runEnd, sink);
  }

  private List<long[]> listed(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks,
      boolean plainRuns) {
    List<long[]> out = new ArrayList<>(tokens.size());
    of(text, tokens, ruleMarks, plainRuns, null, null,
        (i, features, size) -> out.add(features == null ? null : java.util.Arrays.copyOf(features, size)));
    return out;
  }

  /**
   * As {@link #of(DetectionText, List, String[])}, but of the plain runs too (which the detector
   * leaves out, {@link #leaveOutPlainRuns}): the model learns from them what is not a name.
   * Trained on the asked tokens alone, it scored 0.868 on the validation fold, not 0.872.
   */
  public List<long[]> forTraining(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks) {
    return listed(text, tokens, ruleMarks, true);
  }

  private void of(DetectionText text, List<JapaneseToken> tokens, String[] ruleMarks, boolean plainRuns,
      int[] givenRunStart, int[] givenRunEnd, Sink sink) {
    int n = tokens.size();
    int[] mark = new int[n];
    NameScript[] scripts = new NameScript[n];
    for (int i = 0; i < n; i++) {
      scripts[i] = NameScript.of(tokens.get(i));
      mark[i] = ruleMarks == null || ruleMarks[i] == null ? 0 : ruleMarks[i].hashCode();
    }
    int[] runStart = givenRunStart;
    int[] runEnd = givenRunEnd;
    if (runStart == null) {
      runStart = new int[n];
      runEnd = new int[n];
      runs(tokens, runStart, runEnd);
    }

    java.util.Set<String> elsewhere = partsOfLongerRuns(tokens, runStart, runEnd);
    int[] senses = new int[n];
    NameScript[] runScripts = new NameScript[n];
    for (int i = 0; i < n; i++) {
      // A run that starts with an initial (E・ジャクソン) is a katakana run.
      runScripts[i] = scripts[runStart[i]] == NameScript.OTHER ? scripts[runEnd[i]] : scripts[runStart[i]];
      senses[i] = isCandidate(runScripts[i]) ? senses(tokens.get(i), scripts[i]) : 0;
    }
    if (!plainRuns) {
      leaveOutPlainRuns(tokens, runStart, runEnd, runScripts, senses, mark);
    }
    // Per token the model reads, once: the hashes its and its neighbours' features are made of.
    // Only there: the tokens far from any asked one (most particles, inflections, marks) are
    // read by no feature, and each fresh surface's hash is a pass over its chars.
    int[] word = new int[n];
    int[] shape = new int[n];
    int[] pos = new int[n];
    hashesNearAsked(tokens, runStart, runEnd, runScripts, scripts, word, shape, pos);

    Features f = new Features();
    // Whether the run of the token before stands elsewhere as a part of a longer run: its
    // tokens share it, so its text is built once a run, not once a token.
    int elsewhereRun = -1;
    boolean runElsewhere = false;
    for (int i = 0; i < n; i++) {
      if (!isCandidate(runScripts[i])) {
        sink.token(i, null, 0);
        continue;
      }
      f.clear();
      JapaneseToken t = tokens.get(i);
      String s = t.surface();
      f.add(BIAS, 0);
      f.add(WORD, word[i]);
      f.add(POS, t.partOfSpeech().hashCode());
      f.add(SHAPE, shape[i]);
      f.add(POS_SHAPE, pos[i], shape[i]);
      lexical(f, LEXICAL, senses[i]);
      if (elsewhere.contains(s)) {
        f.add(ELSEWHERE, 1);
      }
      f.add(RULE, mark[i]);
      f.add(RULE_BEFORE, i > 0 ? mark[i - 1] : START);
      f.add(RULE_AFTER, i + 1 < n ? mark[i + 1] : END);
      NameScript script = scripts[i];
      int length = s.length();
      if (script == NameScript.KATAKANA) {
        if ((senses[i] & (1 << LAST_SENSE)) != 0) {
          // A word UniDic does not have: how much it sounds like a name, in steps of a half.
          f.add(NAME_SOUND, sound(s));
        }
        f.add(KATAKANA_LAST, s.charAt(length - 1));
        if (length > 1) {
          f.add(KATAKANA_LAST_TWO, s.charAt(length - 2), s.charAt(length - 1));
        }
        f.add(KATAKANA_FIRST, s.charAt(0));

      } else if (script == NameScript.KANJI) {
        f.add(KANJI_FIRST, s.charAt(0));
        f.add(KANJI_LAST, s.charAt(length - 1));
      }
      for (int d = -2; d <= 2; d++) {
        if (d != 0) {
          int k = i + d;
          boolean outside = k < 0 || k >= n;
          f.add(NEIGHBOUR_WORD + d, outside ? (k < 0 ? START : END) : word[k]);
          f.add(NEIGHBOUR_SHAPE + d, outside ? (k < 0 ? START : END) : pos[k], outside ? 0 : shape[k]);
        }
      }
      f.add(WORD_BEFORE_PAIR, i > 0 ? word[i - 1] : START, word[i]);
      f.add(WORD_AFTER_PAIR, word[i], i + 1 < n ? word[i + 1] : END);
      if (i > 0 && i + 1 < n) {
        f.add(SHAPES_AROUND, pos[i - 1] * 31 + shape[i - 1], pos[i + 1] * 31 + shape[i + 1]);
      }
      int a = runStart[i];
      int b = runEnd[i];
      if (b > a) {
        f.add(RUN_PLACE, (i == a ? 1 : i == b ? 2 : 3) * 8 + Math.min(b - a + 1, 5));
        int before = a > 0 ? word[a - 1] : START;
        int after = b + 1 < n ? word[b + 1] : END;
        f.add(RUN_BEFORE, before);
        f.add(RUN_AFTER, after);
        f.add(RUN_AFTER_POS, b + 1 < n ? pos[b + 1] : END);
        f.add(RUN_AFTER_TWO, after, b + 2 < n ? word[b + 2] : END);
        f.add(RUN_BEFORE_TWO, a > 1 ? word[a - 2] : START, before);
        f.add(RUN_AROUND, before, after);
        f.add(RUN_SHAPE_AFTER, shape[i], after);
        if (a > 0) {
          f.add(RUN_BEFORE_POS, pos[a - 1]);
        }
        if (i != a) {
          lexical(f, RUN_HEAD_LEXICAL, senses[a]);
        }
        if (i != b) {
          lexical(f, RUN_TAIL_LEXICAL, senses[b]);
        }
        if (elsewhereRun != a) {
          elsewhereRun = a;
          runElsewhere = !elsewhere.isEmpty() && elsewhere.contains(runText(tokens, a, b));
        }
        if (runElsewhere) {
          f.add(RUN_ELSEWHERE, 1);
        }
      } else {
        f.add(RUN_PLACE, 0);
        f.add(RUN_SHAPE_AFTER, shape[i], i + 1 < n ? word[i + 1] : END);
      }
      sink.token(i, f.values, f.size);
    }
  }

  /**
   * The hashes of the surface, shape and short part of speech of each token a feature of an
   * asked token reads (the token, two on either side, two before and after its run); the others
   * are left 0, and no feature reads them.
   */
  private static void hashesNearAsked(List<JapaneseToken> tokens, int[] runStart, int[] runEnd,
      NameScript[] runScripts, NameScript[] scripts, int[] word, int[] shape, int[] pos) {
    int n = tokens.size();
    int done = 0; // tokens before this one are hashed, where needed
    for (int i = 0; i < n; i++) {
      if (!isCandidate(runScripts[i])) {
        continue;
      }
      int from = Math.max(Math.max(0, i - 2), runStart[i] - 2);
      int to = Math.min(n - 1, Math.max(i + 2, runEnd[i] + 2));
      for (int k = Math.max(from, done); k <= to; k++) {
        JapaneseToken t = tokens.get(k);
        word[k] = t.surface().hashCode();
        shape[k] = shapeHash(t.surface(), scripts[k]);
        pos[k] = shortPosHash(t.partOfSpeech());
      }
      // Earlier tokens a later asked one reads (its run's start - 2) are hashed already.
      done = Math.max(done, to + 1);
    }
  }

  // The feature templates: a feature is its template and the hashes of what it reads, mixed
  // into one long. Numbers, not names, so that no string is built per token; the model stores
  // each feature as that long in hexadecimal ({@link #name}).
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int POS = 3;
  private static final int SHAPE = 4;
  private static final int POS_SHAPE = 5;
  private static final int LEXICAL = 6;
  private static final int ELSEWHERE = 7;
  private static final int RULE = 8;
  private static final int RULE_BEFORE = 9;
  private static final int RULE_AFTER = 10;
  private static final int KATAKANA_LAST = 11;
  private static final int KATAKANA_LAST_TWO = 12;
  private static final int KATAKANA_FIRST = 13;
  private static final int KANJI_FIRST = 15;
  private static final int KANJI_LAST = 16;
  private static final int NEIGHBOUR_WORD = 20; // 18..22 by offset
  private static final int NEIGHBOUR_SHAPE = 30; // 28..32 by offset
  private static final int WORD_BEFORE_PAIR = 40;
  private static final int WORD_AFTER_PAIR = 41;
  private static final int SHAPES_AROUND = 42;
  private static final int RUN_PLACE = 43;
  private static final int RUN_BEFORE = 44;
  private static final int RUN_AFTER = 45;
  private static final int RUN_AFTER_POS = 46;
  private static final int RUN_AFTER_TWO = 47;
  private static final int RUN_AROUND = 48;
  private static final int RUN_SHAPE_AFTER = 49;
  private static final int RUN_BEFORE_TWO = 50;
  private static final int RUN_BEFORE_POS = 51;
  private static final int RUN_HEAD_LEXICAL = 52;
  private static final int RUN_TAIL_LEXICAL = 53;
  private static final int RUN_ELSEWHERE = 54;
  private static final int NAME_SOUND = 55;
  /** Stand-ins for the words before the first token and after the last. */
  private static final int START = 0x5354_4152;
  private static final int END = 0x454e_4421;

  /** How much a katakana word sounds like a name, in steps of a half, -4 to 4 (0 is a step). */
  private int sound(String word) {
    return 5 + (int) Math.round(Math.max(-4, Math.min(4, 2 * katakana.nameLikeness(word))));
  }

  /** A feature's name in the model: its long in hexadecimal. */
  public static String name(long feature) {
    return Long.toHexString(feature);
  }

  /** The names in the model of a token's features. */
  public static String[] names(long[] features) {
    String[] names = new String[features.length];
    for (int k = 0; k < features.length; k++) {
      names[k] = name(features[k]);
    }
    return names;
  }

  /** The long a feature's name in the model stands for. */
  static long feature(String name) {
    return Long.parseUnsignedLong(name, 16);
  }

  /** One token's features, as longs. */
  private static final class Features {
    private long[] values = new long[64];
    private int size;

    void clear() {
      size = 0;
    }

    void add(int template, int a) {
      add(template, a, 0x9E37_79B9);
    }

    void add(int template, int a, int b) {
      long h = ((long) template << 56) ^ ((a & 0xFFFF_FFFFL) << 20) ^ (b & 0xFFFF_FFFFL) * 0x9E37_79B9_7F4A_7C15L;
      h = mix(h ^ ((long) a * 0xC2B2_AE3D_27D4_EB4FL));
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = h == 0 ? 1 : h;
    }

    /** SplitMix64's finaliser: every bit of the input moves every bit of the output. */
    private static long mix(long z) {
      z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
      return z ^ (z >>> 31);
    }
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
      if (NameScript.of(tokens.get(a)) == NameScript.KANJI) {
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

  /** What the name lexicons say of the token, under a template: the senses of {@link #senses}. */
  private static void lexical(Features f, int template, int senses) {
    for (int bit = 1; bit <= LAST_SENSE; bit++) {
      if ((senses & (1 << bit)) != 0) {
        f.add(template, bit);
      }
    }
  }

  /**
   * The senses of {@link #senses} that make a token a possible part of a name: any name sense of
   * any lexicon (IPADIC's, ENAMDICT's, UniDic's person, surname, given name or other proper
   * noun), or that IPADIC or UniDic does not know the word at all.
   */
  private static final int NAME_LIKE = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6)
      | (1 << 7) | (1 << 10) | (1 << 11) | (1 << 12) | (1 << 14) | (1 << 16);

  /**
   * Leaves out of the model's questions the runs it would only ever call outside a name: runs
   * whose every token is a word every lexicon knows and none as a name (政治家, 大学, 鉄道,
   * ピアノ), or a number or counter (1960年 gives the run 年, which ENAMDICT also has as a
   * given name), and that the rules marked nowhere. They are close to half the kanji and
   * katakana tokens of encyclopedic prose, and the model, with its features, costs most of
   * Japanese name detection; the validation fold's scores were the same to the last name
   * without them (docs/models.md).
   */
  private static void leaveOutPlainRuns(List<JapaneseToken> tokens, int[] runStart, int[] runEnd,
      NameScript[] runScripts, int[] senses, int[] mark) {
    for (int i = 0; i < tokens.size(); i = runEnd[i] + 1) {
      if (!isCandidate(runScripts[i])) {
        continue;
      }
      boolean plain = true;
      for (int k = runStart[i]; k <= runEnd[i] && plain; k++) {
        plain = mark[k] == 0 && ((senses[k] & NAME_LIKE) == 0 || isCounter(tokens.get(k)));
      }
      for (int k = runStart[i]; plain && k <= runEnd[i]; k++) {
        runScripts[k] = NameScript.OTHER;
      }
    }
  }

  /** The highest bit of {@link #senses}. */
  private static final int LAST_SENSE = 16;
  /** Where UniDic's kinds of a katakana word ({@link KatakanaWords}) start among the senses. */
  private static final int UNIDIC = 10;

  /**
   * What the name lexicons say of a token, as bits: IPADIC's surname (1) or given name (2);
   * ENAMDICT's surname (3), given name (4); IPADIC's senses of the word, unknown (5), mostly a
   * name (6), a name among others (7), mostly a place or a company (8), something else (9); and
   * of a katakana word, UniDic's kinds (10 to 15: a person, a surname, a given name, a place,
   * another proper noun, a word), or that UniDic does not know it (16).
   */
  int senses(JapaneseToken t, NameScript script) {
    int bits = 0;
    if (t.isSurname()) {
      bits |= 1 << 1;
    } else if (t.isGivenName()) {
      bits |= 1 << 2;
    }
    String s = t.surface();
    Integer known = wordSenses.get(s);
    if (known == null) {
      known = wordSenses(s, script);
      if (wordSenses.size() < MEMO_WORDS) {
        wordSenses.put(s, known);
      }
    }
    return bits | known;
  }

  /** {@link #senses}' bits 3 to 16, from the lexicons themselves (no memo). */
  int wordSenses(String s, NameScript script) {
    int bits = 0;
    if (script == NameScript.KANJI || script == NameScript.HIRAGANA) {
      bits |= readings.isSurname(s) ? 1 << 3 : 0;
      bits |= readings.isGivenName(s) ? 1 << 4 : 0;
    } else if (script == NameScript.KATAKANA) {
      int kinds = katakana.kinds(s);
      bits |= kinds == 0 ? 1 << LAST_SENSE : kinds << UNIDIC;
    }
    if (script != NameScript.OTHER && s.length() <= 8) {
      NameLexicon.Senses senses = lexicon.lookup(s);
      bits |= 1 << (!senses.known() ? 5 : senses.mostlyName() ? 6 : senses.person() ? 7
          : senses.mostlyPlaceOrOrganisation() ? 8 : 9);
    }
    return bits;
  }

  /**
   * Marks each token's run: the tokens of one script written together (katakana with its
   * joiners and initials, kanji), as the first and last token of the run (equal for a token on
   * its own). A run of katakana may start with initials (E・ジャクソン, J・R・R・トールキン).
   */
  static void runs(List<JapaneseToken> tokens, int[] runStart, int[] runEnd) {
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      NameScript script = NameScript.of(tokens.get(i));
      int j = i;
      while (script == NameScript.OTHER && tokens.get(j).isInitial() && j + 2 < n
          && isJoiner(tokens.get(j + 1)) && tokens.get(j).end() == tokens.get(j + 1).start()
          && tokens.get(j + 1).end() == tokens.get(j + 2).start()) {
        JapaneseToken after = tokens.get(j + 2);
        if (NameScript.of(after) == NameScript.KATAKANA) {
          script = NameScript.KATAKANA;
          j += 2;
        } else if (after.isInitial()) {
          j += 2;
        } else {
          j = i;
          break;
        }
      }
      if (script != NameScript.KATAKANA) {
        j = i;
      }
      if (script == NameScript.KATAKANA || script == NameScript.KANJI) {
        while (j + 1 < n && tokens.get(j).end() == tokens.get(j + 1).start()
            && tokens.get(j + 1).end() - tokens.get(i).start() <= MAX_RUN) {
          JapaneseToken next = tokens.get(j + 1);
          if (NameScript.of(next) == script) {
            j++;
          } else if (script == NameScript.KATAKANA && isJoiner(next) && j + 2 < n
              && next.end() == tokens.get(j + 2).start()
              && (NameScript.of(tokens.get(j + 2)) == script
                  || tokens.get(j + 2).isInitial())) {
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

  private static boolean isCounter(JapaneseToken t) {
    String pos = t.partOfSpeech();
    return pos.startsWith("名詞-接尾-助数詞") || pos.startsWith("名詞-数");
  }

  static boolean isJoiner(JapaneseToken t) {
    String s = t.surface();
    return s.equals("・") || s.equals("=") || s.equals("･");
  }


  /**
   * The hash of {@link #shortPos}, summed over its chars as {@link String#hashCode} does,
   * without the substring (an allocation per token) or a map of parts of speech (a look-up per
   * token that cost as much as the sum).
   */
  static int shortPosHash(String pos) {
    int hash = 0;
    boolean dash = false;
    for (int i = 0; i < pos.length(); i++) {
      char c = pos.charAt(i);
      if (c == '-') {
        if (dash) {
          return hash;
        }
        dash = true;
      }
      hash = 31 * hash + c;
    }
    return hash;
  }

  /**
   * The hash of {@link #shape} (what the model's features are made of), without building the
   * string: a kana or kanji word's shape depends only on its script and length, so those are
   * hashed once here; any other word's is one char, whose string's hash is that char.
   */
  static int shapeHash(String word, NameScript script) {
    if (script == NameScript.OTHER) {
      return otherShape(word); // a one-char string's hash is its char
    }
    return SHAPE_HASHES[script.ordinal()][Math.min(word.length(), 5)];
  }

  /** {@link #shape}'s hash per script (kanji, katakana, hiragana) and length (0 to 5+). */
  private static final int[][] SHAPE_HASHES = new int[NameScript.OTHER.ordinal()][6];

  static {
    for (NameScript script : NameScript.values()) {
      if (script != NameScript.OTHER) {
        for (int length = 0; length <= 5; length++) {
          SHAPE_HASHES[script.ordinal()][length] = shape("x".repeat(length), script).hashCode();
        }
      }
    }
  }

  /** The first two levels of a part of speech (名詞-固有名詞), the grain of neighbours' features. */
  static String shortPos(String pos) {
    int first = pos.indexOf('-');
    if (first < 0) {
      return pos;
    }
    int second = pos.indexOf('-', first + 1);
    return second < 0 ? pos : pos.substring(0, second);
  }

  /** The shape of a word in none of the three scripts: by its first char, S, D, U, L or P. */
  private static char otherShape(String word) {
    char first = word.isEmpty() ? ' ' : word.charAt(0);
    return Character.isWhitespace(first) ? 'S' : Character.isDigit(first) ? 'D'
        : Character.isLetter(first) ? (Character.isUpperCase(first) ? 'U' : 'L') : 'P';
  }

  /** The script of a word and its length: K2 (two kanji), T4+ (katakana), H1, L, D, P, X. */
  static String shape(String word, NameScript script) {
    char c;
    switch (script) {
      case KANJI -> c = 'K';
      case KATAKANA -> c = 'T';
      case HIRAGANA -> c = 'H';
      default -> {
        return String.valueOf(otherShape(word));
      }
    }
    int length = word.length();
    return c + (length >= 5 ? "5+" : String.valueOf(length));
  }
}
