package dev.shirabe.detect.identifiers;

import dev.shirabe.detect.ContextScorer;
import dev.shirabe.detect.ContextWords;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates of birth: a full date (year, month and day) where the text says it is a birth
 * date. A date alone is not personal data; a person's birth date is.
 *
 * <p>Forms, in ASCII or full-width digits: 1985年4月1日, 1985/04/01, 1985-04-01, 1985.4.1,
 * 19850401, 01/04/1985, April 1, 1985, 1 April 1985; Japanese eras written out or shortened
 * (昭和60年4月1日, 平成元年4月1日, 昭60.4.1, S60/4/1, H2.4.1), and both together as résumés
 * write them (1998年（平成10年）4月12日, 平成10年（1998年）4月12日), which must agree. Eras
 * are converted by the JDK's Japanese calendar, which knows where each era begins and ends:
 * 昭和64年1月8日 does not exist. Impossible dates (2月30日), dates before 1873 (where the
 * Japanese calendar starts) and dates after today are rejected. In numeric dates with the year
 * last, the order is day first when the first number is above 12, else month first (the
 * American order, "6/24/1991"); {@code normalized} is ISO 8601 (1985-04-01).
 *
 * <p>Birth context is required: a birth word (生年月日, 誕生日, 生まれ, Date of birth, DOB, born
 * …; {@code context/date-of-birth.txt}) nearer than any word of another date (入社, 発行, 現在,
 * issued …) within the {@link ContextScorer} window or heading the date's table column, or a
 * birth suffix right after the date: "生", "生まれ", an age ("（満39歳）").
 *
 * <p>One pass over the text: a date can only start at a digit, an era name or letter, or a
 * month name, and the patterns are tried only there, anchored.
 */
public final class DateOfBirthDetector implements Detector {

  public static final String NAME = "date-of-birth";

  /** A date with a birth word near it; {@link ContextScorer} raises it for that word. */
  private static final double CONFIDENCE = 0.6;

  /**
   * A date with a birth suffix: near certain. The scorer, which does not see the suffix, may
   * still halve it for another date's word nearby ("受付日 … 山田様（1985年7月7日生）"), not
   * below the threshold.
   */
  private static final double CONFIDENCE_SUFFIX = 0.9;

  /** The first year a date is read in: the Japanese calendar's first Gregorian year. */
  private static final int FIRST_YEAR = 1873;

  private static final String SP = " ?";
  private static final String YEAR = "(?<y>\\d{4})";
  private static final String MONTH = "(?<m>\\d{1,2})";
  private static final String DAY = "(?<d>\\d{1,2})";
  private static final String ERA_KANJI = "(?<era>明治|大正|昭和|平成|令和|[明大昭平令])";
  private static final String ERA_ANY = "(?<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHR])";
  private static final String ERA_YEAR = "(?<ey>元|\\d{1,2})";
  private static final String KANJI_MONTH_DAY = MONTH + SP + "月" + SP + DAY + SP + "日";
  private static final String MONTH_NAME =
      "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** The written forms of a date, each tried anchored where it can start. */
  private enum Form {
    /** 1985年4月1日, 1998年（平成10年）4月12日. */
    WESTERN_KANJI(YEAR + SP + "年" + SP
        + "(?:\\(" + SP + ERA_KANJI + SP + ERA_YEAR + SP + "年" + SP + "\\)" + SP + ")?"
        + KANJI_MONTH_DAY),
    /** 1985/04/01, 1985-04-01, 1985.4.1. */
    WESTERN_NUMERIC(YEAR + "(?<sep>[/.-])" + MONTH + "\\k<sep>" + DAY),
    /** 19850401. */
    WESTERN_COMPACT(YEAR + "(?<m>\\d{2})(?<d>\\d{2})"),
    /**
     * 01/04/1985, 24.6.1991: the first number is the day when it cannot be a month, else the
     * month (the American order, which also holds whenever the second cannot be a month).
     */
    YEAR_LAST("(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>" + YEAR),
    /** 1 April 1985, 1st of April, 1985. */
    DAY_MONTH_NAME(DAY + ORDINAL + " (?:of )?" + MONTH_NAME + ",? " + YEAR),
    /** April 1, 1985, Apr. 1st 1985. */
    MONTH_NAME_DAY(MONTH_NAME + " " + DAY + ORDINAL + ",? " + YEAR),
    /** 昭和60年4月1日, 平成元年4月1日, 平成10年（1998年）4月12日, S60年4月1日. */
    ERA_KANJI_FORM(ERA_ANY + SP + ERA_YEAR + SP + "年" + SP
        + "(?:\\(" + SP + YEAR + SP + "年?" + SP + "\\)" + SP + ")?"
        + KANJI_MONTH_DAY),
    /** S60/4/1, H2.4.1, 昭60.4.1, 平成2-4-1. */
    ERA_NUMERIC(ERA_ANY + SP + ERA_YEAR + "(?<sep>[/.-])" + MONTH + "\\k<sep>" + DAY);

