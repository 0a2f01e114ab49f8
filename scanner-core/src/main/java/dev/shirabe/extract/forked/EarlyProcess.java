package dev.shirabe.extract.forked;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A scan's first extraction process, started as the command starts, before it has read its
 * options: the process boots and loads Tika's parsers (the longest part of a short scan's
 * start) while the command line is parsed, and gets its limits when the scan's
 * {@link ForkedExtractor} takes it over ({@link ChildProcess#begin}). It is the same process,
 * isolated the same way, as the extractor would start itself. One the scan does not take (other
 * JVM options, {@code --in-process}, a usage error) is killed when the JVM exits.
 */
public final class EarlyProcess {

  private static final AtomicReference<EarlyProcess> WAITING = new AtomicReference<>();

  private final List<String> command;
  private final int slots;
  private final Path home;
  private final ChildProcess child;
  private final Relay log;

  private EarlyProcess(List<String> command, int slots, Path home, ChildProcess child,
      Relay log) {
    this.command = command;
    this.slots = slots;
    this.home = home;
    this.child = child;
    this.log = log;
  }

  /**
   * Starts the process a {@link ForkedExtractor} with these JVM options and {@code threads}
   * threads would start first. Nothing happens when it cannot: the extractor then starts its
   * own, as without this.
   */
  public static void start(List<String> jvmOptions, int threads) {
    try {
      int slots = ForkedExtractor.slotsFor(threads);
      List<String> command = ForkedExtractor.command(jvmOptions, slots);
      Path home = ForkedExtractor.TempFolders.create();
      Relay log = new Relay();
      ChildProcess child =
          new ChildProcess(Files.createDirectory(home.resolve("p1")), command, log, slots);
      EarlyProcess early = new EarlyProcess(command, slots, home, child, log);
      if (!WAITING.compareAndSet(null, early)) {
        early.discard();
        return;
      }
      Thread unused = new Thread(() -> {
        EarlyProcess left = WAITING.getAndSet(null);
        if (left != null) {
          left.discard();
        }
      }, "shirabe-early-extract-exit");
      Runtime.getRuntime().addShutdownHook(unused);
    } catch (IOException | RuntimeException e) {
      // the extractor starts its own process
    }
  }

  /** The process started early for this command, or null (none, or one for another: killed). */
  static EarlyProcess take(List<String> command, int slots) {
    EarlyProcess early = WAITING.getAndSet(null);
    if (early != null && (!early.command.equals(command) || early.slots != slots)) {
      early.discard();
      return null;
    }
    return early;
  }

  /** The folder of the processes, as {@link ForkedExtractor.TempFolders#create} made it. */
  Path home() {
    return home;
  }

  /** The process, its log lines from now on (and those it wrote before) going to {@code to}. */
  ChildProcess adopt(Consumer<String> to) {
    log.to(to);
    return child;
  }

  private void discard() {
    child.kill("not used", -1);
    ChildProcess.delete(home);
  }

  /** Holds what the process logs until the scan says where its log goes. */
  private static final class Relay implements Consumer<String> {
    private final List<String> held = new ArrayList<>();
    private Consumer<String> target;

    @Override
    public synchronized void accept(String line) {
      if (target != null) {
        target.accept(line);
      } else if (held.size() < 100) {
        held.add(line);
      }
    }

    synchronized void to(Consumer<String> to) {
      held.forEach(to);
      held.clear();
      target = to;
    }
  }
}
