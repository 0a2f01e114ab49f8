package dev.shirabe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time of this JVM's threads by name, for threads that come and go during a measurement
 * (a scan's pipeline threads end with it): sampled every 50 ms, each thread's last sample
 * kept, so a thread loses at most the CPU of its last 50 ms.
 */
final class ThreadCpu {

  /** A running sampler. */
  static final class Watch {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds by thread id, with the thread's name. */
    private final Map<Long, Map.Entry<String, Long>> last = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean stopped;

    private Watch() {
      sampler = new Thread(() -> {
        while (!stopped) {
          sample();
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "shirabe-bench-thread-cpu");
      sampler.setDaemon(true);
      sampler.start();
    }

    private void sample() {
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          last.put(info.getThreadId(), Map.entry(info.getThreadName(), cpu));
        }
      }
    }

    /** Stops sampling, after a last sample. */
    void stop() throws InterruptedException {
      stopped = true;
      sampler.interrupt();
      sampler.join();
      sample();
    }

    /**
     * CPU seconds of the threads named {@code prefix} and a number (the pipeline's workers,
     * not its watchdog or log pumps), counted whole: they start with the measured scan.
     */
    double seconds(String prefix) {
      return last.values().stream()
          .filter(e -> e.getKey().startsWith(prefix)
              && e.getKey().substring(prefix.length()).matches("\\d+"))
          .mapToLong(Map.Entry::getValue).sum() / 1e9;
    }
  }

  private ThreadCpu() {}

  static Watch watch() {
    return new Watch();
  }
}
