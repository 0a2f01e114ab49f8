package dev.shirabe.bench;

import dev.shirabe.pipeline.ProcessCpu;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this process and its descendants (the extraction processes, and the programs
 * they ran and waited for, such as tesseract), for benchmarks whose work is spread over
 * processes. On Linux a descendant's time is read from {@code /proc} with its waited-for
 * children's; elsewhere from {@link ProcessHandle}, without them. A descendant that ends
 * between two snapshots loses what it used since the first.
 */
final class TreeCpu {

  /**
   * CPU nanoseconds: this process's, and each live descendant's by pid; {@code compilers}, by
   * pid (this process's too), what the JIT compiler threads of each JVM used (Linux only:
   * empty elsewhere).
   */
  record Snapshot(long own, Map<Long, Long> descendants, Map<Long, Long> compilers) {

    /** CPU used since {@code before}; a descendant new since then counts from zero. */
    long since(Snapshot before) {
      long sum = own - before.own;
      for (Map.Entry<Long, Long> d : descendants.entrySet()) {
        sum += d.getValue() - before.descendants.getOrDefault(d.getKey(), 0L);
      }
      return sum;
    }

    /** CPU the descendants used since {@code before}. */
    long descendantsSince(Snapshot before) {
      return since(before) - (own - before.own);
    }

    /** CPU the JIT compilers of this process and its descendants used since {@code before}. */
    long compilersSince(Snapshot before) {
      long sum = 0;
      for (Map.Entry<Long, Long> c : compilers.entrySet()) {
        sum += c.getValue() - before.compilers.getOrDefault(c.getKey(), 0L);
      }
      return sum;
    }
  }

  private TreeCpu() {}

  static Snapshot now() {
    Map<Long, Long> descendants = new HashMap<>();
    Map<Long, Long> compilers = new HashMap<>();
    compilers.put(ProcessHandle.current().pid(), compilersOf(ProcessHandle.current().pid()));
    ProcessHandle.current().descendants().forEach(p -> {
      long cpu = cpuOf(p);
      if (cpu >= 0) {
        descendants.put(p.pid(), cpu);
        compilers.put(p.pid(), compilersOf(p.pid()));
      }
    });
    return new Snapshot(ProcessCpu.nanos(), descendants, compilers);
  }

  /**
   * CPU of a JVM's live JIT compiler threads ("C1 CompilerThre…", "C2 CompilerThre…" in {@code
   * /proc/PID/task/TID/comm}); 0 for another program or where there is no {@code /proc}. A
   * compiler thread that the JVM ends between two snapshots loses its time since the first.
   */
  private static long compilersOf(long pid) {
    long ticks = 0;
    try (var tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
      for (Path task : tasks) {
        try {
          String s = Files.readString(task.resolve("stat"));
          String name = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
          if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return ticks * (1_000_000_000L / TICKS_PER_SECOND);
  }

  private static long cpuOf(ProcessHandle p) {
    Path stat = Path.of("/proc", String.valueOf(p.pid()), "stat");
    try {
      String s = Files.readString(stat);
      // The fields after the command's closing parenthesis: state is the first (3rd of the
      // line); utime, stime, cutime, cstime the 14th to 17th, in clock ticks.
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13])
          + Long.parseLong(f[14]);
      return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return p.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
  }

  /**
   * The kernel's clock ticks per second for /proc's times: 100 on every Linux built with the
   * default USER_HZ, which Java cannot ask for.
   */
  private static final long TICKS_PER_SECOND = 100;
}
