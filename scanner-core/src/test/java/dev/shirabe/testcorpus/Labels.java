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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expected findings of the sample corpus, written inline where the text is written.
 *
 * <p>The generator writes each document's text with its labels in it: {@code «E:addr»} marks
 * an email, {@code «P:number»} a phone, {@code «F:number»} a fax number. A phone written in a
 * foreign national format names its region: {@code «P/US:(415) 555-0132»}. A value whose
 * normalised form cannot be derived from its text (an address written {@code info★example.jp})
 * gives it after a bar: {@code «E:info★example.jp|info@example.jp»}. {@link #mark} returns the
 * text without the marks and records one expected finding per part and distinct value.
 *
 * <p>Every labelled value must be fictional: emails under a reserved {@code example} domain,
 * Japanese numbers with {@code 555} in them, US numbers in 555-0100…0199, UK numbers in
 * Ofcom's London drama range (020 7946 0xxx; libphonenumber rejects the mobile one). The generator stops on anything else, so no real address slips in.
 */
final class Labels {

  private static final Pattern MARK = Pattern.compile("«([EPF])(?:/([A-Z]{2}))?:([^«»|]+)(?:\\|([^«»]+))?»");
  private static final Pattern EMAIL =
      Pattern.compile("[a-z0-9._%+-]+@([a-z0-9-]+\\.)*example\\.(com|org|net|jp|co\\.jp)");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  record Label(String file, String part, String type, String normalized, String subtype, String text) {}

  private final Map<String, Label> labels = new LinkedHashMap<>();

  /** The text without its marks; each mark becomes an expected finding of (file, part). */
  String mark(String file, String part, String marked) {
    Matcher m = MARK.matcher(marked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String raw = m.group(3);
      String given = m.group(4);
      if (m.group(1).equals("E")) {
        add(new Label(file, part, "EMAIL", email(given != null ? given : raw), null, raw));
      } else {
        String region = m.group(2) == null ? "JP" : m.group(2);
        String normalized = given != null ? given : phone(raw, region);
        add(new Label(file, part, "PHONE", normalized, m.group(1).equals("F") ? "fax" : null, raw));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(raw));
    }
    m.appendTail(out);
    String text = out.toString();
    if (text.indexOf('«') >= 0 || text.indexOf('»') >= 0) {
      throw new IllegalArgumentException("malformed mark in: " + text);
    }
    return text;
  }

  /** The text without its marks, recording nothing (for a file no one can read). */
  static String unmarked(String marked) {
    return MARK.matcher(marked).replaceAll(r -> Matcher.quoteReplacement(r.group(3)));
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