    final Pattern pattern;
    private final String regex;

    Form(String regex) {
      this.regex = regex;
      this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Whether the pattern names this group: Java 17's Matcher cannot be asked. */
    boolean has(String group) {
      return regex.contains("(?<" + group + ">");
    }
  }

  private static final Form[] YEAR_FIRST = {Form.WESTERN_KANJI, Form.WESTERN_NUMERIC};
  private static final Form[] COMPACT = {Form.WESTERN_COMPACT};
  private static final Form[] DAY_OR_MONTH_FIRST = {Form.YEAR_LAST};
  private static final Form[] DAY_FIRST = {Form.DAY_MONTH_NAME};
  private static final Form[] ERA_FIRST = {Form.ERA_KANJI_FORM, Form.ERA_NUMERIC};
  private static final Form[] MONTH_NAME_FIRST = {Form.MONTH_NAME_DAY};
  private static final Form[] NONE = {};

  /** The longest any form can be, in chars: the region a pattern is given. */
  private static final int MAX_LENGTH = 40;

  /** "生", "生まれ", an age: right after a date they make it a birth date. */
  private static final Pattern BIRTH_SUFFIX = Pattern.compile(
      " ?(?:生まれ|生れ|生(?![\\p{IsHan}\\p{IsHiragana}])|\\(? ?満 ?\\d{1,3} ?歳|\\( ?\\d{1,3} ?歳"
          + "|\\( ?aged? \\d{1,3})");
  private static final int SUFFIX_LENGTH = 12;

  private static final String[] MONTH_NAMES = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final int[] MONTH_KEYS = Arrays.stream(MONTH_NAMES)
      .mapToInt(m -> monthKey(m.charAt(0), m.charAt(1), m.charAt(2)))
      .toArray();

  private final Clock clock;
  private final ContextScorer scorer = new ContextScorer();
  private final ContextWords words = ContextWords.of(FindingType.DATE_OF_BIRTH);

  public DateOfBirthDetector() {
    this(Clock.systemDefaultZone());
  }

  /** With a clock of one's own: dates after its today are not birth dates. */
  public DateOfBirthDetector(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    String folded = text.folded();
    LocalDate today = LocalDate.now(clock);
    Matcher[] matchers = new Matcher[Form.values().length];
    List<Finding> findings = new ArrayList<>();
    int n = folded.length();
    int i = 0;
    while (i < n) {
      Form form = null;
      Matcher m = null;
      for (Form candidate : formsStartingAt(folded, i)) {
        int k = candidate.ordinal();
        if (matchers[k] == null) {
          matchers[k] = candidate.pattern.matcher(folded).useTransparentBounds(true);
        }
        Matcher tried = matchers[k].region(i, Math.min(n, i + MAX_LENGTH));
        if (tried.lookingAt() && DigitRun.endsValue(folded, tried.end())) {
          form = candidate;
          m = tried;
          break;
        }
      }
      if (m == null) {
        i++;
        continue;
      }
      LocalDate date = date(m, form);
      int end = m.end();
      if (date != null && !date.isAfter(today) && date.getYear() >= FIRST_YEAR) {
        double confidence = hasBirthSuffix(folded, end) ? CONFIDENCE_SUFFIX
            : scorer.evidence(text, i, end, words).supported() ? CONFIDENCE
            : 0;
        if (confidence > 0) {
          findings.add(text.finding(FindingType.DATE_OF_BIRTH, null, i, end, date.toString(), confidence, NAME));
        }
      }
      i = end;
    }
    return findings;
  }

  /**
   * The forms that may start at {@code i}, by a look at the next few chars: most digits,
   * kanji and words start no date, and are passed over without a pattern.
   */
  private static Form[] formsStartingAt(String folded, int i) {
    char c = folded.charAt(i);
    if (c > 0x7F) {
      return isEraKanji(c) ? eraFormsAt(folded, i) : NONE;
    }
    char before = i > 0 ? folded.charAt(i - 1) : ' ';
    if (isDigit(c)) {
      return isDigit(before) || !DigitRun.startsValue(folded, i) ? NONE : digitFormsAt(folded, i);
    }
    if (!isAsciiLetter(c) || isAsciiLetter(before) || isDigit(before)) {
      return NONE;
    }
    if ("MTSHR".indexOf(c) >= 0 && isDigit(charAt(folded, i + 1))) {
      return ERA_FIRST;
    }
    return startsMonthName(folded, i) ? MONTH_NAME_FIRST : NONE;
  }

