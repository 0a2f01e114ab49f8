package dev.shirabe.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.InventorySearcher;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.ReadOptions;
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
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    List<String> args = new java.util.ArrayList<>(List.of("--tasks", "2",
        "--index", index.toString(), "--key-file", key.toString()));
    args.addAll(List.of(more));
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return ShirabeSpark.execute(SharedSpark.context(), args.toArray(String[]::new));
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

  /**
   * Every read option set to something other than its default (as ReadOptionsParityTest in
   * scanner-cli, which checks that these are all of {@code scan}'s options that choose what is
   * read, and that scan makes this record of the same arguments).
   */
  static final ReadOptions EVERY_OPTION = new ReadOptions(List.of("*.csv", "hr/**"),
      List.of("tmp"), 5L << 20, 3, 7, 1L << 20, 2L << 20, "/opt/tesseract", 9, true, List.of());

  /** Options of {@code scan} outside ReadOptions that shirabe-spark has with the same meaning. */
  static final List<String> SHARED_OUTSIDE = List.of("--index", "--key-file", "--full",
      "--store-excerpts", "--policy", "--fail-on-unread");

  @Test
  void takesScansReadOptionsByTheSameNamesWithTheSameMeaning() {
    ShirabeSpark command = new ShirabeSpark();
    CommandLine cli = new CommandLine(command);
    List<String> args = new java.util.ArrayList<>(EVERY_OPTION.arguments());
    args.addAll(List.of("--index", "/i", "--key-file", "/k", "/share"));
    cli.parseArgs(args.toArray(String[]::new));
    // The extraction processes' JVM options are the driver's variable, as scan's are its own.
    assertEquals(EVERY_OPTION.withExtractJvmOptions(List.of("-Xmx300m", "-Xss2m")),
        command.read.readOptions(Map.of(ReadOptions.EXTRACT_JAVA_OPTS, " -Xmx300m  -Xss2m ")));
    for (String name : SHARED_OUTSIDE) {
      assertTrue(cli.getCommandSpec().findOption(name) != null, name);
    }
    ShirabeSpark none = new ShirabeSpark();
    new CommandLine(none).parseArgs("--index", "/i", "--key-file", "/k", "/share");
    assertEquals(ReadOptions.DEFAULTS, none.read.readOptions(Map.of()));
  }

  @Test
  void aValueOutOfRangeIsAUsageErrorBeforeSparkStarts() {
    assertEquals(2, spark(dir.resolve("none"), "--timeout", "0", share.toString()));
    assertTrue(lastErr.contains("--timeout must be at least 1 second"), lastErr);
    assertEquals(2, spark(dir.resolve("none"), "--max-entry-size", "lots", share.toString()));
    assertTrue(lastErr.contains("not a size"), lastErr);
  }

  @Test
  void aReadOptionChangesTheFingerprintAsInScan() throws Exception {
    Path index = dir.resolve("limited");
    assertEquals(1, spark(index, share.toString()));
    ReadOptions shallow = new ReadOptions(List.of(), List.of(), null, 0, null, null, null, null,
        null, false, List.of());
    SparkScan.Result again = SparkScan.run(SharedSpark.context(), new SparkScan.Request(
        List.of(share), index, key, 2, null, false, false, null, shallow));
    assertEquals(40, again.filesRead(), "another depth: every file read again");
    assertEquals(Map.of("other detectors or options", 40L),
        again.summary().changes().rereadBecause());
    // A scan with the same options finds nothing to read again: one fingerprint.
    try (Scanner scanner = Scanner.builder()
        .read(shallow, 1, line -> {})
        .policy(Policy.defaults())
        .inventory(index, KeyedHasher.load(key), InventorySink.Settings.DEFAULTS)
        .build()) {
      ScanSummary same = scanner.scan(List.of(share));
      assertEquals(40, same.changes().unchanged(), same.changes().toString());
    }
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
