package dev.shirabe.detect.names.training;

import dev.shirabe.detect.text.Romaji;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Sentences made from templates ({@code templates.txt}) and name lists, with the spans of the
 * person names put in them: letters, signatures, mail headers, forms, lists, contracts and
 * résumés, where the shared corpora (social media, synthetic prose) have few examples; and
 * sentences holding companies, streets and headings built on the same surnames, which are not
 * persons. Deterministic: the same seed gives the same sentences.
 */
final class GeneratedSentences {

  /** A generated text and the [start, end) spans of its person names. */
  record Labelled(String text, List<int[]> persons) {}

  private static final String[] TITLES = {"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Ms"};
  private static final String[] COMPANY_ENDINGS = {
    "Inc.", "LLC", "Ltd.", "Corp.", "Corporation", "& Co.", "Holdings", "Group", "Partners",
    "Co., Ltd.", "Consulting", "Systems", "GmbH"};
  private static final String[] STREET_TYPES = {
    "Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Lane", "Drive", "Boulevard", "Way"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] JOBS = {
    "Sales Manager", "Project Manager", "Director", "Account Executive", "Software Engineer",
    "General Counsel", "CEO", "HR Manager", "Legal Department", "Procurement Lead"};
  private static final String[] PRODUCTS = {
    "Windows", "Office 365", "Cloud Gateway", "Router X2", "Excel", "SAP", "iPhone", "Kindle"};
  private static final String[] HEADINGS = {
    "TERMS AND CONDITIONS", "CONFIDENTIAL", "INVOICE", "PURCHASE ORDER", "MASTER SERVICES AGREEMENT",
    "EDUCATION", "WORK EXPERIENCE", "NOTICES", "SCOPE OF SERVICES", "PAYMENT TERMS"};

  private final List<String> templates;
  private final List<String> given;
  private final List<String> surnames;
  private final List<String> japaneseGiven;
  private final List<String> japaneseSurnames;
  private final List<String> cities;

  GeneratedSentences(List<String> templates, List<String> given, List<String> surnames,
      List<String> japaneseGivenInKana, List<String> japaneseSurnames, List<String> cities) {
    this.templates = templates;
    this.given = given;
    this.surnames = surnames;
    this.japaneseGiven = japaneseGivenInKana.stream().map(GeneratedSentences::romaji).toList();
    this.japaneseSurnames = japaneseSurnames;
    this.cities = cities;
  }

  private static String romaji(String kana) {
    return capitalised(Romaji.of(kana));
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /** {@code count} texts, each template in turn with fresh fillers. */
  List<Labelled> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Labelled> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(fill(templates.get(i % templates.size()), random));
    }
    return out;
  }

  private Labelled fill(String template, Random random) {
    StringBuilder text = new StringBuilder();
    List<int[]> persons = new ArrayList<>();
    String t = template.replace("\\n", "\n").replace("\\t", "\t");
    int i = 0;
    while (i < t.length()) {
      int open = t.indexOf('{', i);
      int close = open < 0 ? -1 : t.indexOf('}', open);
      if (open < 0 || close < 0) {
        text.append(t, i, t.length());
        break;
      }
      text.append(t, i, open);
      String slot = t.substring(open + 1, close);
      String value = value(slot, random);
      if (isPerson(slot)) {
        persons.add(new int[] {text.length(), text.length() + value.length()});
      }
      text.append(value);
      i = close + 1;
    }
    return new Labelled(text.toString(), persons);
  }

  private static boolean isPerson(String slot) {
    return slot.equals("NAME") || slot.equals("FIRST") || slot.equals("LAST") || slot.equals("REVERSED");
  }

  private String value(String slot, Random random) {
    return switch (slot) {
      case "NAME" -> fullName(random);
      case "FIRST" -> pick(given, random);
      case "LAST" -> random.nextInt(5) == 0 ? pick(japaneseSurnames, random) : pick(surnames, random);
      case "REVERSED" -> pick(surnames, random) + ", " + pick(given, random);
      case "TITLE" -> pick(TITLES, random);
      case "COMPANY" -> pick(surnames, random) + " " + pick(COMPANY_ENDINGS, random);
      case "STREET" -> (1 + random.nextInt(2000)) + " " + pick(surnames, random) + " "
          + pick(STREET_TYPES, random);
      case "CITY" -> pick(cities, random);
      case "MONTH" -> pick(MONTHS, random);
      case "DAY" -> pick(DAYS, random);
      case "JOB" -> pick(JOBS, random);
      case "PRODUCT" -> pick(PRODUCTS, random);
      case "HEADING" -> pick(HEADINGS, random);
      case "NUMBER" -> String.valueOf(1 + random.nextInt(9999));
      case "EMAIL" -> pick(given, random).toLowerCase(Locale.ROOT) + "."
          + pick(surnames, random).toLowerCase(Locale.ROOT) + "@example.com";
      default -> throw new IllegalArgumentException("unknown placeholder {" + slot + "}");
    };
  }

  /**
   * An English name (given name, sometimes a middle initial, surname) four times in five, else
   * a Japanese one in romaji: in Western order mostly, sometimes surname first, in capitals as
   * Japanese write it ("YAMADA Taro") or not.
   */
  private String fullName(Random random) {
    if (random.nextInt(5) > 0) {
      String first = pick(given, random);
      String last = pick(surnames, random);
      return random.nextInt(8) == 0
          ? first + " " + (char) ('A' + random.nextInt(26)) + ". " + last
          : first + " " + last;
    }
    String first = pick(japaneseGiven, random);
    String last = pick(japaneseSurnames, random);
    return switch (random.nextInt(6)) {
      case 0 -> last.toUpperCase(Locale.ROOT) + " " + first;
      case 1 -> last + " " + first;
      default -> first + " " + last;
    };
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String pick(String[] array, Random random) {
    return array[random.nextInt(array.length)];
  }
}
