package dev.shirabe.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap a benchmark used at most, for the figures beside its times. */
public final class PeakHeap {

  private PeakHeap() {}

  /**
   * The sum of the heap pools' peaks since the JVM started, in MB: an upper bound of the
   * heap used at any one time (the pools peak at different moments).
   */
  public static double megabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  /** The heap's limit ({@code -Xmx}), in MB. */
  public static double maxMegabytes() {
    return Runtime.getRuntime().maxMemory() / 1048576.0;
  }
}
