package dev.shirabe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shirabe.inventory.InventoryWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanInventoryTest {

  @TempDir Path dir;

  private StringWriter err = new StringWriter();

  private int run(String... args) {
    err = new StringWriter();
    return Cli.run(err, args);
  }

  private Path share() throws Exception {
    Path share = Files.createDirectories(dir.resolve("share"));
    Files.writeString(share.resolve("連絡先.txt"),
        "メール yamada.taro@example.co.jp 電話 03-5555-0123\n", StandardCharsets.UTF_8);
    Files.writeString(share.resolve("plain.txt"), "nothing personal\n");
    return share;
  }

  private String[] scan(Path share, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("scan", share.toString(),
        "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("inventory.key").toString(),
        "--format", "jsonl", "--output", out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aRescanReportsTheUnchangedFilesFromTheInventoryMasked() throws Exception {
    Path share = share();
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    assertEquals(1, run(scan(share, first)));
    assertTrue(err.toString().contains("2 new, 0 changed, 0 unchanged, 0 removed"), err::toString);

    assertEquals(1, run(scan(share, second)));
    assertTrue(err.toString().contains("0 new, 0 changed, 2 unchanged, 0 removed"), err::toString);
    // The same records, masked the same, whether read now or taken from the inventory.
    assertEquals(Files.readString(first), Files.readString(second));
    assertFalse(Files.readString(second).contains("yamada.taro"));

    // Raw values are not kept, so --reveal reads every file again.
    Path revealed = dir.resolve("revealed.jsonl");
    assertEquals(1, run(scan(share, revealed, "--reveal")));
    assertTrue(Files.readString(revealed).contains("yamada.taro@example.co.jp"));
    assertTrue(err.toString().contains("0 new, 0 changed, 0 unchanged, 0 removed, 2 re-read:"
        + " asked for (--full or --reveal)"), err::toString);

    // --full reads every file again: none of them is "unchanged (not read again)".
    Path full = dir.resolve("full.jsonl");
    assertEquals(1, run(scan(share, full, "--full")));
    assertTrue(err.toString().contains("0 new, 0 changed, 0 unchanged, 0 removed, 2 re-read:"
        + " asked for (--full or --reveal)"), err::toString);
    Path table = dir.resolve("full.txt");
    assertEquals(1, run("scan", share.toString(), "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("inventory.key").toString(), "--full", "--output",
        table.toString()));
    assertTrue(Files.readString(table).contains("Since the last scan: 0 new, 0 changed,"
        + " 0 unchanged (not read again), 0 removed, 2 re-read: asked for (--full or --reveal)"),
        () -> table.toString());

    Path json = dir.resolve("summary.json");
    Files.delete(share.resolve("plain.txt"));
    assertEquals(1, run("scan", share.toString(), "--index", dir.resolve("inventory").toString(),
        "--key-file", dir.resolve("inventory.key").toString(), "--format", "json",
        "--output", json.toString()));
    JsonNode changes = new ObjectMapper().readTree(json.toFile()).get("summary").get("changes");
    assertEquals(1, changes.get("unchanged").asInt());
    assertEquals(1, changes.get("removed").asInt());
  }

  @Test
  void aSecondScanOnTheSameInventoryIsRefusedAndTouchesNothing() throws Exception {
    Path share = share();
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "an earlier report\n");
    try (InventoryWriter running = InventoryWriter.open(dir.resolve("inventory"))) {
      assertEquals(2, run(scan(share, out)));
    }
    assertTrue(err.toString().contains("another scan is writing to the inventory"), err::toString);
    assertEquals("an earlier report\n", Files.readString(out));
  }

  @Test
  void anotherKeyOrAFolderOfDocumentsIsRefusedWithExitTwo() throws Exception {
    Path share = share();
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run(scan(share, out)));
    Files.move(dir.resolve("inventory.key"), dir.resolve("saved.key"));
    assertEquals(2, run(scan(share, out)));
    assertTrue(err.toString().contains("is missing, and the inventory"), err::toString);
    assertFalse(Files.exists(dir.resolve("inventory.key")), "no new key made");
    Files.write(dir.resolve("inventory.key"), new byte[32]); // another key
    assertEquals(2, run(scan(share, out)));
    assertTrue(err.toString().contains("the key file " + dir.resolve("inventory.key")
        + " does not match the inventory"), err::toString);
    Files.move(dir.resolve("saved.key"), dir.resolve("inventory.key"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(1, run(scan(share, out)));

    assertEquals(2, run("scan", share.toString(), "--index", share.toString(),
        "--key-file", dir.resolve("inventory.key").toString()));
    assertTrue(err.toString().contains("holds other files and no inventory"), err::toString);
  }

  @Test
  void aFolderHoldingNoUsableInventoryIsRefusedNotStartedAfresh() throws Exception {
    Path share = share();
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run(scan(share, out)));
    Path inventory = dir.resolve("inventory");
    Map<Path, String> broken = BrokenInventories.make(dir.resolve("broken"), inventory,
        dir.resolve("inventory.key"));
    for (String kind : List.of("documents", "no-commit", "corrupt")) {
      Path folder = dir.resolve("broken").resolve(kind);
      List<String> before = listing(folder);
      assertEquals(2, run("scan", share.toString(), "--index", folder.toString(),
          "--key-file", dir.resolve("inventory.key").toString(), "--output", out.toString()),
          kind);
      assertTrue(err.toString().contains(broken.get(folder)), () -> kind + ": " + err);
      assertEquals(before, listing(folder), "nothing written into " + kind);
    }
    // A new folder, an empty one, and a first scan stopped early are where a scan begins.
    for (String kind : List.of("missing", "empty", "never-scanned")) {
      assertEquals(1, run("scan", share.toString(), "--index",
          dir.resolve("broken").resolve(kind).toString(),
          "--key-file", dir.resolve("inventory.key").toString(), "--output", out.toString()),
          () -> kind + ": " + err);
    }
  }

  @Test
  void aDamagedInventoryAtTheDefaultPlaceIsAnErrorNotAWarning() throws Exception {
    Path share = share();
    Path xdg = dir.resolve("xdg");
    Path folder = Files.createDirectories(xdg.resolve("shirabe/inventory"));
    Files.writeString(folder.resolve("_0.cfs"), "a segment with no commit point");
    assertEquals(2, scanWithEnvironment(share,
        Map.of("XDG_DATA_HOME", xdg.toString(),
            "SHIRABE_KEY_FILE", dir.resolve("inventory.key").toString())));
  }

  private int scanWithEnvironment(Path share, Map<String, String> environment) {
    picocli.CommandLine cli = Main.commandLine();
    cli.setErr(new java.io.PrintWriter(err = new StringWriter(), true));
    ScanCommand scan = cli.getSubcommands().get("scan").getCommand();
    scan.inventory.environment = environment;
    return cli.execute("scan", share.toString(), "--output", dir.resolve("env.txt").toString());
  }

  private static List<String> listing(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName() + " " + p.toFile().length()).sorted().toList();
    }
  }

  /**
   * Two names that differ only in bytes that are not UTF-8 (a\xff.txt, a\xfe.txt): Java shows
   * both as a\uFFFD.txt, and the inventory must still hold them as two files.
   */
  @Test
  void namesDifferingOnlyInInvalidUtf8AreTwoFiles() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        "UTF-8".equals(System.getProperty("sun.jnu.encoding")), "a UTF-8 file system locale");
    Path share = Files.createDirectories(dir.resolve("bytes"));
    Process p = new ProcessBuilder("/bin/sh", "-c",
        "printf 'メール taro.yamada@example.jp\\n' > \"$(printf 'a\\377.txt')\"; "
            + "printf 'メール hanako@example.jp\\n' > \"$(printf 'a\\376.txt')\"")
        .directory(share.toFile()).inheritIO().start();
    assertEquals(0, p.waitFor());
    try (var files = Files.list(share)) {
      assertEquals(2, files.count());
    }
    Path out = dir.resolve("bytes.jsonl");
    assertEquals(1, run(scan(share, out)));
    assertTrue(err.toString().contains("2 new, 0 changed, 0 unchanged, 0 removed"), err::toString);
    assertEquals(1, run(scan(share, out)));
    assertTrue(err.toString().contains("0 new, 0 changed, 2 unchanged, 0 removed"), err::toString);
    assertEquals(2, Files.readAllLines(out).size(), "both files' findings, from the inventory");
    // The scan's output tells the two apart too, each byte that is not UTF-8 shown as \\xFF.
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String line : Files.readAllLines(out)) {
      String file = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("file")
          .asText();
      names.add(file.substring(file.lastIndexOf('/') + 1));
    }
    assertEquals(java.util.Set.of("a\\xFF.txt", "a\\xFE.txt"), names);
    for (String email : List.of("taro.yamada@example.jp", "hanako@example.jp")) {
      Path places = dir.resolve("places.jsonl");
      assertEquals(1, run("subject", "--email", email, "--index",
          dir.resolve("inventory").toString(), "--key-file",
          dir.resolve("inventory.key").toString(), "--format", "jsonl",
          "--output", places.toString()), err::toString);
      List<String> lines = Files.readAllLines(places);
      assertEquals(1, lines.size(), lines::toString);
      // Shown with the byte escaped, not as the replacement character both names share.
      String file = new ObjectMapper().readTree(lines.get(0)).get("file").asText();
      assertTrue(file.endsWith(email.startsWith("taro") ? "a\\xFF.txt" : "a\\xFE.txt"), file);
    }
  }

  @Test
  void noIndexKeepsNothingAndGoesWithNoInventoryOption() throws Exception {
    Path share = share();
    Path out = dir.resolve("out.jsonl");
    assertEquals(1, run("scan", share.toString(), "--no-index", "--format", "jsonl",
        "--output", out.toString()));
    assertFalse(err.toString().contains("unchanged"), err::toString);
    assertEquals(2, run("scan", share.toString(), "--no-index", "--full"));
    assertTrue(err.toString().contains("--no-index keeps no inventory"), err::toString);
  }

  @Test
  void theDefaultsFollowTheEnvironment() {
    String home = System.getProperty("user.home");
    assertEquals(Path.of(home, ".local/share/shirabe/inventory"), InventoryOptions.defaultIndex(Map.of()));
    assertEquals(Path.of(home, ".config/shirabe/inventory.key"), InventoryOptions.defaultKeyFile(Map.of()));
    assertEquals(Path.of("/data/shirabe/inventory"),
        InventoryOptions.defaultIndex(Map.of("XDG_DATA_HOME", "/data")));
    assertEquals(Path.of("/etc/x/shirabe/inventory.key"),
        InventoryOptions.defaultKeyFile(Map.of("XDG_CONFIG_HOME", "/etc/x")));
    assertEquals(Path.of("/srv/inv"), InventoryOptions.defaultIndex(
        Map.of("SHIRABE_INVENTORY", "/srv/inv", "XDG_DATA_HOME", "/data")));
    assertEquals(Path.of(home, ".local/share/shirabe/inventory"),
        InventoryOptions.defaultIndex(Map.of("XDG_DATA_HOME", "relative")));
  }

  @Test
  void testsNeverWriteIntoTheRealHome() {
    // Surefire points the defaults into target/; a command run by a test stays there.
    assertTrue(System.getenv("SHIRABE_INVENTORY").contains("target"));
    assertTrue(System.getenv("SHIRABE_KEY_FILE").contains("target"));
  }
}
