package dev.shirabe.web;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/**
 * A small share scanned into an inventory, what the web page's tests serve: a customer list
 * (a name, email, phone), a memo with no stated purpose, a list of retirees kept past the
 * five years the fixture's policy allows, and a file whose name is markup.
 */
public final class ServeFixture {

  /** Raw values in the share: none may reach a page without --reveal. */
  public static final List<String> RAW = List.of("山田太郎", "山田 太郎", "taro.yamada@example.jp",
      "03-5555-0101", "0355550101", "hanako.t@example.jp", "090-1234-5678", "伊藤 四郎",
      "03-5555-0202", "丸の内1-1-1", "梅田2-2-2");

  /** The files in the share. */
  public static final int FILES = 4;

  /** A file name that is markup: it must be shown as text, never run. */
  public static final String HOSTILE_NAME = "<img src=x onerror=alert(1)><script>\"'&.txt";

  private ServeFixture() {}

  /** Writes the share under {@code dir}/share and scans it into {@code dir}/inventory. */
  public static Path scan(Path dir) throws Exception {
    Path share = dir.resolve("share");
    write(share.resolve("営業/顧客名簿.csv"), """
        氏名,メール,電話番号,住所,生年月日
        山田 太郎,taro.yamada@example.jp,03-5555-0101,東京都千代田区丸の内1-1-1,1985年4月1日
        高橋 花子,hanako.t@example.jp,090-1234-5678,大阪府大阪市北区梅田2-2-2,1990年5月2日
        """);
    write(share.resolve("共有/メモ.txt"), "打ち合わせのメモ。山田太郎さんの連絡先 taro.yamada@example.jp\n");
    write(share.resolve("共有").resolve(HOSTILE_NAME), "連絡先 hanako.t@example.jp 高橋 花子\n");
    // Retired in 2012: past the five years of the policy since 2017-03-31.
    write(share.resolve("人事/退職者/退職者一覧.csv"), "氏名,電話,退職日\n伊藤 四郎,03-5555-0202,2012/03/31\n");
    scan(share, dir.resolve("inventory"), hasher(dir), policy(dir));
    return dir.resolve("inventory");
  }

  /** Scans {@code share} into {@code index} under {@code policy}, as {@code shirabe scan} does. */
  public static void scan(Path share, Path index, KeyedHasher hasher, Policy policy)
      throws Exception {
    try (Scanner scanner = Scanner.builder().options(ScanOptions.defaults().withThreads(2))
        .policy(policy)
        .inventory(index, hasher, InventorySink.Settings.DEFAULTS)
        .build()) {
      scanner.scan(List.of(share));
    }
  }

  /**
   * The fixture's policy, in {@code dir}/fixture.policy: the default one, with retirees' data
   * kept five years from the day they retired (the default policy states no period).
   */
  public static Policy policy(Path dir) throws Exception {
    Path file = dir.resolve("fixture.policy");
    if (!Files.exists(file)) {
      String text;
      try (var in = Policy.class.getResourceAsStream("/dev/shirabe/dictionaries/policy/default.policy")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String label = "label: 退職者 | Retirees\n";
      if (!text.contains(label)) {
        throw new IllegalStateException("the default policy has no retirees' category");
      }
      Files.writeString(file, text.replace(label,
          label + "retention: P5Y\nretention-from: 退職日\n"), StandardCharsets.UTF_8);
    }
    return Policy.read(file);
  }

  /** The key of the fixture's inventory, in {@code dir}/inventory.key. */
  public static KeyedHasher hasher(Path dir) throws IOException {
    return KeyedHasher.load(dir.resolve("inventory.key"));
  }

  /** What serve would be given for the inventory in {@code dir}. */
  public static ServeSettings settings(Path dir, boolean reveal) throws Exception {
    KeyedHasher hasher = hasher(dir);
    Path index = dir.resolve("inventory");
    return new ServeSettings(() -> InventorySearcher.open(index, hasher), hasher,
        policy(dir), reveal, ZoneId.of("Asia/Tokyo"));
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
