package dev.shirabe.classify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code [company]} section of a policy ({@link Company}): a handler of its own, so
 * that {@link PolicyReader} only hands it the section's lines. Each key once; {@code name},
 * {@code desk} and an {@code address} or {@code mail} are required.
 */
final class CompanySection {

  static final String HEADER = "[company]";
  private static final List<String> KEYS = List.of("name", "desk", "address", "mail");
  private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final String source;
  private final int line;
  private final Map<String, String> values = new LinkedHashMap<>();

  CompanySection(String source, int line) {
    this.source = source;
    this.line = line;
  }

  /** Whether a section line opens this section ({@code [company]}, any case and spacing). */
  static boolean opens(String sectionLine) {
    return sectionLine.replace(" ", "").toLowerCase(Locale.ROOT).equals(HEADER);
  }

  void key(int number, String key, String value) throws PolicyFormatException {
    if (!KEYS.contains(key)) {
      throw new PolicyFormatException(source, number, "unknown key '" + key + "' in [company] (one of "
          + String.join(", ", KEYS) + ")");
    }
    if (value.isEmpty()) {
      throw new PolicyFormatException(source, number, "'" + key + "' has no value");
    }
    if (values.containsKey(key)) {
      throw new PolicyFormatException(source, number, "[company] has a second '" + key + "'");
    }
    if (key.equals("mail") && !MAIL.matcher(value).matches()) {
      throw new PolicyFormatException(source, number, "mail must be an email address"
          + " (privacy@example.co.jp), found '" + value + "'");
    }
    values.put(key, value);
  }

  Company build() throws PolicyFormatException {
    for (String required : List.of("name", "desk")) {
      if (!values.containsKey(required)) {
        throw new PolicyFormatException(source, line, "[company] has no '" + required + ":'");
      }
    }
    if (!values.containsKey("address") && !values.containsKey("mail")) {
      throw new PolicyFormatException(source, line, "[company] has neither 'address:' nor"
          + " 'mail:': say where requests are sent");
    }
    return new Company(values.get("name"), values.get("desk"), values.get("address"),
        values.get("mail"));
  }
}
