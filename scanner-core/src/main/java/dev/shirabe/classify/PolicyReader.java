package dev.shirabe.classify;

import dev.shirabe.vocabulary.FindingType;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the policy format (see {@code dev/shirabe/dictionaries/policy/README.md}): sections
 * {@code [category ID]} and {@code [unlisted ID]}, each a list of {@code key: value} lines, and
 * one optional {@code [company]}, read by its own handler ({@link CompanySection}).
 * Anything it cannot read is refused with its line number, never skipped: a policy that is
 * silently missing a category would report that category's data as held for no purpose.
 */
final class PolicyReader {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern SECTION = Pattern.compile("\\[\\s*(\\S+)\\s+(\\S+)\\s*]");
  private static final Set<String> HEADERS =
      Set.of("from", "to", "cc", "bcc", "reply-to", "subject");
  private static final List<String> KEYS =
      List.of("label", "purpose", "my-number", "ja", "en", "path", "header", "flags", "weight",
          "retention", "retention-from", "finding");
  /** The keys that stand before the first section. */
  private static final List<String> TOP_KEYS = List.of("threshold", "minor-age");
  /** Nobody lives this long: a larger minor age is a typo. */
  private static final int MAX_AGE = 150;

  /** The keys of a handling section, besides the details of its kind. */
  private static final List<String> HANDLING_KEYS =
      List.of("label", "category", "categories", "ja", "en", "path", "header", "domain",
          "prefix");
  /** A mail domain: labels of letters, digits and inner hyphens, joined by dots. */
  private static final Pattern DOMAIN = Pattern.compile(
      "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"
          + "(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)+");

  private final String source;
  private final List<PolicyCategory> sections = new ArrayList<>();
  private final List<HandlingSection> handling = new ArrayList<>();
  /** Where each handling section names categories: checked once every category is read. */
  private final List<int[]> handlingLines = new ArrayList<>();
  private HandlingBuilder currentHandling;
  private Double threshold;
  private Integer minorAge;
  private Builder current;
  /** The [company] section while it is read, and once read. */
  private CompanySection companySection;
  private Company company;

  private PolicyReader(String source) {
    this.source = source;
  }

