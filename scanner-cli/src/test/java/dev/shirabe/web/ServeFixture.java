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
 * (a name, email, phone), a memo with no stated purpose, and a file whose name is markup.
 */
public final class ServeFixture {

  /** Raw values in the share: none may reach a page without --reveal. */
  public static final List<String> RAW = List.of("山田太郎", "山田 太郎", "taro.yamada@example.jp",
      "03-5555-0101", "0355550101", "hanako.t@example.jp", "090-1234-5678");

  /** A file name that is markup: it must be shown as text, never run. */
  public static final String HOSTILE_NAME = "<img src=x onerror=alert(1)><script>\"'&.txt";

  private ServeFixture() {}

  /** Writes the share under {@code dir}/share and scans it into {@code dir}/inventory. */
  public static Path scan(Path dir) throws Exception {
    Path share = dir.resolve("share");
    write(share.resolve("営業/顧客名簿.csv"), """
        氏名,メール,電話番号,生年月日
        山田 太郎,taro.yamada@example.jp,03-5555-0101,1985年4月1日
        高橋 花子,hanako.t@example.jp,090-1234-5678,1990年5月2日
        """);
    write(share.resolve("共有/メモ.txt"), "打ち合わせのメモ。山田太郎さんの連絡先 taro.yamada@example.jp\n");
    write(share.resolve("共有").resolve(HOSTILE_NAME), "連絡先 hanako.t@example.jp 高橋 花子\n");
    scan(share, dir.resolve("inventory"), hasher(dir));
    return dir.resolve("inventory");
  }

  /** Scans {@code share} into {@code index}, as {@code shirabe scan} does. */
  public static void scan(Path share, Path index, KeyedHasher hasher) throws Exception {
    try (Scanner scanner = Scanner.builder().options(ScanOptions.defaults().withThreads(2))
        .policy(Policy.defaults())
        .inventory(index, hasher, InventorySink.Settings.DEFAULTS)
        .build()) {
      scanner.scan(List.of(share));
    }
  }

  /** The key of the fixture's inventory, in {@code dir}/inventory.key. */
  public static KeyedHasher hasher(Path dir) throws IOException {
    return KeyedHasher.load(dir.resolve("inventory.key"));
  }

  /** What serve would be given for the inventory in {@code dir}. */
  public static ServeSettings settings(Path dir, boolean reveal) throws IOException {
    KeyedHasher hasher = hasher(dir);
    Path index = dir.resolve("inventory");
    return new ServeSettings(() -> InventorySearcher.open(index, hasher), hasher,
        Policy.defaults(), reveal, ZoneId.of("Asia/Tokyo"));
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
