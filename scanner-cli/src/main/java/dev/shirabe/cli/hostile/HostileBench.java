package dev.shirabe.cli.hostile;

import dev.shirabe.cli.hostile.Manifest.Entry;
import dev.shirabe.cli.hostile.Manifest.Expect;
import dev.shirabe.source.PathIdentity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Generates the hostile corpus into a temporary folder, runs the packaged scan over it as a user
 * would ({@code shirabe scan DIR --format jsonl --output F --no-index}, default heap, as a child
 * process), and prints what it made, what the scan accounted for, its problems by reason, the
 * wall time, the peak memory of the scan's whole process tree and its peak temp space.
 */
public final class HostileBench {

  /**
   * What to run.
   *
   * @param scanCommand the command up to and excluding {@code scan} (the launcher, or java …)
   * @param scanArguments extra scan options (--threads, --timeout …)
   * @param keep where to generate and keep everything, or null for a temporary folder
   */
  public record Settings(long seed, HostileCorpus.Sizes sizes, List<Path> sources,
      List<String> scanCommand, List<String> scanArguments, Duration wallLimit, Path keep) {}

  /** What a run measured; {@link #ok()} when every check passed. */
  public record Outcome(int exitCode, boolean killed, long peakRssBytes, long peakTempBytes,
      Accounting.Result accounting, List<String> leaks) {

    public boolean ok() {
      return accounting.complete() && leaks.isEmpty() && exitCode == 1 && !killed;
    }
  }

  /** Text that only /etc/passwd holds: if it reaches the output, an XXE was resolved. */
  static final String PASSWD_MARK = "root:x:0:0";

  private HostileBench() {}

