package dev.shirabe.testcorpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of the sample corpus, written inline where the text is written.
 *
 * <p>The generator writes each document's text with its labels in it. {@code «E:addr»} marks
 * an email, {@code «P:number»} a phone, {@code «F:number»} a fax number: these become expected
 * findings ({@code expected.jsonl}, one per part and distinct value) and gold spans. A phone
 * written in a foreign national format names its region: {@code «P/US:(415) 555-0132»}. A value
 * whose normalised form cannot be derived from its text (an address written {@code
 * info★example.jp}) gives it after a bar: {@code «E:info★example.jp|info@example.jp»}. A role
 * mailbox, a function's or a department's and not a person's ({@code info@}, {@code
 * support-desk@}), is marked {@code «G:addr»}: an EMAIL of subtype {@code role}. The
 * other types are gold spans only ({@code gold.jsonl}, every occurrence):
 *
 * <table>
 *   <tr><td>{@code «N:…»}</td><td>PERSON (name)</td></tr>
 *   <tr><td>{@code «A:…»}</td><td>ADDRESS</td></tr>
 *   <tr><td>{@code «B:…»}</td><td>DATE_OF_BIRTH (birth)</td></tr>
 *   <tr><td>{@code «M:…»}</td><td>MY_NUMBER; a {@code #} is replaced by the check digit</td></tr>
 *   <tr><td>{@code «C:…»}</td><td>CREDIT_CARD: a published test number, Luhn-valid</td></tr>
 *   <tr><td>{@code «K:…»}</td><td>BANK_ACCOUNT (口座, kōza): the account number</td></tr>
 *   <tr><td>{@code «R:…»}</td><td>PASSPORT (旅券, ryoken)</td></tr>
 *   <tr><td>{@code «L:…»}</td><td>DRIVERS_LICENSE; a {@code #} is replaced by the check digit</td></tr>
 * </table>
 *
 * <p>A lower-case letter marks a decoy, which is checked or computed and then left unlabelled:
 * {@code «m:… #»} a twelve-digit number with a <em>wrong</em> My Number check digit, {@code
 * «n:… #»} a twelve-digit number that is no My Number but has a valid check digit, {@code
 * «c:…»} a sixteen-digit number that fails the Luhn check, {@code «h:#…»} a thirteen-digit
 * corporate number (法人番号) with its right check digit.
 *
 * <p>{@link #mark} returns the text without the marks. A generator run for the gold file
 * ({@code sentinels}) returns it with each gold span between sentinels instead, {@code
 * 〓<id>♯value♭}; the written file is then extracted and the sentinels give the exact offsets of
 * every span in the extracted text (see {@link GoldFile}). Values in mail headers cannot carry
 * sentinels (an address there is ASCII): {@link #header} records them to be found in the
 * extracted header lines instead.
 *
 * <p>Every labelled value must be fictional: emails under a reserved {@code example} domain,
 * Japanese numbers with {@code 555} in them, US numbers in 555-0100…0199, UK numbers in
 * Ofcom's London drama range (020 7946 0xxx; libphonenumber rejects the mobile one), card
 * numbers from the card schemes' published test numbers. The generator stops on anything
 * else, so no real address or number slips in.
 */
final class Labels {

  private static final Pattern MARK =
      Pattern.compile("«([EGPFNABMCKRLmnch])(?:/([A-Z]{2}))?:([^«»|]+)(?:\\|([^«»]+))?»");
  private static final Pattern EMAIL =
      Pattern.compile("[a-z0-9._%+-]+@([a-z0-9-]+\\.)*example\\.(com|org|net|jp|co\\.jp)");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  /** Sentinels around a gold span in a marked run: START id SEPARATOR value END. */
  static final char START = '〓';
  static final char SEPARATOR = '♯';
  static final char END = '♭';

  /** Published test card numbers of the card schemes and payment processors. */
  private static final Set<String> TEST_CARDS =
      Set.of(
          "4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444",
          "5105105105105100", "3530111333300000", "3566002020360505", "378282246310005",
          "371449635398431", "30569309025904", "6011111111111117");

  record Label(String file, String part, String type, String normalized, String subtype, String text) {}

  /**
   * One gold span as the generator wrote it: its type and value, in which file and part.
   *
   * @param header true when it stands in a mail header line, found there by its text
   */
  record Span(int id, String file, String part, String type, String text, boolean header) {}

  private final boolean sentinels;
  private final Map<String, Label> labels = new LinkedHashMap<>();
  private final List<Span> spans = new ArrayList<>();

  /** @param sentinels whether {@link #mark} puts sentinels around the gold spans */
  Labels(boolean sentinels) {
    this.sentinels = sentinels;
  }

  /** The text without its marks (or with sentinels); each mark becomes a label of (file, part). */
  String mark(String file, String part, String marked) {
    return process(file, part, marked, false);
  }

  /**
   * A mail header's value (a display name, an address) without its marks, never with
   * sentinels: its spans are found by their text in the extracted header lines.
   */
  String header(String file, String part, String marked) {
    return process(file, part, marked, true);
  }

  private String process(String file, String part, String marked, boolean header) {
    Matcher m = MARK.matcher(marked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char kind = m.group(1).charAt(0);
      String raw = m.group(3);
      String given = m.group(4);
      if ((given != null && kind != 'E' && kind != 'G' && kind != 'P' && kind != 'F')
          || (m.group(2) != null && kind != 'P' && kind != 'F')) {
        throw new IllegalArgumentException("a region or a normalised value on a mark of " + kind + ": " + m.group());
      }
      String type = null;
      switch (kind) {
        case 'E', 'G' -> {
          type = "EMAIL";
          add(new Label(file, part, type, email(given != null ? given : raw),
              kind == 'G' ? "role" : null, raw));
        }
        case 'P', 'F' -> {
          type = "PHONE";
          String region = m.group(2) == null ? "JP" : m.group(2);
          String normalized = given != null ? given : phone(raw, region);
          add(new Label(file, part, type, normalized, kind == 'F' ? "fax" : null, raw));
        }
        case 'N' -> type = "PERSON";
        case 'A' -> type = "ADDRESS";
        case 'B' -> type = "DATE_OF_BIRTH";
        case 'M' -> {
          type = "MY_NUMBER";
          raw = withCheckDigit(raw, 11, Labels::myNumberCheckDigit, false);
        }
        case 'C' -> {
          type = "CREDIT_CARD";
          testCard(raw);
        }
        case 'K' -> {
          type = "BANK_ACCOUNT";
          bankAccount(raw);
        }
        case 'R' -> {
          type = "PASSPORT";
          passport(raw);
        }
        case 'L' -> {
          type = "DRIVERS_LICENSE";
          raw = withCheckDigit(raw, 10, Labels::licenceCheckDigit, false);
        }
        case 'm' -> raw = withCheckDigit(raw, 11, Labels::myNumberCheckDigit, true);
        case 'n' -> raw = withCheckDigit(raw, 11, Labels::myNumberCheckDigit, false);
        case 'c' -> {
          if (luhn(digits(raw)) || digits(raw).length() != 16) {
            throw new IllegalArgumentException("a card decoy must be 16 digits failing Luhn: " + raw);
          }
        }
        case 'h' -> raw = withCheckDigit(raw, 0, Labels::corporateNumberCheckDigit, false);
        default -> throw new IllegalStateException(m.group());
      }
      String replacement = raw;
      if (type != null) {
        int id = spans.size();
        spans.add(new Span(id, file, part, type, raw, header));
        if (sentinels && !header) {
          replacement = START + fullWidth(id) + SEPARATOR + raw + END;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    String text = out.toString();
    if (text.indexOf('«') >= 0 || text.indexOf('»') >= 0) {
      throw new IllegalArgumentException("malformed mark in: " + text);
    }
    if (!sentinels && (text.indexOf(START) >= 0 || text.indexOf(SEPARATOR) >= 0 || text.indexOf(END) >= 0)) {
      throw new IllegalArgumentException("a sample may not hold the sentinel characters: " + text);
    }
    return text;
  }

  /** The text without its marks, recording nothing (for a file no one can read). */
  static String unmarked(String marked) {
    return MARK.matcher(marked).replaceAll(r -> Matcher.quoteReplacement(r.group(3)));
  }

  /** Every gold span recorded, by its id. */
  List<Span> spans() {
    return List.copyOf(spans);
  }

  private static String fullWidth(int id) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(id).toCharArray()) {
      out.append((char) ('０' + (c - '0')));
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------
  // Check digits

  static String digits(String raw) {
    return fold(raw).replaceAll("[^0-9]", "");
  }

  /**
   * The value with its one {@code #} replaced by the check digit computed from the other digits
   * (or by a wrong digit, for a decoy); {@code at} is the check digit's index among the digits.
   */
  private static String withCheckDigit(
      String raw, int at, java.util.function.ToIntFunction<String> check, boolean wrong) {
    String folded = fold(raw);
    int hash = folded.indexOf('#');
    if (hash < 0 || folded.indexOf('#', hash + 1) >= 0) {
      throw new IllegalArgumentException("one # for the check digit: " + raw);
    }
    String digits = folded.replaceAll("[^0-9#]", "");
    if (digits.indexOf('#') != at) {
      throw new IllegalArgumentException("the # is not at the check digit's place " + at + ": " + raw);
    }
    int digit = check.applyAsInt(digits.replace("#", "0"));
    if (wrong) {
      digit = (digit + 3) % 10;
    }
    boolean wide = raw.chars().anyMatch(c -> c >= '０' && c <= '９');
    return raw.replace("#", wide ? String.valueOf((char) ('０' + digit)) : String.valueOf(digit))
        .replace("＃", wide ? String.valueOf((char) ('０' + digit)) : String.valueOf(digit));
  }

  /**
   * The check digit of an individual number (マイナンバー), from its first eleven digits: 11 −
   * (Σ Pn×Qn mod 11), 0 when the remainder is 0 or 1; Pn is the n-th digit counted from the
   * one before the check digit, Qn = n+1 for n ≤ 6 and n−5 for n ≥ 7.
   */
  static int myNumberCheckDigit(String twelve) {
    if (!twelve.matches("\\d{12}")) {
      throw new IllegalArgumentException("a My Number has 12 digits: " + twelve);
    }
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = twelve.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
  }

  static boolean isMyNumber(String raw) {
    String d = digits(raw);
    return d.length() == 12 && myNumberCheckDigit(d) == d.charAt(11) - '0';
  }

  /**
   * The eleventh digit of a driving licence number (運転免許証番号), as it is publicly
   * reported: (11 − (5a+4b+3c+2d+7e+6f+5g+4h+3i+2j) mod 11) mod 10 over the first ten digits.
   * The twelfth digit counts reissues.
   */
  static int licenceCheckDigit(String twelve) {
    if (!twelve.matches("\\d{12}")) {
      throw new IllegalArgumentException("a licence number has 12 digits: " + twelve);
    }
    int[] weights = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (twelve.charAt(i) - '0') * weights[i];
    }
    return (11 - sum % 11) % 10;
  }

  /**
   * The leading check digit of a corporate number (法人番号): 9 − (Σ Pn×Qn mod 9) over the
   * other twelve digits, Pn counted from the right, Qn 1 for odd n and 2 for even n.
   */
  static int corporateNumberCheckDigit(String thirteen) {
    if (!thirteen.matches("\\d{13}")) {
      throw new IllegalArgumentException("a corporate number has 13 digits: " + thirteen);
    }
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      sum += (thirteen.charAt(13 - n) - '0') * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits.length() >= 12 && sum % 10 == 0;
  }

  private static void testCard(String raw) {
    String d = digits(raw);
    if (!luhn(d) || !TEST_CARDS.contains(d)) {
      throw new IllegalArgumentException("not a published test card number: " + raw);
    }
  }

  /** Seven digits (a bank's 口座番号), or a Japan Post Bank 記号-番号 (5 and 8 digits). */
  private static void bankAccount(String raw) {
    String f = fold(raw);
    if (!f.matches("\\d{7}") && !f.matches("\\d{5}-\\d{8}")) {
      throw new IllegalArgumentException("not an account number: " + raw);
    }
  }

  /** A Japanese passport number: two letters and seven digits. */
  private static void passport(String raw) {
    if (!fold(raw).matches("[A-Z]{2}\\d{7}")) {
      throw new IllegalArgumentException("not a passport number: " + raw);
    }
  }

  private void add(Label label) {
    String key = String.join("\u0000", label.file(), label.part(), label.type(), label.normalized());
    Label before = labels.get(key);
    if (before == null) {
      labels.put(key, label);
    } else if (!String.valueOf(before.subtype()).equals(String.valueOf(label.subtype()))) {
      throw new IllegalArgumentException(
          "one number both as phone and as fax in one part: " + label);
    }
  }

  static String fold(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    return s.replaceAll("[\u2010-\u2015\u2212\u30FC\uFE63]", "-");
  }

  static String email(String raw) {
    String normalized = fold(raw).toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(normalized).matches()) {
      throw new IllegalArgumentException("not a reserved example address: " + raw);
    }
    return normalized;
  }

  static String phone(String raw, String region) {
    PhoneNumber number;
    try {
      number = PHONES.parse(fold(raw), region);
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("not a phone number: " + raw, e);
    }
    if (!PHONES.isValidNumber(number)) {
      throw new IllegalArgumentException("not a valid number: " + raw);
    }
    String nsn = PHONES.getNationalSignificantNumber(number);
    boolean fictional =
        switch (number.getCountryCode()) {
          case 81 -> nsn.contains("555");
          case 1 -> nsn.matches("\\d{3}55501\\d\\d");
          case 44 -> nsn.startsWith("2079460");
          default -> false;
        };
    if (!fictional) {
      throw new IllegalArgumentException("not in a fictional range: " + raw);
    }
    return PHONES.format(number, PhoneNumberFormat.E164);
  }

  /** Writes expected.jsonl: one JSON object a line, in the order the documents were written. */
  void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Label label : labels.values()) {
        Map<String, String> line = new LinkedHashMap<>();
        line.put("file", label.file());
        line.put("part", label.part());
        line.put("type", label.type());
        line.put("normalized", label.normalized());
        if (label.subtype() != null) {
          line.put("subtype", label.subtype());
        }
        line.put("text", label.text());
        out.write(json.writeValueAsString(line));
        out.write('\n');
      }
    }
  }

  Map<String, Long> countsByType() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Label label : labels.values()) {
      counts.merge(label.type() + (label.subtype() == null ? "" : "/" + label.subtype()), 1L, Long::sum);
    }
    return counts;
  }
}
