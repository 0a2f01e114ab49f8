package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small share whose data is handled beyond its category, scanned under the default policy
 * with a provision and a department added: a joint-use folder (共同利用/), a file prepared for
 * a mailing contractor (委託先提供データ_DM発送.csv), customers' data provided to a third
 * party, data from public sources, and a department's folder (営業部/).
 */
final class HandlingShare {

  private HandlingShare() {}

  /** Writes the share and the policy under {@code dir}, scans it; the inventory's path. */
  static Path scan(Path dir) throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.createDirectories(share.resolve("共同利用"));
    Files.createDirectories(share.resolve("営業部/提供"));
    Files.createDirectories(share.resolve("広報"));
    Files.writeString(share.resolve("共同利用/セミナー参加者_グループ共催.csv"),
        "氏名,会社名,電話,メール\n山田 太郎,株式会社サンプル,03-5555-0101,taro.yamada@example.co.jp\n"
            + "佐藤 花子,サンプル商事株式会社,03-5555-0102,hanako.sato@example.co.jp\n",
        StandardCharsets.UTF_8);
    // Nothing in it says whose data it is: a name, an address, a phone.
    Files.writeString(share.resolve("委託先提供データ_DM発送.csv"),
        "氏名,住所,電話\n鈴木 一郎,東京都港区芝公園9-9-9,03-5555-0103\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("営業部/提供/顧客名簿_保険会社提供.csv"),
        "顧客名簿\n氏名,電話\n高橋 次郎,03-5555-0104\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("広報/官報掲載_役員.txt"),
        "官報掲載の役員一覧\n田中 三郎 03-5555-0105\n", StandardCharsets.UTF_8);
    String text = new String(Main.class.getResourceAsStream(
        "/dev/shirabe/dictionaries/policy/default.policy").readAllBytes(), StandardCharsets.UTF_8);
    Path policy = dir.resolve("ours.policy");
    Files.writeString(policy, text + """

        [provision insurer]
        label: 保険会社への提供 | Provision to an insurer
        recipient: サンプル損害保険株式会社
        items: 氏名、電話番号
        basis: 本人の同意 (consent)
        categories: customer
        ja: 保険会社提供

        [department sales]
        label: 営業部 | Sales
        contact: sales@example.co.jp
        prefix: %s
        """.formatted(share.toAbsolutePath().resolve("営業部").toString().replace('\\', '/')));
    Path inventory = dir.resolve("inventory");
    assertEquals(1, Cli.run(new StringWriter(), "scan", share.toString(), "--policy",
        policy.toString(), "--index", inventory.toString(), "--key-file",
        dir.resolve("key").toString(), "--format", "jsonl", "--output",
        dir.resolve("scan.jsonl").toString()));
    return inventory;
  }

  static Path policy(Path dir) {
    return dir.resolve("ours.policy");
  }
}
