package dev.shirabe.detect.names.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Business text made from templates ({@code dictionaries/training/person-ja/templates.txt}) with
 * names of the name lexicon (ENAMDICT: surnames and given names with their readings), and the
 * spans of the names put in it: letters, mail bodies with quoted replies, minutes, forms and CSV
 * rows, where Wikipedia's prose has none; and text of companies on the same surnames, places and
 * products in katakana, which are not persons. Deterministic: the same seed, the same text.
 */
final class JapaneseBusinessText {

  /** A generated text and the [start, end) spans of its person names. */
  record Labelled(String text, List<int[]> persons) {}

  /** A name of the lexicon and its reading. */
  private record Name(String written, String reading) {}

  private static final String LEXICON = "/dev/shirabe/dictionaries/names/enamdict-names.tsv.gz";

  private static final String[] COMPANY_FORMS = {
    "株式会社%s", "%s商事株式会社", "%s工業", "%s建設株式会社", "有限会社%s製作所", "%s物産",
    "%s電機", "%s法律事務所", "%s不動産", "%s運輸株式会社"};
  private static final String[] DEPARTMENTS = {
    "営業部", "総務部", "人事部", "経理課", "情報システム部", "開発本部", "品質保証課", "法務部",
    "カスタマーサポート", "購買部", "第一営業課", "広報室"};
  private static final String[] PLACES = {
    "東京都千代田区", "大阪市北区", "名古屋市中区", "札幌市中央区", "福岡市博多区", "横浜市西区",
    "仙台市青葉区", "京都市下京区", "神戸市中央区", "広島市中区", "さいたま市大宮区", "川崎市"};
  private static final String[] PRODUCTS = {
    "クラウドサービス", "セキュリティソフト", "ネットワーク", "データベース", "サーバー",
    "プリンター", "マーケティング", "コンサルティング", "メンテナンス", "システム", "アプリケーション",
    "ライセンス", "ソリューション", "プロジェクト", "キャンペーン", "ワークフロー", "ポータルサイト",
    "スマートフォン", "タブレット", "オフィスソフト", "ストレージ", "バックアップ"};
  private static final String[] TIMES = {"10:00", "13:30", "15:00", "9時", "14時"};

  private final List<String> templates;
  private final List<Name> surnames;
  private final List<Name> givenNames;

  JapaneseBusinessText(List<String> templates, List<Name> surnames, List<Name> givenNames) {
    this.templates = templates;
    this.surnames = surnames;
    this.givenNames = givenNames;
  }

  /** The templates of the file, with the names of the lexicon on the class path. */
  static JapaneseBusinessText fromTemplates(Path file) throws IOException {
    List<String> templates = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.replace("\\n", "\n").replace("\\t", "\t"))
        .toList();
    List<Name> surnames = new ArrayList<>();
    List<Name> given = new ArrayList<>();
    try (InputStream in = JapaneseBusinessText.class.getResourceAsStream(LEXICON);
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split("\t");
        // Names of one to three chars: longer ones are mostly full names of the famous.
        if (f.length == 4 && f[0].length() <= 3) {
          (f[3].equals("surname") ? surnames : given).add(new Name(f[0], f[1]));
        }
      }
    }
    return new JapaneseBusinessText(templates, surnames, given);
  }

  /** A surname of the lexicon, drawn at random. */
  String surname(Random random) {
    return pick(surnames, random).written();
  }

  /** A given name of the lexicon, drawn at random. */
  String givenName(Random random) {
    return pick(givenNames, random).written();
  }

  List<Labelled> generate(int count, long seed) {
    Random random = new Random(seed);
    List<Labelled> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      out.add(fill(templates.get(random.nextInt(templates.size())), random));
    }
    return out;
  }

  private Labelled fill(String template, Random random) {
    StringBuilder text = new StringBuilder();
    List<int[]> persons = new ArrayList<>();
    Name surname = null;
    Name given = null;
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        text.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      text.append(template, at, open);
      String slot = template.substring(open + 1, close);
      at = close + 1;
      int start = text.length();
      boolean person = true;
      switch (slot) {
        case "SEI" -> {
          surname = pick(surnames, random);
          text.append(surname.written());
        }
        case "MEI" -> {
          given = pick(givenNames, random);
          text.append(given.written());
        }
        case "SEIKANA" -> text.append((surname != null ? surname : pick(surnames, random)).reading());
        case "MEIKANA" -> text.append((given != null ? given : pick(givenNames, random)).reading());
        default -> {
          person = false;
          text.append(filler(slot, random));
        }
      }
      if (person) {
        join(persons, start, text.length(), text);
      }
    }
    return new Labelled(text.toString(), persons);
  }

  /** A name's span, one with the name before it when only a space or nothing is between. */
  private static void join(List<int[]> persons, int start, int end, CharSequence text) {
    if (!persons.isEmpty()) {
      int[] last = persons.get(persons.size() - 1);
      String between = text.subSequence(last[1], start).toString();
      if (between.isEmpty() || between.equals(" ") || between.equals("　")) {
        last[1] = end;
        return;
      }
    }
    persons.add(new int[] {start, end});
  }

  private String filler(String slot, Random random) {
    return switch (slot) {
      case "COMPANY" -> String.format(pick(COMPANY_FORMS, random), pick(surnames, random).written());
      case "DEPT" -> pick(DEPARTMENTS, random);
      case "PLACE" -> pick(PLACES, random);
      case "PRODUCT" -> pick(PRODUCTS, random);
      case "TIME" -> pick(TIMES, random);
      case "DATE" -> (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
      case "NUM" -> String.valueOf(1 + random.nextInt(999));
      case "TEL" -> "03-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000));
      case "EMAIL" -> "user" + random.nextInt(1000) + "@example.co.jp";
      default -> throw new IllegalArgumentException("unknown placeholder {" + slot + "}");
    };
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static String pick(String[] array, Random random) {
    return array[random.nextInt(array.length)];
  }
}
