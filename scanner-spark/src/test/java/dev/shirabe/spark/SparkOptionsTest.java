package dev.shirabe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's choice of what to read and how to classify, through its command line on a
 * local master: a list of paths, include and exclude globs, and a policy file that the executors
 * classify by (the inventory records the policy: a plain scan with the same file then reads
 * nothing again, one with the default policy reads everything).
 */
class SparkOptionsTest {

  @TempDir static Path dir;
  static Path share;
  static Path key;

  @BeforeAll
  static void tree() throws IOException {
    share = dir.resolve("share");
    SampleTree.write(share, 40, 10, 7);
    key = dir.resolve("key");
  }

  private static int spark(Path index, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--master", "local[1]", "--tasks", "2",
        "--index", index.toString(), "--key-file", key.toString()));
    args.addAll(List.of(more));
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return ShirabeSpark.execute(args.toArray(String[]::new));
    } finally {
      System.setErr(err);
      lastErr = captured.toString(StandardCharsets.UTF_8);
    }
  }

  static String lastErr = "";

  private static List<String> folders() throws IOException {
    try (Stream<Path> s = Files.list(share)) {
      return s.filter(Files::isDirectory).map(Path::toString).sorted().toList();
    }
  }

  private static List<String> filesIn(Path index) throws IOException {
    try (InventorySearcher s = InventorySearcher.open(index, KeyedHasher.load(key))) {
      return s.filesUnder(share.toString());
    }
  }

  @Test
  void readsTheListedPathsOnlyAndLeavesTheOthersInTheInventory() throws Exception {
    List<String> folders = folders();
    assertTrue(folders.size() >= 4, folders.toString());
    Path list = dir.resolve("list.txt");
    Files.writeString(list, "# two folders\n" + folders.get(0) + "\r\n\n" + folders.get(1) + "\n",
        StandardCharsets.UTF_8);
    Path index = dir.resolve("listed");

    assertEquals(1, spark(index, "--paths-from", list.toString()), lastErr);
    List<String> first = filesIn(index);
    assertEquals(20, first.size(), first.toString());
    assertTrue(first.stream().allMatch(f -> f.startsWith(folders.get(0)) || f.startsWith(folders.get(1))));

    // Another list: its files are added, the first list's stay (they were not named, not gone).
    Files.writeString(list, folders.get(2) + "\n", StandardCharsets.UTF_8);
    assertEquals(1, spark(index, "--paths-from", list.toString()), lastErr);
    assertEquals(30, filesIn(index).size());
  }

  @Test
  void leavesOutWhatTheGlobsLeaveOut() throws Exception {
    Path index = dir.resolve("globbed");
    assertEquals(1, spark(index, "--exclude", "*.csv", share.toString()), lastErr);
    List<String> files = filesIn(index);
    assertTrue(files.size() > 10 && files.size() < 40, files.toString());
    assertTrue(files.stream().noneMatch(f -> f.endsWith(".csv")), files.toString());
  }

  @Test
  void theExecutorsClassifyByThePolicyFile() throws Exception {
    Path policy = dir.resolve("mine.policy");
    String text = defaultPolicyText().replace("threshold: 1.0", "threshold: 1.5");
    Files.writeString(policy, text, StandardCharsets.UTF_8);
    Path index = dir.resolve("policed");
    assertEquals(1, spark(index, "--policy", policy.toString(), share.toString()), lastErr);

    ScanSummary same = plainScan(index, Policy.read(policy));
    assertEquals(0, same.changes().reread(), "the same policy: nothing to read again");
    assertEquals(40, same.changes().unchanged());
    ScanSummary other = plainScan(index, Policy.defaults());
    assertEquals(40, other.changes().reread(), "another policy: every file read again");
    assertEquals(java.util.Map.of("another policy", 40L), other.changes().rereadBecause());
  }

  @Test
  void aMalformedPolicyStopsTheJobBeforeItStartsAndSaysWhere() throws Exception {
    Path policy = dir.resolve("broken.policy");
    Files.writeString(policy, "threshold: lots\n", StandardCharsets.UTF_8);
    Path index = dir.resolve("broken");
    assertEquals(2, spark(index, "--policy", policy.toString(), share.toString()));
    assertTrue(lastErr.contains("broken.policy:1"), lastErr);
  }

  @Test
  void anEmptyCommandLineIsAUsageError() {
    assertEquals(2, spark(dir.resolve("none")));
    assertTrue(lastErr.contains("--paths-from"), lastErr);
  }

  @Test
  void aListThatIsNotUtf8OrHoldsNoPathIsRefusedWithItsLine() throws Exception {
    IOException notAPath = assertThrows(IOException.class,
        () -> PathList.read(new StringReader("/a\n/b\u0000c\n"), "list"));
    assertTrue(notAPath.getMessage().startsWith("list:2: not a path"), notAPath.getMessage());
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'/', 'x', (byte) 0xE9, '\n'});
    IOException notUtf8 = assertThrows(IOException.class, () -> PathList.read(latin1.toString()));
    assertTrue(notUtf8.getMessage().contains("not UTF-8"), notUtf8.getMessage());
  }

  private static ScanSummary plainScan(Path index, Policy policy) throws Exception {
    try (Scanner scanner = Scanner.builder()
        .options(ScanOptions.defaults().withThreads(1))
        .policy(policy)
        .inventory(index, KeyedHasher.load(key), InventorySink.Settings.DEFAULTS)
        .build()) {
      return scanner.scan(List.of(share));
    }
  }

  private static String defaultPolicyText() throws IOException {
    try (InputStream in =
        Policy.class.getResourceAsStream("/dev/shirabe/dictionaries/policy/default.policy")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
