package dev.shirabe.report.ledger;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A share of five small documents, scanned into an inventory with the default policy: a
 * shareholder register (a name twice), a retirees' list inside a ZIP, a memo with two emails
 * and nothing that states a purpose, a note with a My Number and no purpose, and a health
 * check (a kind the policy does not name, special care); and a .docx that cannot be read.
 */
public final class SmallShare {

  public static final String MY_NUMBER = "123456789018";

  private SmallShare() {}

  public static Path write(Path share) throws IOException {
    write(share.resolve("総務/株主名簿.csv"), """
        氏名,住所,電話番号
        山田 太郎,東京都千代田区丸の内1-2-3,03-5555-0101
        佐藤 花子,大阪府大阪市北区梅田1-1-1,06-5555-0102
        山田 太郎,東京都千代田区丸の内1-2-3,03-5555-0101
        """);
    Path zip = share.resolve("総務/2023年度_退職者資料.zip");
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
      out.putNextEntry(new ZipEntry("退職者一覧.csv"));
      out.write("氏名,メール\n鈴木 一郎,suzuki.ichiro@example.com\n"
          .getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    write(share.resolve("共有/メモ.txt"),
        "打ち合わせのメモ。\n連絡先 tanaka@example.com と kato@example.com\n");
    write(share.resolve("共有/控え.txt"), "マイナンバー " + MY_NUMBER + "\n");
    write(share.resolve("人事/健康診断結果.txt"),
        "健康診断 結果\n氏名：高橋 健\n電話 090-5555-0103\n");
    // The sample corpus's truncated .docx: the scan records the file with its error.
    Path root = Path.of(System.getProperty("shirabe.root", ".."));
    Files.copy(root.resolve("test-corpus/broken/truncated.docx"), share.resolve("共有/壊れた.docx"));
    return share;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Scans {@code share} into the inventory {@code index} as {@code shirabe scan} does. */
  public static void scan(Path share, Path index) throws Exception {
    ScanOptions options = ScanOptions.defaults().withThreads(2);
    List<Path> roots = List.of(share);
    try (Scanner scanner = Scanner.builder().options(options).policy(Policy.defaults())
        .inventory(index, KeyedHasher.withKey(new byte[32]), InventorySink.Settings.DEFAULTS)
        .build()) {
      scanner.scan(roots);
    }
  }

  public static Holdings holdings(Path index, List<Path> under) throws IOException {
    try (InventorySearcher inventory = InventorySearcher.open(index)) {
      return Holdings.read(inventory, under, Policy.defaults());
    }
  }
}
