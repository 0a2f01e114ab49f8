package dev.shirabe.cli.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Samples, every 100 ms while a process runs, the resident memory of it and all its descendants
 * (the sum of {@code VmRSS} in {@code /proc/PID/status}: a pool of child JVMs counts in full) and
 * the space of the files under its temp folder, including files already deleted but still open
 * (found through {@code /proc/PID/fd}), which a plain folder size would miss. Linux only; on
 * other systems the figures stay 0.
 */
final class ProcessTreeSampler implements AutoCloseable {

  private final ProcessHandle root;
  private final Path temp;
  private final Thread thread;
  private volatile boolean stop;
  private volatile long peakRssBytes;
  private volatile long peakPssBytes;
  private volatile long peakProcessRssBytes;
  private volatile long peakTempBytes;
  private volatile int peakProcesses;

  ProcessTreeSampler(ProcessHandle root, Path temp) {
    this.root = root;
    this.temp = temp.toAbsolutePath().normalize();
    this.thread = new Thread(this::loop, "shirabe-hostile-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long peakRssBytes() {
    return peakRssBytes;
  }

  /**
   * The peak of the summed PSS: pages the JVMs share (the JDK's libraries, its class data
   * archive) counted once, split among them; what the tree costs the machine.
   */
  long peakPssBytes() {
    return peakPssBytes;
  }

  /** The largest RSS of one process of the tree. */
  long peakProcessRssBytes() {
    return peakProcessRssBytes;
  }

  long peakTempBytes() {
    return peakTempBytes;
  }

  int peakProcesses() {
    return peakProcesses;
  }

  private void loop() {
    while (!stop && root.isAlive()) {
      sample();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    List<ProcessHandle> tree = new ArrayList<>();
    tree.add(root);
    root.descendants().forEach(tree::add);
    long rss = 0;
    long pss = 0;
    Map<Object, Long> tempFiles = new HashMap<>();
    for (ProcessHandle p : tree) {
      long one = kilobytes(p.pid(), "status", "VmRSS:") * 1024;
      rss += one;
      peakProcessRssBytes = Math.max(peakProcessRssBytes, one);
      pss += kilobytes(p.pid(), "smaps_rollup", "Pss:") * 1024;
      openTempFiles(p.pid(), tempFiles);
    }
    peakPssBytes = Math.max(peakPssBytes, pss);
    folderFiles(tempFiles);
    long tempBytes = tempFiles.values().stream().mapToLong(Long::longValue).sum();
    peakRssBytes = Math.max(peakRssBytes, rss);
    peakTempBytes = Math.max(peakTempBytes, tempBytes);
    peakProcesses = Math.max(peakProcesses, tree.size());
  }

  /** A "Name:   123 kB" line of a /proc file of the process, 0 when it has gone. */
  private static long kilobytes(long pid, String file, String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file),
          StandardCharsets.ISO_8859_1)) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between listing and reading
    }
    return 0;
  }

  /** Files the process holds open under the temp folder, deleted or not, by file key. */
  private void openTempFiles(long pid, Map<Object, Long> into) {
    Path fds = Path.of("/proc", Long.toString(pid), "fd");
    try (Stream<Path> list = Files.list(fds)) {
      for (Path fd : (Iterable<Path>) list::iterator) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(temp.toString() + "/")) {
            BasicFileAttributes a = Files.readAttributes(fd, BasicFileAttributes.class);
            if (a.isRegularFile()) {
              into.put(a.fileKey(), a.size());
            }
          }
        } catch (IOException | RuntimeException e) {
          // closed meanwhile
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended, or /proc is not there
    }
  }

  private void folderFiles(Map<Object, Long> into) {
    try (Stream<Path> walk = Files.walk(temp)) {
      walk.forEach(p -> {
        try {
          BasicFileAttributes a =
              Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          if (a.isRegularFile()) {
            into.put(a.fileKey(), a.size());
          }
        } catch (IOException e) {
          // deleted meanwhile
        }
      });
    } catch (IOException | RuntimeException e) {
      // a folder vanished during the walk: the next sample counts again
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.interrupt();
    thread.join();
  }
}
