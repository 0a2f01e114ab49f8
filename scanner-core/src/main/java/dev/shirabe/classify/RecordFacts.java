package dev.shirabe.classify;

import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the record around each finding says of its person's time: a birth date or age, and
 * the dates labelled by given words (退職日, 応募日). The policy's time-bound flags hang on them
 * ({@code minor}, {@code retention_exceeded}).
 *
 * <p>Which record a fact belongs to:
 *
 * <ul>
 *   <li>A record is a line: a table's row (CSV, a sheet, a table in a document), a line of
 *       prose. A fact on a line that names a person (a {@code PERSON} finding) is that row's:
 *       it reaches the findings on that line only, so one minor in a class list flags that
 *       row, not the list.
 *   <li>A part (a file, a mail, an attachment) with exactly one fact of a kind, standing on a
 *       line that names no one (a résumé's 生年月日 line) while at most two lines name anyone
 *       (a name and its reading), or on the only line that names anyone, is about one person:
 *       the fact reaches all its findings (a résumé's name, address, phone; a guardian named
 *       on it too). A list with one row whose name went unrecognised stays a list.
 *   <li>Otherwise (several facts of a kind in a part that is not a table: a family form) each
 *       reaches the findings of its own line only.
 * </ul>
 *
 * <p>A birth is a {@code DATE_OF_BIRTH} finding (its ISO {@code normalized} value), else, where
 * the text has none, an age labelled as the person's: 満15歳, 年齢 15, a bracketed （15歳）,
 * "age 15" / "aged 15", or a cell of a column headed 年齢 / 満年齢 / Age. A bare 15歳 is not
 * (3歳児健診, 30歳以上). A labelled date is one right after its word (退職日：2012年3月31日)
 * or in a column headed by it ({@code 退職日} in the header row); forms 2012年3月31日,
 * 2012/3/31, 2012-03-31, 2012.3.31 and 平成24年3月31日, H24.3.31, in ASCII or full-width
 * digits.
 *
 * <p>A long part comes a segment at a time (about 256K chars, cut at lines): then only the
 * lines of the segment's findings are read, and "the part" above is the segment; column heads
 * are looked for in the part's first lines.
 */
final class RecordFacts {

  /** A birth: a date, or an age as the text states it (when written: the file's time). */
  record Birth(LocalDate date, int age) {}

  /** Texts up to this long are read whole; longer ones only over their findings' lines. */
  private static final int WHOLE_TEXT = 64 * 1024;
  /** Column heads stand in a part's first lines. */
  private static final int HEAD_LINES = 20;
  /** How far after its word a labelled date may start (spaces, a colon, a bracket). */
  private static final int LABEL_GAP = 12;

  /**
   * A part whose one fact stands on a line naming no one is one person's only when at most
   * this many lines name anyone (the name, its reading, a guardian): more is a list whose
   * row's name was not recognised, and the fact stays that row's.
   */
  private static final int MAX_OTHER_NAMED_LINES = 2;

  private static final String BIRTH = "birth";
  private static final List<String> AGE_HEADS = List.of("年齢", "満年齢", "age");
  private static final Pattern AGE = Pattern.compile(
      "満\\s*(\\d{1,3})\\s*[歳才]|年齢\\s*[:]?\\s*(\\d{1,3})(?!\\d)|[(（]\\s*(\\d{1,3})\\s*[歳才]\\s*[)）]"
          + "|(?<![A-Za-z])(?i:aged?)\\s*[:=]?\\s*(\\d{1,3})(?!\\d)");
  private static final Pattern DATE = Pattern.compile(
      "(\\d{4})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*(\\d{1,2})(?!\\d)"
          + "|(令和|平成|昭和|[RHS])\\s*(元|\\d{1,2})\\s*[年/.-]\\s*(\\d{1,2})\\s*[月/.-]\\s*"
          + "(\\d{1,2})(?!\\d)");
  /** "age" as a word's start (Age, aged), not inside one (page, message). */
  private static final Pattern AGE_WORD = Pattern.compile("(?<![A-Za-z])(?i:age)");
  private static final Pattern CELLS = Pattern.compile("\t|,");

  private final Birth[] births;
  private final List<Map<String, LocalDate>> dates;

  private RecordFacts(Birth[] births, List<Map<String, LocalDate>> dates) {
    this.births = births;
    this.dates = dates;
  }

  /** The birth in finding {@code i}'s record, or null. */
  Birth birth(int i) {
    return births[i];
  }

  /** The dates finding {@code i}'s record labels by the words asked for, by word. */
  Map<String, LocalDate> dates(int i) {
    return dates.get(i);
  }

  /**
   * Whether a finding is a date of birth. With {@link #mayStateAge} the cheap test of whether
   * the findings or the text may state a birth at all, before the text is read for one; the
   * text's half is the same for every segment of one long text, so a caller keeps it.
   */
  static boolean hasDateOfBirth(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.type() == FindingType.DATE_OF_BIRTH) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds a word an age is written with (歳, 才, 年齢, age). */
  static boolean mayStateAge(String text) {
    return text.indexOf('歳') >= 0 || text.indexOf('才') >= 0 || text.contains("年齢")
        || AGE_WORD.matcher(text).find();
  }

  /**
   * Reads the facts of the findings' records.
   *
   * @param dateWords the words whose labelled dates are wanted (may be empty)
   */
  static RecordFacts of(String text, List<Finding> findings, Collection<String> dateWords) {
    int first = text.length();
    int last = 0;
    for (Finding f : findings) {
      first = Math.min(first, f.start());
      last = Math.max(last, f.end());
    }
    int from = 0;
    int to = text.length();
    if (text.length() > WHOLE_TEXT) {
      from = first == 0 ? 0 : text.lastIndexOf('\n', first - 1) + 1;
      int end = text.indexOf('\n', Math.max(last - 1, from));
      to = end < 0 ? text.length() : end;
    }
    Lines lines = new Lines(text, from, to);
    String folded = fold(text.substring(from, to));

    Set<Integer> personLines = new HashSet<>();
    for (Finding f : findings) {
      if (f.type() == FindingType.PERSON) {
        personLines.add(lines.of(f.start()));
      }
    }
    // kind -> line -> value, in text order
    Map<String, Map<Integer, Object>> facts = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.type() == FindingType.DATE_OF_BIRTH) {
        try {
          fact(facts, BIRTH, lines.of(f.start()), new Birth(LocalDate.parse(f.normalized()), -1));
        } catch (DateTimeException notADate) {
          // a value from a stored record or another detector's form: no birth read
        }
      }
    }
    List<String> heads = heads(text, first);
    if (!facts.containsKey(BIRTH)) {
      // Ages only where no birth date is written: a date is exact, an age as old as the file.
      Matcher m = AGE.matcher(folded);
      while (m.find()) {
        fact(facts, BIRTH, lines.of(from + m.start()), new Birth(null, number(m)));
      }
      for (int column : columns(heads, AGE_HEADS, true)) {
        for (int line = 0; line < lines.count(); line++) {
          String cell = cell(lines.text(folded, line), column);
          if (cell != null && cell.strip().matches("\\d{1,3}")) {
            fact(facts, BIRTH, line, new Birth(null, Integer.parseInt(cell.strip())));
          }
        }
      }
    }
    for (String word : dateWords) {
      String kind = "date:" + word;
      for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
        LocalDate date = dateAt(folded, at + word.length());
        if (date != null) {
          fact(facts, kind, lines.of(from + at), date);
        }
      }
      for (int column : columns(heads, List.of(word), false)) {
        for (int line = 0; line < lines.count(); line++) {
          String cell = cell(lines.text(folded, line), column);
          LocalDate date = cell == null ? null : dateAt(cell, 0);
          if (date != null) {
            fact(facts, kind, line, date);
          }
        }
      }
    }

    Birth[] births = new Birth[findings.size()];
    List<Map<String, LocalDate>> dates = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      dates.add(new HashMap<>(2));
    }
    for (Map.Entry<String, Map<Integer, Object>> kind : facts.entrySet()) {
      Map<Integer, Object> byLine = kind.getValue();
      Object whole = null;
      if (byLine.size() == 1) {
        int line = byLine.keySet().iterator().next();
        Set<Integer> others = new HashSet<>(personLines);
        others.remove(line);
        if (others.size() <= MAX_OTHER_NAMED_LINES
            && (!personLines.contains(line) || others.isEmpty())) {
          whole = byLine.get(line); // one person's part: the fact is the section's
        }
      }
      for (int i = 0; i < findings.size(); i++) {
        Object value = whole != null ? whole : byLine.get(lines.of(findings.get(i).start()));
        if (value instanceof Birth b) {
          births[i] = b;
        } else if (value instanceof LocalDate d) {
          dates.get(i).put(kind.getKey().substring("date:".length()), d);
        }
      }
    }
    return new RecordFacts(births, dates);
  }

  /** Keeps a line's first fact of a kind. */
  private static void fact(Map<String, Map<Integer, Object>> facts, String kind, int line,
      Object value) {
    facts.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(line, value);
  }

  private static int number(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return Integer.parseInt(m.group(g));
      }
    }
    throw new IllegalStateException(m.group());
  }

  /**
   * The first lines of the text above its first finding, folded: where a table's column heads
   * stand.
   */
  private static List<String> heads(String text, int firstFinding) {
    List<String> heads = new ArrayList<>();
    int pos = 0;
    while (heads.size() < HEAD_LINES && pos < text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      if (end > firstFinding && firstFinding >= pos) {
        break;
      }
      heads.add(fold(text.substring(pos, end)));
      pos = end + 1;
    }
    return heads;
  }

  /**
   * The columns whose head is one of the words (the whole cell, or containing it), in lines
   * of at least two cells whose cell under the word holds no date.
   */
  private static List<Integer> columns(List<String> heads, List<String> words, boolean whole) {
    List<Integer> columns = new ArrayList<>();
    for (String head : heads) {
      String[] cells = CELLS.split(head, -1);
      if (cells.length < 2) {
        continue;
      }
      for (int c = 0; c < cells.length; c++) {
        String cell = cells[c].strip().replace("\"", "").toLowerCase(Locale.ROOT);
        for (String w : words) {
          String word = w.toLowerCase(Locale.ROOT);
          boolean named = whole ? cell.equals(word) : cell.contains(word);
          if (named && dateAt(cell, 0) == null && !columns.contains(c)) {
            columns.add(c);
          }
        }
      }
    }
    return columns;
  }

  private static String cell(String line, int column) {
    String[] cells = CELLS.split(line, -1);
    return cells.length >= 2 && column < cells.length ? cells[column].replace("\"", "") : null;
  }

  /** A date starting within {@link #LABEL_GAP} chars of {@code at}, or null. */
  static LocalDate dateAt(String text, int at) {
    int gap = at;
    while (gap < text.length() && gap - at < LABEL_GAP
        && !Character.isDigit(text.charAt(gap)) && "令平昭RHS".indexOf(text.charAt(gap)) < 0) {
      char c = text.charAt(gap);
      if (c == '\n' || Character.isLetter(c) && !Character.isIdeographic(c) && c != 'は') {
        return null; // another word, not the date's label and gap
      }
      gap++;
    }
    Matcher m = DATE.matcher(text).region(gap, Math.min(text.length(), gap + 24));
    if (!m.lookingAt()) {
      return null;
    }
    try {
      if (m.group(1) != null) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
      int year = m.group(5).equals("元") ? 1 : Integer.parseInt(m.group(5));
      return LocalDate.from(JapaneseDate.of(era(m.group(4)), year, Integer.parseInt(m.group(6)),
          Integer.parseInt(m.group(7))));
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  private static JapaneseEra era(String name) {
    return switch (name) {
      case "令和", "R" -> JapaneseEra.REIWA;
      case "平成", "H" -> JapaneseEra.HEISEI;
      default -> JapaneseEra.SHOWA;
    };
  }

  /** Full-width digits and signs as ASCII, char for char (offsets stay). */
  static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
          || c == '／' || c == '－' || c == '．' || c == '：' || c == '，') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '（' || c == '）') {
        chars[i] = c == '（' ? '(' : ')';
      } else if (c == '\u3000') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** The lines of a region of the text, found by offset. */
  private static final class Lines {
    private final int from;
    private final int[] starts;

    Lines(String text, int from, int to) {
      this.from = from;
      List<Integer> s = new ArrayList<>();
      s.add(from);
      for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
        s.add(i + 1);
      }
      starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int count() {
      return starts.length;
    }

    /** The line of an offset of the text. */
    int of(int offset) {
      int i = Arrays.binarySearch(starts, offset);
      return i >= 0 ? i : -i - 2;
    }

    /** Line {@code line} of the region's folded text. */
    String text(String folded, int line) {
      int start = starts[line] - from;
      int end = line + 1 < starts.length ? starts[line + 1] - from - 1 : folded.length();
      return folded.substring(start, Math.max(start, end));
    }
  }
}