  /**
   * The repository this build runs from: the folder holding {@code shirabe}, found from where
   * this class was loaded ({@code scanner-cli/target/shirabe-cli.jar} or
   * {@code scanner-cli/target/classes}); null when that is not a repository.
   */
  public static Path repository() {
    try {
      Path loaded = Path.of(HostileBench.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      Path repo = loaded.getParent().getParent().getParent();
      return Files.isRegularFile(repo.resolve("shirabe")) ? repo : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The command a user runs: the system property {@code shirabe.launcher}, else the
   * repository's {@code shirabe} launcher (its default heap), else this JVM's java with this
   * class path and the launcher's default heap of 512 MB.
   */
  public static List<String> userCommand() {
    String property = System.getProperty("shirabe.launcher");
    if (property != null && !property.isBlank()) {
      return List.of(property);
    }
    Path repo = repository();
    if (repo != null && Files.isExecutable(repo.resolve("shirabe"))) {
      return List.of(repo.resolve("shirabe").toString());
    }
    return javaCommand("-Xmx512m");
  }

  /** {@code java HEAP -cp <this class path> dev.shirabe.cli.Main}. */
  public static List<String> javaCommand(String heap) {
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), "dev.shirabe.cli.Main");
  }

  /** Runs the benchmark, printing as it goes. */
  public static Outcome run(Settings s, PrintWriter out) throws IOException, InterruptedException {
    Path work = s.keep() != null ? Files.createDirectories(s.keep())
        : Files.createTempDirectory("shirabe-hostile-");
    work = work.toRealPath();
    try {
      return run(s, work, out);
    } finally {
      if (s.keep() == null) {
        delete(work);
      } else {
        out.printf("kept: %s%n", work);
      }
      out.flush();
    }
  }

  private static Outcome run(Settings s, Path work, PrintWriter out)
      throws IOException, InterruptedException {
    Path generated = work.resolve("generated");
    long t0 = System.nanoTime();
    Manifest manifest = new HostileCorpus(s.seed(), s.sizes(), s.sources()).generate(generated);
    double makeSeconds = (System.nanoTime() - t0) / 1e9;
    Path corpus = generated.resolve(HostileCorpus.CORPUS);
    List<String> regular = new ArrayList<>();
    Map<String, Integer> special = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          regular.add(PathIdentity.shown(p));
        } else if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          special.merge(specialKind(p), 1, Integer::sum);
        }
      }
    }
    out.printf(Locale.ROOT, "hostile corpus: seed %d, %d mutations, bombs of %s, PDF stream of %s;"
        + " made in %.1f s%n", s.seed(), s.sizes().mutations(),
        HostileCorpus.megabytes(s.sizes().bombBytes()), HostileCorpus.megabytes(s.sizes().pdfBytes()),
        makeSeconds);
    out.printf(Locale.ROOT, "files made: %d regular, %d special %s (manifest: %d regular)%n",
        regular.size(), special.values().stream().mapToInt(Integer::intValue).sum(), special,
        manifest.regularFiles());
    out.flush();

    Path temp = Files.createDirectories(work.resolve("scan-tmp"));
    Path output = work.resolve("scan.jsonl");
    Path stderr = work.resolve("scan.err");
    List<String> command = new ArrayList<>(s.scanCommand());
    command.addAll(List.of("scan", corpus.toString(), "--format", "jsonl", "--output",
        output.toString(), "--no-index"));
    command.addAll(s.scanArguments());
    out.printf("scan: %s%n", String.join(" ", command.subList(0, 1))
        + " " + String.join(" ", command.subList(s.scanCommand().size(), command.size())));
    out.flush();
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile());
    // The JVM (and any JVM it starts) picks this up: the launcher's own options stay as they are.
    String tool = pb.environment().getOrDefault("JAVA_TOOL_OPTIONS", "");
    pb.environment().put("JAVA_TOOL_OPTIONS", (tool + " -Djava.io.tmpdir=" + temp).strip());
    long started = System.nanoTime();
    Process scan = pb.start();
    int exit;
    boolean killed = false;
    ProcessTreeSampler sampler = new ProcessTreeSampler(scan.toHandle(), temp);
    try {
      if (!scan.waitFor(s.wallLimit().toSeconds(), TimeUnit.SECONDS)) {
        killed = true;
        scan.descendants().forEach(ProcessHandle::destroyForcibly);
        scan.destroyForcibly();
        scan.waitFor();
      }
      exit = scan.exitValue();
    } finally {
      sampler.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String err = Files.exists(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
    if (!Files.exists(output)) {
      Files.createFile(output);
    }
    ScanOutput result = ScanOutput.read(output, err);
    Accounting.Result acc = Accounting.of(regular, result);

    out.printf(Locale.ROOT, "exit code: %d%s; wall time %.1f s%n", exit,
        killed ? " (killed after the limit of " + s.wallLimit().toSeconds() + " s)" : "", seconds);
    out.printf(Locale.ROOT, "peak RSS of the scan's process tree: %.0f MB (%d processes at most;"
        + " the largest %.0f MB); peak PSS, shared pages counted once: %.0f MB%n",
        sampler.peakRssBytes() / 1048576.0, sampler.peakProcesses(),
        sampler.peakProcessRssBytes() / 1048576.0, sampler.peakPssBytes() / 1048576.0);
    out.printf(Locale.ROOT, "peak temp space (java.io.tmpdir, open deleted files included): %.1f MB%n",
        sampler.peakTempBytes() / 1048576.0);
    out.printf(Locale.ROOT, "accounted for: %d of %d regular files (%d with findings, %d with problem"
        + " records only, %d silent: %s)%n", acc.accounted(), acc.regular(), acc.withFindings(),
        acc.withProblems(), acc.silentAccepted() + acc.unaccounted().size(),
        acc.countsAgree() ? "accepted as read with nothing found, because " + acc.countsExplanation()
            : "not accepted, because " + acc.countsExplanation());
    if (acc.collisions() > 0) {
      out.printf("  %d regular files share a printed name with another (invalid UTF-8 bytes"
          + " decode alike); the output cannot tell them apart%n", acc.collisions());
    }
    printSome(out, "not accounted for", acc.unaccounted(), corpus);
    if (result.unreadableLines() > 0) {
      out.printf("output lines that are not JSON: %d%n", result.unreadableLines());
    }
    Map<String, Integer> reasons = Accounting.reasons(result.problems());
    out.printf("problem records by reason (%d):%n", result.problems().size());
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.printf(Locale.ROOT, "  %6d  %s%n", e.getValue(), Manifest.escape(
            e.getKey().getBytes(StandardCharsets.UTF_8))));
    List<String> leaks = leaks(manifest, corpus, result, err, output);
    int unmet = expectations(manifest, corpus, result, out);
    out.println("slowest files: not available (the scan's output carries no per-file times);"
        + " see the timeout reasons above");
    printSome(out, "leaks", leaks, null);
    Outcome outcome = new Outcome(exit, killed, sampler.peakRssBytes(), sampler.peakTempBytes(),
        acc, leaks);
    boolean ok = outcome.ok();
    out.printf("verdict: %s%n", ok ? "every regular file accounted for, no leak, exit 1"
        : "FAILED (" + String.join("; ", failures(acc, leaks, exit, killed)) + ")");
    out.printf(Locale.ROOT, "expectations not met: %d (informational)%n", unmet);
    return outcome;
  }

  private static List<String> failures(Accounting.Result acc, List<String> leaks, int exit,
      boolean killed) {
    List<String> f = new ArrayList<>();
    if (!acc.complete()) {
      f.add(acc.unaccounted().size() + " regular files not accounted for");
    }
    if (!leaks.isEmpty()) {
      f.add(leaks.size() + " leaks");
    }
    if (killed) {
      f.add("the scan did not finish");
    } else if (exit != 1) {
      f.add("exit code " + exit + ", not 1");
    }
    return f;
  }

  /** Data from outside the corpus in the output: /etc/passwd text, or findings in XXE files. */
  static List<String> leaks(Manifest manifest, Path corpus, ScanOutput result, String stderr,
      Path output) throws IOException {
    List<String> leaks = new ArrayList<>();
    if (stderr.contains(PASSWD_MARK)) {
      leaks.add("standard error holds /etc/passwd text");
    }
    try (Stream<String> lines = Files.lines(output, StandardCharsets.UTF_8)) {
      if (lines.anyMatch(l -> l.contains(PASSWD_MARK))) {
        leaks.add("the output holds /etc/passwd text");
      }
    } catch (java.io.UncheckedIOException e) {
      leaks.add("the output is not UTF-8, so it could not be checked for /etc/passwd text");
    }
    for (Entry e : manifest.entries()) {
      String path = corpus + "/" + e.shown();
      if (HostileCorpus.mustFindNothing(e.shown()) && result.findingsByFile().containsKey(path)) {
        leaks.add(e.escaped() + " has findings: data from outside the corpus was read");
      }
    }
    return leaks;
  }

  /** Prints, per expected outcome, how many files met it and a few that did not. */
  public static int expectations(Manifest manifest, Path corpus, ScanOutput result, PrintWriter out) {
    Set<String> problem = new HashSet<>();
    Set<String> skipped = new HashSet<>();
    for (ScanOutput.Problem p : result.problems()) {
      (p.status().equals("skipped") ? skipped : problem).add(p.file());
    }
    Map<Expect, int[]> tally = new TreeMap<>();
    List<String> unmet = new ArrayList<>();
    for (Entry e : manifest.entries()) {
      String path = corpus + "/" + e.shown();
      boolean found = result.findingsByFile().containsKey(path);
      boolean met = switch (e.expect()) {
        case FOUND -> found;
        case PROBLEM -> problem.contains(path);
        case FOUND_OR_PROBLEM -> found || problem.contains(path);
        case ANY -> true;
        case SKIPPED -> skipped.contains(path);
      };
      int[] t = tally.computeIfAbsent(e.expect(), k -> new int[2]);
      t[1]++;
      if (met) {
        t[0]++;
      } else {
        unmet.add(e.escaped() + " (" + e.expect().label() + ")");
      }
    }
    StringBuilder line = new StringBuilder("expected outcomes met:");
    tally.forEach((k, t) -> line.append(' ').append(k.label()).append(' ').append(t[0])
        .append('/').append(t[1]).append(';'));
    out.println(line.substring(0, line.length() - 1));
    printSome(out, "not as expected", unmet, null);
    return unmet.size();
  }

  private static void printSome(PrintWriter out, String what, List<String> items, Path corpus) {
    if (items.isEmpty()) {
      return;
    }
    out.printf("%s (%d):%n", what, items.size());
    for (String item : items.subList(0, Math.min(20, items.size()))) {
      String shown = corpus != null && item.startsWith(corpus + "/")
          ? item.substring(corpus.toString().length() + 1) : item;
      out.println("  " + Manifest.escape(shown.getBytes(StandardCharsets.UTF_8)));
    }
    if (items.size() > 20) {
      out.printf("  … and %d more%n", items.size() - 20);
    }
  }

  private static String specialKind(Path p) {
    if (Files.isSymbolicLink(p)) {
      return "symlink";
    }
    try {
      Object type = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      int mode = (Integer) type & 0170000;
      return mode == 0010000 ? "fifo" : mode == 0140000 ? "socket" : "other";
    } catch (IOException | RuntimeException e) {
      return "other";
    }
  }

  /** Deletes a folder tree without following links (the corpus holds link loops). */
  public static void delete(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
