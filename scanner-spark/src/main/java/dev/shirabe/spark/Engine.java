package dev.shirabe.spark;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyFormatException;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.FileScan;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-file work of one JVM (an executor, or the driver in local mode): detectors, models,
 * dictionaries and Tika are loaded once, on first use, and shared by every task the JVM runs
 * after (a task takes a second or more to load them; {@link FileScan} is thread-safe). Never
 * closed: it lives as long as the executor.
 */
final class Engine {

  /** The text whose keyed hash tells the driver's key from an executor's. */
  private static final String KEY_CHECK_TEXT = "shirabe-spark: key check";

  private static FileScan fileScan;
  private static String fileScanPolicy = "";
  private static Policy policyRead;
  private static KeyedHasher hasher;
  private static String hasherFile;

  private Engine() {}

  /**
   * The per-file work: {@code shirabe scan}'s limits and detectors, and the policy at {@code
   * policyFile} (null: the default policy), built again only when a job names another policy
   * file, or the same file with other contents (an executor outlives a job).
   *
   * @param policyDigest the driver's policy's digest, null to take the file as it is
   * @throws IOException when the policy file is missing, malformed, or not the driver's
   */
  static synchronized FileScan fileScan(String policyFile, String policyDigest)
      throws IOException {
    String wanted = policyFile == null ? "" : policyFile;
    if (fileScan == null || !fileScanPolicy.equals(wanted)
        || policyDigest != null && !policyDigest.equals(policyRead.digest())) {
      Policy policy = policy(policyFile);
      // In process: an executor is the isolation a task failure falls back on (Spark retries
      // the task elsewhere), and forking extraction processes inside one is left to later.
      Scanner scanner = Scanner.builder()
          .options(ScanOptions.defaults())
          .policy(policy)
          .build();
      fileScan = scanner.fileScan();
      fileScanPolicy = wanted;
      policyRead = policy;
    }
    if (policyDigest != null && !policyDigest.equals(policyRead.digest())) {
      throw new IOException("the policy file " + policyFile + " on this executor is not the"
          + " driver's: put the same file at the same path on every executor");
    }
    return fileScan;
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
