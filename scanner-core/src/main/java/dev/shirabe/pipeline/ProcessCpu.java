package dev.shirabe.pipeline;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (every thread, the garbage collector's too), for benchmarks. */
public final class ProcessCpu {

  private ProcessCpu() {}

  /** Nanoseconds of CPU the process has used, or -1 when the JVM does not tell. */
  public static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