  static Policy parse(String source, String text) throws PolicyFormatException {
    PolicyReader reader = new PolicyReader(source);
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      reader.line(i + 1, line.strip());
    }
    reader.finishSection();
    reader.finishCompany();
    if (reader.sections.stream().noneMatch(PolicyCategory::listed)) {
      throw new PolicyFormatException(source, 0, "no [category ID] section: a policy names at"
          + " least one data-subject category");
    }
    reader.checkHandlingCategories();
    return new Policy(reader.sections, reader.threshold == null ? 1.0 : reader.threshold,
        digest(text), reader.minorAge == null ? Policy.DEFAULT_MINOR_AGE : reader.minorAge,
        reader.handling, reader.company);
  }

  private static String digest(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible); // every Java platform has SHA-256
    }
  }

  private void line(int number, String line) throws PolicyFormatException {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("[")) {
      section(number, line);
      return;
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw fault(number, "expected '[category ID]', '[unlisted ID]' or 'key: value', found '"
          + abbreviate(line) + "'");
    }
    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (companySection != null) {
      companySection.key(number, key, value);
      return;
    }
    if (current == null && currentHandling == null) {
      switch (key) {
        case "threshold" -> threshold = positive(number, "threshold", value);
        case "minor-age" -> minorAge = age(number, value);
        default -> throw fault(number, "'" + key + "' outside a section: only "
            + String.join(" and ", TOP_KEYS) + " may come before the first [category ID]");
      }
      return;
    }
    if (value.isEmpty() || list(value).isEmpty()) {
      throw fault(number, "'" + key + "' has no value");
    }
    if (currentHandling != null) {
      currentHandling.key(number, key, value);
      return;
    }
    switch (key) {
      case "label" -> current.label(number, value);
      case "purpose" -> current.purpose(number, value);
      case "my-number" -> current.myNumber(number, value);
      case "ja" -> current.jaWords.addAll(list(value));
      case "en" -> current.enWords.addAll(list(value));
      case "path" -> {
        for (String glob : list(value)) {
          current.paths.add(new Glob(glob));
        }
      }
      case "header" -> {
        for (String item : list(value)) {
          current.headers.add(header(number, item));
        }
      }
      case "flags" -> {
        for (String flag : list(value)) {
          current.flags.add(id(number, flag, "flag"));
        }
      }
      case "weight" -> current.weight = positive(number, "weight", value);
      case "finding" -> {
        for (String type : list(value)) {
          current.findings.add(findingType(number, type));
        }
      }
      case "retention" -> current.retention(number, value);
      case "retention-from" -> {
        current.retentionFrom.addAll(list(value));
        current.retentionFromLine = number;
      }
      default -> throw fault(number, "unknown key '" + key + "' (one of " + String.join(", ", KEYS)
          + ")");
    }
  }

  private void section(int number, String line) throws PolicyFormatException {
    finishCompany();
    if (CompanySection.opens(line)) {
      finishSection();
      if (company != null) {
        throw fault(number, "[company] is given twice");
      }
      companySection = new CompanySection(source, number);
      return;
    }
    var m = SECTION.matcher(line);
    if (!m.matches()) {
      throw fault(number, "a section is '[KIND ID]', KIND one of " + kinds() + ", found '"
          + abbreviate(line) + "'");
    }
    String kind = m.group(1).toLowerCase(Locale.ROOT);
    if (!kind.equals("category") && !kind.equals("unlisted")
        && !dev.shirabe.vocabulary.Handling.KINDS.contains(kind)) {
      throw fault(number, "unknown section kind '" + m.group(1) + "' (one of " + kinds() + ")");
    }
    finishSection();
    String id = id(number, m.group(2), "section id");
    if (dev.shirabe.vocabulary.Handling.KINDS.contains(kind)) {
      for (HandlingSection h : handling) {
        if (h.kind().equals(kind) && h.id().equals(id)) {
          throw fault(number, "'[" + kind + " " + id + "]' is defined twice");
        }
      }
      currentHandling = new HandlingBuilder(kind, id, number);
      return;
    }
    for (PolicyCategory s : sections) {
      if (s.id().equals(id)) {
        throw fault(number, "'" + id + "' is defined twice");
      }
    }
    current = new Builder(id, kind.equals("category"), number);
  }

  private static String kinds() {
    return "category, unlisted, " + String.join(", ", dev.shirabe.vocabulary.Handling.KINDS);
  }

  /** The categories handling sections name exist (categories may come after them). */
  private void checkHandlingCategories() throws PolicyFormatException {
    for (int i = 0; i < handling.size(); i++) {
      HandlingSection h = handling.get(i);
      int[] lines = handlingLines.get(i);
      if (h.category() != null) {
        known(lines[0], h.category(), "category");
      }
      for (String c : h.categories()) {
        known(lines[1], c, "categories");
      }
    }
  }

  private void known(int number, String id, String key) throws PolicyFormatException {
    boolean listed = sections.stream().anyMatch(s -> s.listed() && s.id().equals(id));
    if (!listed) {
      throw fault(number, key + " names '" + id + "', which is no [category] of the policy");
    }
  }

  private void finishSection() throws PolicyFormatException {
    if (currentHandling != null) {
      handling.add(currentHandling.build());
      handlingLines.add(new int[] {currentHandling.categoryLine, currentHandling.categoriesLine});
      currentHandling = null;
    }
    if (current == null) {
      return;
    }
    sections.add(current.build());
    current = null;
  }

  private void finishCompany() throws PolicyFormatException {
    if (companySection != null) {
      company = companySection.build();
      companySection = null;
    }
  }

  private double positive(int number, String key, String value) throws PolicyFormatException {
    try {
      double t = Double.parseDouble(value);
      if (t > 0 && Double.isFinite(t)) {
        return t;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw fault(number, key + " must be a number above 0, found '" + value + "'");
  }

  private int age(int number, String value) throws PolicyFormatException {
    try {
      int age = Integer.parseInt(value);
      if (age >= 1 && age <= MAX_AGE) {
        return age;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw fault(number, "minor-age must be a whole number of years from 1 to " + MAX_AGE
        + ", found '" + value + "'");
  }

  /** A kind of data as the records name it ({@code COOKIE_ID}). */
  private FindingType findingType(int number, String name) throws PolicyFormatException {
    try {
      return FindingType.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw fault(number, "finding must name kinds of data as records do ("
          + java.util.Arrays.toString(FindingType.values()) + "), found '" + abbreviate(name)
          + "'");
    }
  }

  private HeaderPattern header(int number, String item) throws PolicyFormatException {
    int colon = item.indexOf(':');
    String name = colon < 0 ? "" : item.substring(0, colon).strip();
    String glob = colon < 0 ? "" : item.substring(colon + 1).strip();
    if (!HEADERS.contains(name.toLowerCase(Locale.ROOT)) || glob.isEmpty()) {
      throw fault(number, "a header pattern is 'Name: pattern' with Name one of From, To, Cc,"
          + " Bcc, Reply-To, Subject; found '" + item + "'");
    }
    return new HeaderPattern(name, new Glob(glob));
  }

  private String id(int number, String id, String what) throws PolicyFormatException {
    if (!ID.matcher(id).matches()) {
      throw fault(number, what + " '" + id + "' must be lower-case letters, digits and _,"
          + " starting with a letter");
    }
    return id;
  }

  /** Items separated by commas (ASCII, full-width or the Japanese 、). */
  private static List<String> list(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split("[,，、]")) {
      String s = item.strip();
      if (!s.isEmpty()) {
        items.add(s);
      }
    }
    return items;
  }

  private static String abbreviate(String line) {
    return line.length() > 40 ? line.substring(0, 40) + "…" : line;
  }

  private PolicyFormatException fault(int line, String reason) {
    return new PolicyFormatException(source, line, reason);
  }

  /** A handling section as it is read. */
  private final class HandlingBuilder {
    final String kind;
    final String id;
    final int line;
    String ja;
    String en;
    final java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
    String category;
    int categoryLine;
    final Set<String> categories = new LinkedHashSet<>();
    int categoriesLine;
    final List<String> jaWords = new ArrayList<>();
    final List<String> enWords = new ArrayList<>();
    final List<Glob> paths = new ArrayList<>();
    final List<HeaderPattern> headers = new ArrayList<>();
    final List<String> domains = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();
    final List<HandlingSection.Detail> detailKeys;

    HandlingBuilder(String kind, String id, int line) {
      this.kind = kind;
      this.id = id;
      this.line = line;
      this.detailKeys = HandlingSection.DETAILS.get(kind);
    }

    void key(int number, String key, String value) throws PolicyFormatException {
      switch (key) {
        case "label" -> {
          if (ja != null) {
            throw fault(number, "'" + id + "' has a second label");
          }
          String[] parts = value.split("\\|", -1);
          if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw fault(number, "a label is 'Japanese | English', found '" + abbreviate(value)
                + "'");
          }
          ja = parts[0].strip();
          en = parts[1].strip();
        }
        case "category" -> {
          if (kind.equals(dev.shirabe.vocabulary.Handling.DEPARTMENT)) {
            throw fault(number, "a [department] says who is responsible, not whose data it is:"
                + " no category");
          }
          if (category != null) {
            throw fault(number, "'" + id + "' has a second category");
          }
          category = id(number, value, "category");
          categoryLine = number;
        }
        case "categories" -> {
          for (String c : list(value)) {
            categories.add(id(number, c, "category"));
          }
          categoriesLine = number;
        }
        case "ja" -> jaWords.addAll(list(value));
        case "en" -> enWords.addAll(list(value));
        case "path" -> {
          for (String glob : list(value)) {
            paths.add(new Glob(glob));
          }
        }
        case "header" -> {
          for (String item : list(value)) {
            headers.add(header(number, item));
          }
        }
        case "domain" -> {
          for (String d : list(value)) {
            String domain = d.startsWith("@") ? d.substring(1) : d;
            if (!DOMAIN.matcher(domain).matches()) {
              throw fault(number, "a domain is a mail domain such as dm-service.example.jp,"
                  + " found '" + abbreviate(d) + "'");
            }
            domains.add(domain);
          }
        }
        case "prefix" -> {
          for (String p : list(value)) {
            if (p.contains("*") || p.contains("?")) {
              throw fault(number, "a prefix is a path (/srv/share/営業部, or 営業部/東京 anywhere),"
                  + " not a pattern: use 'path:' for patterns; found '" + abbreviate(p) + "'");
            }
            prefixes.add(p.replace('\\', '/'));
          }
        }
        default -> {
          var detail = detailKeys.stream().filter(d -> d.key().equals(key)).findFirst();
          if (detail.isEmpty()) {
            List<String> keys = new ArrayList<>(HANDLING_KEYS);
            detailKeys.forEach(d -> keys.add(d.key()));
            throw fault(number, "unknown key '" + key + "' in [" + kind + "] (one of "
                + String.join(", ", keys) + ")");
          }
          if (details.containsKey(key)) {
            throw fault(number, "'" + id + "' has a second '" + key + "'");
          }
          details.put(key, value);
        }
      }
    }

    HandlingSection build() throws PolicyFormatException {
      if (ja == null) {
        throw fault(line, "[" + kind + " " + id + "] has no 'label:'");
      }
      for (HandlingSection.Detail d : detailKeys) {
        if (d.required() && !details.containsKey(d.key())) {
          throw fault(line, "[" + kind + " " + id + "] has no '" + d.key() + ":' (" + d.ja()
              + " / " + d.en() + ")");
        }
      }
      if (category != null && !categories.isEmpty() && !categories.contains(category)) {
        throw fault(categoryLine, "category '" + category + "' is not among its categories ("
            + String.join(", ", categories) + ")");
      }
      java.util.Map<String, String> ordered = new java.util.LinkedHashMap<>();
      for (HandlingSection.Detail d : detailKeys) {
        if (details.containsKey(d.key())) {
          ordered.put(d.key(), details.get(d.key()));
        }
      }
      HandlingSection section = new HandlingSection(kind, id, ja, en, ordered, category,
          categories, jaWords, enWords, paths, headers, domains, prefixes);
      if (!section.hasSignals() && categories.isEmpty()) {
        throw fault(line, "[" + kind + " " + id + "] has no signals (ja, en, path, header,"
            + " domain or prefix) and no categories: it would apply to all data");
      }
      return section;
    }
  }

  /** One section as it is read. */
  private final class Builder {
    final String id;
    final boolean listed;
    final int line;
    String ja;
    String en;
    final List<Purpose> purposes = new ArrayList<>();
    final Set<String> myNumber = new LinkedHashSet<>();
    int myNumberLine;
    final List<String> jaWords = new ArrayList<>();
    final List<String> enWords = new ArrayList<>();
    final List<Glob> paths = new ArrayList<>();
    final List<HeaderPattern> headers = new ArrayList<>();
    final List<String> flags = new ArrayList<>();
    double weight = 1.0;
    Period retention;
    final List<String> retentionFrom = new ArrayList<>();
    int retentionFromLine;
    final Set<FindingType> findings = EnumSet.noneOf(FindingType.class);

    Builder(String id, boolean listed, int line) {
      this.id = id;
      this.listed = listed;
      this.line = line;
    }

    void label(int number, String value) throws PolicyFormatException {
      if (ja != null) {
        throw fault(number, "'" + id + "' has a second label");
      }
      String[] parts = value.split("\\|", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw fault(number, "a label is 'Japanese | English', found '" + abbreviate(value) + "'");
      }
      ja = parts[0].strip();
      en = parts[1].strip();
    }

    void purpose(int number, String value) throws PolicyFormatException {
      if (!listed) {
        throw fault(number, "[unlisted " + id + "] has no purposes: that is what unlisted means");
      }
      String[] parts = value.split("\\|", -1);
      if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
        throw fault(number, "a purpose is 'id | Japanese | English', found '" + abbreviate(value)
            + "'");
      }
      String pid = id(number, parts[0].strip(), "purpose id");
      for (PolicyCategory s : sections) {
        if (s.purposeIds().contains(pid)) {
          throw fault(number, "purpose '" + pid + "' is already a purpose of '" + s.id() + "'");
        }
      }
      if (purposes.stream().anyMatch(p -> p.id().equals(pid))) {
        throw fault(number, "purpose '" + pid + "' is listed twice");
      }
      purposes.add(new Purpose(pid, parts[1].strip(), parts[2].strip()));
    }

    void myNumber(int number, String value) throws PolicyFormatException {
      if (!listed) {
        throw fault(number, "[unlisted " + id + "] has no purposes to allow a My Number for");
      }
      for (String pid : list(value)) {
        myNumber.add(id(number, pid, "purpose id"));
      }
      myNumberLine = number;
    }

    /** An ISO 8601 period of years, months, weeks or days ({@code P5Y}, {@code P1Y6M}). */
    void retention(int number, String value) throws PolicyFormatException {
      if (!listed) {
        throw fault(number, "[unlisted " + id + "] is data the policy does not name: it states"
            + " no period to keep it");
      }
      if (retention != null) {
        throw fault(number, "'" + id + "' has a second retention");
      }
      Period period;
      try {
        period = Period.parse(value);
      } catch (DateTimeParseException e) {
        throw fault(number, "retention must be an ISO 8601 period of years, months, weeks or"
            + " days (P5Y, P6M, P1Y6M, P90D), found '" + abbreviate(value) + "'");
      }
      if (period.isNegative() || period.isZero()) {
        throw fault(number, "retention must be longer than zero, found '" + value + "'");
      }
      retention = period;
    }

    PolicyCategory build() throws PolicyFormatException {
      if (ja == null) {
        throw fault(line, "[" + (listed ? "category " : "unlisted ") + id + "] has no 'label:'");
      }
      if (listed && purposes.isEmpty()) {
        throw fault(line, "[category " + id + "] has no 'purpose:' line");
      }
      Set<String> known = new HashSet<>();
      purposes.forEach(p -> known.add(p.id()));
      for (String pid : myNumber) {
        if (!known.contains(pid)) {
          throw fault(myNumberLine, "my-number names '" + pid + "', which is not a purpose of '"
              + id + "'");
        }
      }
      if (!retentionFrom.isEmpty() && retention == null) {
        throw fault(retentionFromLine, "retention-from without retention: state the period"
            + " ('retention: P5Y') the date runs it from");
      }
      PolicyCategory section = new PolicyCategory(id, listed, ja, en, purposes, myNumber,
          jaWords, enWords, paths, headers, flags, weight, retention, retentionFrom, findings);
      if (!section.hasSignals()) {
        throw fault(line, "'" + id + "' has no signals (ja, en, path, header or finding): it could never"
            + " be chosen");
      }
      return section;
    }
  }
}
