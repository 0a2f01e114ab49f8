package dev.shirabe.detect.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.shirabe.detect.DetectionText;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.text.JapaneseScript;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds telephone and fax numbers with libphonenumber, reading the folded text (full-width
 * digits, Japanese dashes and brackets already ASCII) with Latin labels glued to a number
 * blanked out ({@link PhoneLabels#unglue}).
 *
 * <p>Two passes, strongest evidence first:
 *
 * <ol>
 *   <li>libphonenumber's matcher with the home region (JP): numbers valid there, written with
 *       the trunk prefix ("03-1234-5678", "0312345678"), and valid international numbers
 *       ("+44 20 7946 0958"), whatever their country.
 *   <li>Every other phone-shaped run ({@link PhoneShape#RUN}) is tried in a short list of
 *       other regions, for national numbers written abroad ("(212) 555-0123"); a valid one is
 *       reported with less confidence. A run valid nowhere is still reported, with little
 *       confidence, when it starts with {@code +} and a country code, or when a voice or fax
 *       label stands right before it ("Phone: 467 3395", "Tel: +99 123 4567") or closes its
 *       line after it ("781 1704 office"): the label says what it is, whatever the numbering
 *       plans say (they change, and people mistype).
 * </ol>
 *
 * <p>Either way a candidate is dropped when its shape is that of another number (a date, a
 * My Number, an IP address), when an other-number label stands before it ("注文番号",
 * "Invoice", "〒"), or when it is an amount ("¥", "円"). A voice or fax label ("TEL", "電話",
 * "FAX" before it, "(FAX)" after it, or "fax" closing its line) adds confidence; a fax label
 * makes it subtype {@code fax}. The normalised value is E.164 when the number was parsed; for
 * a number valid nowhere it is the bare digits, since its country is unknown (or, written with
 * + and a known country code, those digits after the +).
 */
public final class PhoneDetector implements Detector {

  public static final String NAME = "phone";
  public static final String SUBTYPE_FAX = "fax";

  /** Where the company is: national numbers are read as this region's first. */
  public static final String DEFAULT_HOME_REGION = "JP";

  /**
   * Regions tried for a number not valid at home: the ones a Japanese company deals with
   * whose numbering is specific enough that validity means something. All but the US demand
   * a written trunk prefix "0", and American numbers must follow the area-code rules and
   * their 3-3-4 grouping. Left out on purpose: China and India, whose metadata accepts
   * almost any 10 or 11 digits without a prefix, and Hong Kong and Singapore, where nearly
   * every 8 digits are valid, so that "2024-0123" or "1234-5678" in a Japanese document would
   * become a phone. Their numbers are still found when written with +86, +852, … or labelled.
   */
  public static final List<String> DEFAULT_OTHER_REGIONS =
      List.of("US", "GB", "AU", "KR", "TW", "DE", "FR");

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  /** Chars after a stretch of digits where an extension may stand. */
  private static final int EXTENSION_ROOM = 12;

  /** How far around a number to look for Japanese script, in chars. */
  private static final int SCRIPT_WINDOW = 120;

  // Confidence by evidence; a voice or fax label adds LABEL_BONUS. A bare digit run is weaker
  // evidence than one written the way phone numbers are.
  private static final double VALID_PHONE_LIKE = 0.8;
  private static final double VALID_BARE = 0.6;
  private static final double ELSEWHERE_PHONE_LIKE = 0.65;
  private static final double ELSEWHERE_BARE = 0.5;
  private static final double INTERNATIONAL_UNVERIFIED = 0.45;
  private static final double UNVERIFIED = 0.3;
  private static final double LABEL_BONUS = 0.15;

  /** A number glued to more digits ("+41 (0)96…", "12-03-1234-5678") is a piece of it. */
  private static final Pattern CONTINUED_BEFORE = Pattern.compile("(?:\\+\\d{1,4} ?|\\d[-.])$");
  private static final Pattern CONTINUED_AFTER = Pattern.compile("^[-.]\\d");

  /** Amounts: a currency sign before, a unit or counter after ("1234567円", "¥0312345678"). */
  private static final Pattern UNIT_AFTER = Pattern.compile("^ ?[円万億千件個名回歳年月日時分秒%]");
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("\\p{Sc} ?$");

  private enum Evidence {
    /** Valid in the home region, or valid and written with its country code. */
    VALID,
    /** Valid as a national number of one of the other regions. */
    VALID_ELSEWHERE,
    /** Written with + and a known country code, in a possible length, but not valid. */
    POSSIBLE_INTERNATIONAL,
    /** Phone-shaped, valid nowhere: only a label makes it a phone. */
    UNVERIFIED
  }

  /** A span of the view that may be a number, with what speaks for it; number may be null. */
  private record Candidate(int start, int end, PhoneNumber number, Evidence evidence) {

    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  private final String homeRegion;
  private final List<String> otherRegions;
  private final PhoneLabels labels = new PhoneLabels();
  /** For each other region, the lengths of its national significant numbers. */
  private final Map<String, Set<Integer>> nationalLengths;
  private final int homeMinDigits;

  /** Japan first, then {@link #DEFAULT_OTHER_REGIONS}. */
  public PhoneDetector() {
    this(DEFAULT_HOME_REGION, DEFAULT_OTHER_REGIONS);
  }

  /**
   * @param homeRegion ISO 3166 code of the region whose national numbers are expected
   * @param otherRegions regions tried, in order, for numbers not valid in the home region
   */
  public PhoneDetector(String homeRegion, List<String> otherRegions) {
    this.homeRegion = homeRegion;
    this.otherRegions = List.copyOf(otherRegions);
    Map<String, Set<Integer>> lengths = new HashMap<>();
    for (String region : otherRegions) {
      lengths.put(region, possibleLengths(region));
    }
    this.nationalLengths = Map.copyOf(lengths);
    // The trunk prefix and the shortest national number: the fewest digits written at home.
    this.homeMinDigits =
        1 + possibleLengths(homeRegion).stream().mapToInt(Integer::intValue).min().orElse(0);
  }

  /** The lengths a national significant number of the region can have, from its metadata. */
  private static Set<Integer> possibleLengths(String region) {
    int countryCode = UTIL.getCountryCodeForRegion(region);
    Set<Integer> lengths = new java.util.TreeSet<>();
    long national = 0;
    for (int length = 1; length <= 17; length++) {
      national = national * 10 + 5;
      PhoneNumber probe = new PhoneNumber().setCountryCode(countryCode).setNationalNumber(national);
      PhoneNumberUtil.ValidationResult result = UTIL.isPossibleNumberWithReason(probe);
      if (result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
          || result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY) {
        lengths.add(length);
      }
    }
    return Set.copyOf(lengths);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Finding> detect(DetectionText text) {
    List<int[]> clusters = numericClusters(text.folded());
    String view = labels.unglue(text.folded(), clusters);
    List<Candidate> candidates = new ArrayList<>();
    // Candidates before this index end before the current cluster starts: a run in it cannot
    // overlap them. Every candidate ends within its cluster's room, and clusters come in order,
    // so a table of 100,000 numbers is not checked against every number above it.
    int live = 0;
    // libphonenumber's matcher reads a few MB/s; most text has no digits worth its time. It is
    // given only the stretches of digits and phone punctuation that could hold a number, with
    // one char before each, which its rules about neighbouring letters look at, and room
    // after for an extension ("x769", "ext. 204").
    for (int[] cluster : clusters) {
      while (live < candidates.size() && candidates.get(live).end() <= cluster[0]) {
        live++;
      }
      int from = Math.max(0, cluster[0] - 1);
      int to = Math.min(view.length(), cluster[1] + EXTENSION_ROOM);
      Iterable<PhoneNumberMatch> home = mayHoldHomeNumber(view, cluster)
          ? UTIL.findNumbers(view.substring(from, to), homeRegion, Leniency.VALID, Long.MAX_VALUE)
          : List.of();
      for (PhoneNumberMatch m : home) {
        int start = from + m.start();
        int end = start + m.rawString().length();
        if (!isContinued(view, start, end)) {
          candidates.add(foreignLookalike(text, m, start).orElseGet(
              () -> new Candidate(start, end, m.number(), Evidence.VALID)));
        }
      }
      Matcher run = PhoneShape.RUN.matcher(view).useTransparentBounds(true);
      run.region(cluster[0], to);
      while (run.find()) {
        int start = run.start();
        int end = run.end();
        // Most runs are short (years, counts): too few chars to hold the digits of a number.
        if (end - start >= PhoneShape.MIN_DIGITS && !overlapsAny(candidates, live, start, end)) {
          elsewhere(run.group(), start).ifPresent(candidates::add);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Candidate candidate : candidates) {
      assess(text, view, candidate).ifPresent(findings::add);
    }
    return findings;
  }

  /** Whether a candidate from index {@code from} on overlaps [start, end). */
  private static boolean overlapsAny(List<Candidate> candidates, int from, int start, int end) {
    for (int i = from; i < candidates.size(); i++) {
      if (candidates.get(i).overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stretches of the text made of digits and the punctuation numbers are written with
   * ("+", brackets, hyphens, dots, slashes, single spaces) that hold at least {@link
   * PhoneShape#MIN_DIGITS} digits, as [start, end) pairs, trimmed of punctuation at both ends.
   */
  static List<int[]> numericClusters(String view) {
    List<int[]> clusters = new ArrayList<>();
    int n = view.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(view.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (start > 0 && (view.charAt(start - 1) == '+' || view.charAt(start - 1) == '(')) {
        start--;
      }
      int end = i;
      int digits = 0;
      int lastDigitEnd = i;
      while (end < n && isNumberChar(view.charAt(end))) {
        if (isDigit(view.charAt(end))) {
          digits++;
          lastDigitEnd = end + 1;
        } else if (view.charAt(end) == ' ' && end + 1 < n && view.charAt(end + 1) == ' ') {
          break; // two spaces part two values
        }
        end++;
      }
      end = lastDigitEnd < n && view.charAt(lastDigitEnd) == ')' ? lastDigitEnd + 1 : lastDigitEnd;
      if (digits >= PhoneShape.MIN_DIGITS) {
        clusters.add(new int[] {start, end});
      }
      i = Math.max(end, i + 1);
    }
    return clusters;
  }

  /**
   * Whether a stretch can hold a number of the home region: one written with a + (any
   * country), or a group that starts with the trunk prefix the home region writes ("0" in
   * Japan). Most stretches of an English text (street numbers, card numbers, amounts) fail
   * this, and skip the matcher.
   */
  private boolean mayHoldHomeNumber(String view, int[] cluster) {
    String trunk = UTIL.getNddPrefixForRegion(homeRegion, true);
    if (trunk == null || trunk.isEmpty()) {
      return true;
    }
    int digits = 0;
    for (int i = cluster[0]; i < cluster[1]; i++) {
      digits += isDigit(view.charAt(i)) || view.charAt(i) == '+' ? 1 : 0;
    }
    if (digits < homeMinDigits) {
      return false; // a date, a short code: fewer digits than any full number at home
    }
    for (int i = cluster[0]; i < cluster[1]; i++) {
      char c = view.charAt(i);
      boolean groupStart = i == cluster[0] || !isDigit(view.charAt(i - 1));
      if (c == '+' || (groupStart && view.startsWith(trunk, i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumberChar(char c) {
    return isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'
        || c == '/';
  }

  /**
   * A national number valid at home may be a foreign one: "020 7946 0456" is a London number
   * in an English mail, though Japan has 020 numbers too. It is read as foreign when it is
   * valid in another region and written in that region's digit groups, and either not in the
   * home region's groups ("03.93.92.16.85" is French), or in both but spaced the European way
   * rather than hyphenated the Japanese way, in text with no Japanese in it.
   */
  private Optional<Candidate> foreignLookalike(
      DetectionText text, PhoneNumberMatch m, int start) {
    PhoneShape shape = PhoneShape.of(m.rawString());
    if (shape.isInternational() || !shape.isPhoneLike()) {
      return Optional.empty();
    }
    boolean homeGroups = shape.hasGroupsOf(UTIL.format(m.number(), PhoneNumberFormat.NATIONAL));
    if (homeGroups
        && (m.rawString().indexOf('-') >= 0
            || JapaneseScript.near(
                text.original(), start, start + m.rawString().length(), SCRIPT_WINDOW))) {
      return Optional.empty();
    }
    for (String region : otherRegions) {
      try {
        PhoneNumber number = UTIL.parse(m.rawString(), region);
        if (UTIL.isValidNumberForRegion(number, region)
            && shape.hasGroupsOf(UTIL.format(number, PhoneNumberFormat.NATIONAL))) {
          return Optional.of(new Candidate(
              start, start + m.rawString().length(), number, Evidence.VALID_ELSEWHERE));
        }
      } catch (NumberParseException e) {
        // not a number of that region
      }
    }
    return Optional.empty();
  }

  /** What speaks for a phone-shaped run that the home region did not claim. */
  private Optional<Candidate> elsewhere(String run, int start) {
    int end = start + run.length();
    PhoneShape shape = PhoneShape.of(run);
    if (shape.isOtherNumber()) {
      return Optional.empty(); // assess() would drop it too; spare the parsing
    }
    if (shape.isInternational()) {
      try {
        PhoneNumber number = UTIL.parse(run, "ZZ");
        if (UTIL.isValidNumber(number)) {
          return Optional.of(new Candidate(start, end, number, Evidence.VALID));
        }
        if (UTIL.isPossibleNumber(number)) {
          return Optional.of(new Candidate(start, end, number, Evidence.POSSIBLE_INTERNATIONAL));
        }
      } catch (NumberParseException e) {
        // No known country code after the +: a phone only if a label says so.
      }
      return Optional.of(new Candidate(start, end, null, Evidence.UNVERIFIED));
    }
    for (String region : otherRegions) {
      if (!mayBeNationalOf(region, shape.digits())) {
        continue; // a cheap check spares the parsing
      }
      try {
        // The run is already one whole token: parsing it is enough, and much cheaper than
        // libphonenumber's matcher; the grouping check stands in for the matcher's own.
        PhoneNumber number = UTIL.parse(run, region);
        if (UTIL.isValidNumber(number) && isWrittenAsIn(region, shape, number)) {
          return Optional.of(new Candidate(start, end, number, Evidence.VALID_ELSEWHERE));
        }
      } catch (NumberParseException e) {
        // not a number of that region
      }
    }
    return Optional.of(new Candidate(start, end, null, Evidence.UNVERIFIED));
  }

  /**
   * Whether digits can be a national number of the region as people write it there: with the
   * trunk prefix "0" where the region dials one (it is written there), and without a leading
   * 0 in the regions that dial another prefix ("1" in North America, usually left out); and
   * of a length the region's numbers have.
   */
  private boolean mayBeNationalOf(String region, String digits) {
    String trunk = UTIL.getNddPrefixForRegion(region, true);
    boolean zeroTrunk = "0".equals(trunk);
    if (digits.startsWith("0") != zeroTrunk) {
      return false;
    }
    Set<Integer> lengths = nationalLengths.get(region);
    int withoutTrunk = zeroTrunk || (trunk != null && !trunk.isEmpty() && digits.startsWith(trunk))
        ? digits.length() - 1 : digits.length();
    return lengths.contains(withoutTrunk) || lengths.contains(digits.length());
  }

  /**
   * Whether a number valid in a foreign region is also written the way that region writes it.
   * A number written with the trunk prefix "0" ("07700 …" in Britain) is specific enough.
   * Without one (American numbers omit their "1", or write it as they like) many runs of the
   * right length are valid, so the digit groups must fall where the region puts them:
   * "212-555-0123" yes, "21-2555-0123" no.
   */
  private static boolean isWrittenAsIn(String region, PhoneShape shape, PhoneNumber number) {
    if ("0".equals(UTIL.getNddPrefixForRegion(region, true)) && shape.digits().startsWith("0")) {
      return true;
    }
    return shape.keepsGroupsOf(UTIL.format(number, PhoneNumberFormat.NATIONAL));
  }

  private Optional<Finding> assess(DetectionText text, String view, Candidate c) {
    PhoneShape shape = PhoneShape.of(view.substring(c.start(), c.end()));
    if (shape.isOtherNumber() || isAmount(view, c.start(), c.end())) {
      return Optional.empty();
    }
    PhoneLabels.Kind before = labels.before(text, c.start());
    if (before == PhoneLabels.Kind.OTHER_NUMBER) {
      return Optional.empty();
    }
    PhoneLabels.Kind after = labels.after(text, c.end());
    boolean labelled = before != PhoneLabels.Kind.NONE || after != PhoneLabels.Kind.NONE;
    double confidence = baseConfidence(c.evidence(), shape, labelled);
    if (confidence == 0) {
      return Optional.empty();
    }
    if (labelled) {
      confidence += LABEL_BONUS;
    }
    boolean fax = before == PhoneLabels.Kind.FAX || after == PhoneLabels.Kind.FAX;
    PhoneNumber number = c.number();
    if (labelled && c.evidence() != Evidence.VALID) {
      PhoneNumber home = trunkDropped(text, shape, c);
      if (home != null) {
        number = home;
        confidence = Math.max(confidence, ELSEWHERE_BARE + LABEL_BONUS);
      }
    }
    String normalized =
        number != null ? UTIL.format(number, PhoneNumberFormat.E164) : shape.digits();
    return Optional.of(
        text.finding(FindingType.PHONE, fax ? SUBTYPE_FAX : null, c.start(), c.end(), normalized,
            Math.round(confidence * 100) / 100.0, NAME));
  }

  /**
   * The home number a labelled bare run of digits is once its trunk prefix is put back, or null.
   * A spreadsheet cell typed as a number drops the leading 0: a 電話番号 column of Japanese
   * mobiles reads 9012345678, which is valid in the US (area code 901) and was reported as
   * +1 901…; a landline reads 312345678 (03-1234-5678), valid nowhere. Only for an unbroken
   * run (a cell's number; people writing a number by hand write the 0 and its groups), under a
   * voice or fax label, in text with the home region's script near it (Japanese, for JP).
   */
  private PhoneNumber trunkDropped(DetectionText text, PhoneShape shape, Candidate c) {
    if (!shape.isBare() || shape.digits().startsWith("0")
        || !"0".equals(UTIL.getNddPrefixForRegion(homeRegion, true))
        || !JapaneseScript.near(text.original(), c.start(), c.end(), SCRIPT_WINDOW)) {
      return null;
    }
    try {
      PhoneNumber home = UTIL.parse("0" + shape.digits(), homeRegion);
      return UTIL.isValidNumberForRegion(home, homeRegion) ? home : null;
    } catch (NumberParseException e) {
      return null;
    }
  }

  /** The confidence that the evidence gives, before any label bonus; 0 when it is too weak. */
  private static double baseConfidence(Evidence evidence, PhoneShape shape, boolean labelled) {
    return switch (evidence) {
      case VALID -> shape.isPhoneLike() ? VALID_PHONE_LIKE : VALID_BARE;
      case VALID_ELSEWHERE -> shape.isPhoneLike() ? ELSEWHERE_PHONE_LIKE : labelled ? ELSEWHERE_BARE : 0;
      case POSSIBLE_INTERNATIONAL -> INTERNATIONAL_UNVERIFIED;
      case UNVERIFIED -> labelled ? UNVERIFIED : 0;
    };
  }

  private static boolean isContinued(String view, int start, int end) {
    return CONTINUED_BEFORE.matcher(view.substring(Math.max(0, start - 6), start)).find()
        || CONTINUED_AFTER.matcher(view.substring(end, Math.min(view.length(), end + 2))).find();
  }

  private static boolean isAmount(String view, int start, int end) {
    return CURRENCY_BEFORE.matcher(view.substring(Math.max(0, start - 2), start)).find()
        || UNIT_AFTER.matcher(view.substring(end, Math.min(view.length(), end + 2))).find();
  }
}