  /** By the length of the digit run and the char after it: 1985年, 1985/, 19850401, 1/, 1 Apr. */
  private static Form[] digitFormsAt(String folded, int i) {
    int end = i;
    while (end < folded.length() && isDigit(folded.charAt(end))) {
      end++;
    }
    char next = charAt(folded, end);
    return switch (end - i) {
      case 4 -> "年/.-".indexOf(next) >= 0 || (next == ' ' && charAt(folded, end + 1) == '年')
          ? YEAR_FIRST : NONE;
      case 8 -> COMPACT;
      case 1, 2 -> "/.-".indexOf(next) >= 0 ? DAY_OR_MONTH_FIRST
          : next == ' ' || "snrt".indexOf(next) >= 0 ? DAY_FIRST : NONE;
      default -> NONE;
    };
  }

  /** An era name, written out or by its first kanji, then a year in digits or 元. */
  private static Form[] eraFormsAt(String folded, int i) {
    int at = i + 1;
    if ("治正和成".indexOf(charAt(folded, at)) >= 0) {
      at++;
    }
    if (charAt(folded, at) == ' ') {
      at++;
    }
    char next = charAt(folded, at);
    return isDigit(next) || next == '元' ? ERA_FIRST : NONE;
  }

  private static boolean isEraKanji(char c) {
    return c == '明' || c == '大' || c == '昭' || c == '平' || c == '令';
  }

  /** Whether the three letters from {@code i} begin a month's name ("Apr", "sept"). */
  private static boolean startsMonthName(String folded, int i) {
    if (i + 3 > folded.length()) {
      return false;
    }
    int key = monthKey(folded.charAt(i), folded.charAt(i + 1), folded.charAt(i + 2));
    for (int month : MONTH_KEYS) {
      if (month == key) {
        return true;
      }
    }
    return false;
  }

  /** Three ASCII letters, lower-cased, in one int: a month name's first three compare fast. */
  private static int monthKey(char a, char b, char c) {
    return ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
  }

  private static char charAt(String folded, int i) {
    return i < folded.length() ? folded.charAt(i) : '\n';
  }

  /** The date a match denotes, or null when there is no such day. */
  static LocalDate date(Matcher m, Form form) {
    try {
      int month = form.has("mon") ? monthNumber(m.group("mon")) : 0;
      int day;
      if (form.has("a")) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        boolean monthFirst = a <= 12;
        month = monthFirst ? a : b;
        day = monthFirst ? b : a;
      } else {
        day = Integer.parseInt(m.group("d"));
        if (month == 0) {
          month = Integer.parseInt(m.group("m"));
        }
      }
      if (form.has("era") && m.group("era") != null) {
        String eraYear = m.group("ey");
        int year = eraYear.equals("元") ? 1 : Integer.parseInt(eraYear);
        LocalDate date = LocalDate.from(JapaneseDate.of(era(m.group("era")), year, month, day));
        // Both years written (1998年（平成10年）): they must name the same year.
        boolean agree = !form.has("y") || m.group("y") == null
            || Integer.parseInt(m.group("y")) == date.getYear();
        return agree ? date : null;
      }
      return LocalDate.of(Integer.parseInt(m.group("y")), month, day);
    } catch (DateTimeException e) {
      return null; // no such day, or not in that era
    }
  }

  private static int monthNumber(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTH_NAMES.length; i++) {
      if (MONTH_NAMES[i].equals(prefix)) {
        return i + 1;
      }
    }
    throw new DateTimeException("no month " + name);
  }

  /** The era a name, its first kanji or its Latin letter stands for. */
  private static JapaneseEra era(String name) {
    return switch (Character.toUpperCase(name.charAt(0))) {
      case '明', 'M' -> JapaneseEra.MEIJI;
      case '大', 'T' -> JapaneseEra.TAISHO;
      case '昭', 'S' -> JapaneseEra.SHOWA;
      case '平', 'H' -> JapaneseEra.HEISEI;
      case '令', 'R' -> JapaneseEra.REIWA;
      default -> throw new DateTimeException("no era " + name);
    };
  }

  private static boolean hasBirthSuffix(String folded, int end) {
    return BIRTH_SUFFIX.matcher(folded)
        .region(end, Math.min(folded.length(), end + SUFFIX_LENGTH))
        .useTransparentBounds(true)
        .lookingAt();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
