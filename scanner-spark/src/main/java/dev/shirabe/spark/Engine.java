package dev.shirabe.spark;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyFormatException;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.pipeline.AnalysisFingerprint;
import dev.shirabe.pipeline.FileScan;
import dev.shirabe.report.SafeText;
import dev.shirabe.scan.ReadOptions;
import dev.shirabe.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkEnv;

/**
 * The per-file work of one JVM (an executor, or the driver in local mode): detectors, models,
 * dictionaries and the extraction processes are made once, on first use, and shared by every
 * task the JVM runs after (a task takes a second or more to load them; {@link FileScan} is
 * thread-safe). Closed when the JVM ends.
 */
final class Engine {

  /** The text whose keyed hash tells the driver's key from an executor's. */
  private static final String KEY_CHECK_TEXT = "shirabe-spark: key check";

  private static FileScan fileScan;
  /** What {@link #fileScan} was built for: the read options and the policy file. */
  private static List<Object> fileScanFor;
  private static Scanner scanner;
  private static Policy policyRead;
  private static DetectorSet detectors;
  private static KeyedHasher hasher;
  private static String hasherFile;

  private Engine() {}

  /**
   * The per-file work: {@code shirabe scan}'s reading (the job's {@link ReadOptions}: limits,
   * OCR, isolated extraction processes), its detectors, and the policy at the job's policy file
   * (null: the default policy). Built again only when a job reads with other options, names
   * another policy file, or the same file with other contents (an executor outlives a job); the
   * one it replaces is closed then (its extraction processes end), which is safe because a
   * driver runs its jobs one after the other. The detectors are loaded once for the JVM.
   *
   * <p>Extraction runs in a pool of child processes of this JVM, as in {@code scan}: one starts
   * at once, others as more tasks run at the same time, at most one per task slot, so that a
   * parser's hang, out-of-memory error or crash costs its file and not the executor.
   *
   * @throws IOException when the policy file is missing, malformed, or not the driver's
   */
  static synchronized FileScan fileScan(JobSettings settings) throws IOException {
    List<Object> wanted = Arrays.asList(settings.read(), settings.policyFile());
    if (fileScan == null || !wanted.equals(fileScanFor)
        || !settings.policyDigest().equals(policyRead.digest())) {
      Policy policy = policy(settings.policyFile());
      if (!settings.policyDigest().equals(policy.digest())) {
        throw notTheDriversPolicy(settings.policyFile());
      }
      Scanner made = Scanner.builder()
          .read(settings.read(), slots(), Engine::log)
          .detectors(detectors())
          .policy(policy)
          .build();
      Scanner old = scanner;
      scanner = made;
      fileScan = made.fileScan();
      fileScanFor = wanted;
      policyRead = policy;
      if (old != null) {
        old.close();
      } else {
        Runtime.getRuntime().addShutdownHook(new Thread(Engine::closeQuietly,
            "shirabe-engine-close"));
      }
    }
    return fileScan;
  }

  /**
   * The fingerprint of the executors' analysis, on the driver: the same options, detectors and
   * policy, read in process (the isolated extractor's fingerprint is the in-process one's), so
   * that planning starts no extraction process.
   */
  static AnalysisFingerprint fingerprint(ReadOptions read, String policyFile) throws IOException {
    try (Scanner planning = Scanner.builder()
        .options(read.scanOptions(1))
        .detectors(detectors())
        .policy(policy(policyFile))
        .build()) {
      return planning.fileScan().fingerprint();
    }
  }

  /** The detectors, loaded once for the JVM: they do not depend on the job's options. */
  private static synchronized DetectorSet detectors() {
    if (detectors == null) {
      detectors = DetectorSet.standard();
    }
    return detectors;
  }

  /**
   * The tasks this JVM runs at once, each of which may need an extraction process: the local
   * master's threads, else the executor's cores over the cores a task takes.
   */
  static int slots() {
    SparkEnv env = SparkEnv.get();
    int cores = Runtime.getRuntime().availableProcessors();
    if (env == null) {
      return cores;
    }
    Matcher local = LOCAL.matcher(env.conf().get("spark.master", ""));
    if (local.matches()) {
      String threads = local.group(1); // "local" alone is one thread
      return threads == null ? 1
          : threads.equals("*") ? cores : Math.max(1, Integer.parseInt(threads));
    }
    int taskCores = Math.max(1, env.conf().getInt("spark.task.cpus", 1));
    return Math.max(1, env.conf().getInt("spark.executor.cores", cores) / taskCores);
  }

  private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\d+)?\\])?");

  /** What an extraction process logs, on the executor's standard error as {@code scan} does. */
  private static void log(String line) {
    System.err.println("shirabe: " + SafeText.escape(line));
  }

  private static synchronized void closeQuietly() {
    try {
      if (scanner != null) {
        scanner.close();
      }
    } catch (IOException | RuntimeException e) {
      // the JVM is ending: its extraction processes end with their input
    }
  }

  private static IOException notTheDriversPolicy(String policyFile) {
    return new IOException("the policy file " + policyFile + " on this executor is not the"
        + " driver's: put the same file at the same path on every executor");
  }

  /** The policy at {@code file}, or the default one; a malformed file says where. */
  static Policy policy(String file) throws IOException {
    if (file == null) {
      return Policy.defaults();
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new IOException("the policy file " + path + " is not on this machine: put it at the"
          + " same path on the driver and every executor");
    }
    try {
      return Policy.read(path);
    } catch (PolicyFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The check of a key: a keyed hash, safe to send where the key may not go. */
  static String keyCheck(KeyedHasher hasher) {
    return hasher.hash(KEY_CHECK_TEXT);
  }

  /**
   * The key the driver uses, read from the same path on this executor.
   *
   * @throws IOException when the file is missing here (never created on an executor) or holds
   *     another key
   */
  static synchronized KeyedHasher hasher(JobSettings settings) throws IOException {
    if (hasher == null || !settings.keyFile().equals(hasherFile)) {
      Path file = Path.of(settings.keyFile());
      if (!Files.isRegularFile(file)) {
        throw new IOException("the key file " + file + " is not on this executor: mount it at"
            + " the same path as on the driver");
      }
      hasher = KeyedHasher.load(file);
      hasherFile = settings.keyFile();
    }
    if (!keyCheck(hasher).equals(settings.keyCheck())) {
      throw new IOException("the key file " + settings.keyFile() + " on this executor holds"
          + " another key than the driver's");
    }
    return hasher;
  }
}
