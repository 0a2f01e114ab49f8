package dev.shirabe.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's MIME magic detection ({@link MimeTypes}) against {@link PrefilteredMimeTypes} on the
 * same buffers (the first 64 KB of every file under the given folders), in one JVM: warm-up,
 * then rounds alternating which goes first; prints CPU time per buffer of each, the median
 * ratio, and how many answers differ (none, or it is a bug). Not a test: run it with
 *
 * <pre>
 * java -cp 'scanner-core/target/classes:scanner-core/target/test-classes:scanner-cli/target/lib/*' \
 *   dev.shirabe.extract.MagicDetectionBenchmark [--rounds N] FOLDER...
 * </pre>
 */
public final class MagicDetectionBenchmark {

  private MagicDetectionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = 7;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        folders.add(Path.of(args[i]));
      }
    }
    List<byte[]> buffers = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
          try (InputStream in = Files.newInputStream(file)) {
            buffers.add(in.readNBytes(64 * 1024));
          }
        }
      }
    }
    MimeTypes tika = MimeTypes.getDefaultMimeTypes();
    PrefilteredMimeTypes ours = new PrefilteredMimeTypes(tika);
    int differ = 0;
    for (byte[] b : buffers) {
      if (!detect(tika, b).equals(detect(ours, b))) {
        differ++;
      }
    }
    long bytes = buffers.stream().mapToLong(b -> b.length).sum();
    System.out.printf(
        "%d buffers (%.1f MB) from %s; answers differing: %d%n",
        buffers.size(), bytes / 1e6, folders, differ);
    for (int w = 0; w < 3; w++) {
      time(tika, buffers);
      time(ours, buffers);
    }
    double[] tikaUs = new double[rounds];
    double[] oursUs = new double[rounds];
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t;
      long o;
      if (r % 2 == 0) {
        t = time(tika, buffers);
        o = time(ours, buffers);
      } else {
        o = time(ours, buffers);
        t = time(tika, buffers);
      }
      tikaUs[r] = t / 1e3 / buffers.size();
      oursUs[r] = o / 1e3 / buffers.size();
      ratios[r] = (double) t / o;
      System.out.printf(
          "round %d: Tika %.1f us/buffer, prefiltered %.1f us/buffer, %.2fx%n",
          r + 1, tikaUs[r], oursUs[r], ratios[r]);
    }
    System.out.printf(
        "median of %d rounds: Tika %.1f us/buffer, prefiltered %.1f us/buffer, speed-up %.2fx%n",
        rounds, median(tikaUs), median(oursUs), median(ratios));
  }

  private static MediaType detect(Detector detector, byte[] bytes) throws Exception {
    return detector.detect(new ByteArrayInputStream(bytes), new Metadata());
  }

  /** CPU nanoseconds of this thread to detect every buffer once. */
  private static long time(Detector detector, List<byte[]> buffers) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    int sink = 0;
    for (byte[] b : buffers) {
      sink += detect(detector, b).hashCode();
    }
    long spent = threads.getCurrentThreadCpuTime() - start;
    if (sink == 42) {
      System.out.print(""); // keeps the results alive
    }
    return spent;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
