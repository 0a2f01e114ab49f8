package dev.shirabe.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * A made-up share for the tests and the benchmark: small text and CSV files, a few per folder,
 * with Japanese and English personal data of invented people (names, mail addresses, phones,
 * addresses), and some with none. The same seed makes the same tree.
 */
public final class SampleTree {

  private static final String[] FAMILY = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺",
      "中村", "小林", "加藤", "吉田", "山本"};
  private static final String[] GIVEN = {"太郎", "花子", "一郎", "美咲", "健太", "陽子", "翔太",
      "由美", "大輔", "直子"};
  private static final String[] ROMAJI = {"yamada", "sato", "suzuki", "takahashi", "tanaka",
      "ito", "watanabe", "nakamura", "kobayashi", "kato", "yoshida", "yamamoto"};
  private static final String[] CITIES = {"東京都千代田区丸の内", "大阪府大阪市北区梅田",
      "神奈川県横浜市中区山下町", "愛知県名古屋市中区栄", "福岡県福岡市博多区博多駅前"};
  private static final String[] FIRST = {"John", "Mary", "David", "Susan", "Robert", "Linda",
      "Michael", "Karen"};
  private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Miller",
      "Davis", "Wilson", "Taylor"};
  private static final String[] STREETS = {"Main Street", "Oak Avenue", "Maple Drive",
      "Cedar Lane", "Elm Street"};

  private SampleTree() {}

  /** Writes {@code files} files under {@code root}, {@code perFolder} to a folder. */
  public static void write(Path root, int files, int perFolder, long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < files; i++) {
      Path folder = root.resolve(String.format(Locale.ROOT, "部署%02d/folder-%03d",
          i / perFolder % 20, i / perFolder));
      Files.createDirectories(folder);
      String name;
      String text;
      switch (i % 5) {
        case 0 -> {
          name = "メモ-" + i + ".txt";
          text = japaneseMemo(random);
        }
        case 1 -> {
          name = "名簿-" + i + ".csv";
          text = japaneseRoster(random);
        }
        case 2 -> {
          name = "letter-" + i + ".txt";
          text = englishLetter(random);
        }
        case 3 -> {
          name = "contacts-" + i + ".csv";
          text = englishRoster(random);
        }
        default -> {
          name = "議事録-" + i + ".txt";
          text = "第" + i + "回 定例会議\n議題: 来期の予算と日程について。\n"
              + "決定事項: 資料は共有フォルダに置く。次回は来月の第二週。\n";
        }
      }
      Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
  }

  private static String japaneseMemo(Random r) {
    int f = r.nextInt(FAMILY.length);
    return "お客様対応メモ\n担当: " + FAMILY[r.nextInt(FAMILY.length)] + "\n"
        + "氏名: " + FAMILY[f] + " " + GIVEN[r.nextInt(GIVEN.length)] + " 様\n"
        + "電話番号: 03-" + (1000 + r.nextInt(9000)) + "-" + (1000 + r.nextInt(9000)) + "\n"
        + "メール: " + ROMAJI[f] + r.nextInt(1000) + "@example.co.jp\n"
        + "住所: 〒100-0005 " + CITIES[r.nextInt(CITIES.length)] + (1 + r.nextInt(9)) + "-"
        + (1 + r.nextInt(20)) + "\n"
        + "ご用件: 請求書の再発行のご依頼。折り返しお電話ください。\n";
  }

  private static String japaneseRoster(Random r) {
    StringBuilder csv = new StringBuilder("氏名,メールアドレス,携帯電話,住所\n");
    int rows = 2 + r.nextInt(4);
    for (int i = 0; i < rows; i++) {
      int f = r.nextInt(FAMILY.length);
      csv.append(FAMILY[f]).append(' ').append(GIVEN[r.nextInt(GIVEN.length)]).append(',')
          .append(ROMAJI[f]).append('.').append(r.nextInt(100)).append("@example.jp,")
          .append("090-").append(1000 + r.nextInt(9000)).append('-')
          .append(1000 + r.nextInt(9000)).append(',')
          .append(CITIES[r.nextInt(CITIES.length)]).append(1 + r.nextInt(9)).append('-')
          .append(1 + r.nextInt(20)).append('\n');
    }
    return csv.toString();
  }

  private static String englishLetter(Random r) {
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    return "Dear " + first + " " + last + ",\n\n"
        + "Thank you for your order. We will ship it to " + (10 + r.nextInt(900)) + " "
        + STREETS[r.nextInt(STREETS.length)] + ", Springfield, IL 62704.\n"
        + "If anything is wrong, call us at (217) 555-" + (1000 + r.nextInt(9000))
        + " or write to " + first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT)
        + "@example.com.\n\nKind regards,\nCustomer Service\n";
  }

  private static String englishRoster(Random r) {
    StringBuilder csv = new StringBuilder("name,email,phone\n");
    int rows = 2 + r.nextInt(4);
    for (int i = 0; i < rows; i++) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = LAST[r.nextInt(LAST.length)];
      csv.append(first).append(' ').append(last).append(',')
          .append(first.toLowerCase(Locale.ROOT)).append(r.nextInt(100)).append("@example.org,")
          .append("(312) 555-").append(1000 + r.nextInt(9000)).append('\n');
    }
    return csv.toString();
  }
}
