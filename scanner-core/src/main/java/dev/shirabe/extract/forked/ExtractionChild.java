package dev.shirabe.extract.forked;

import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Ocr;
import dev.shirabe.extract.OcrSettings;
import dev.shirabe.extract.PartSink;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.extract.TikaParts;
import dev.shirabe.vocabulary.Part;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The main class of an extraction process: reads the files its parent names, one at a time in
 * each slot the parent uses, with {@link TikaExtractor}, and streams their parts back (see
 * {@link Wire}). Whatever a parser does here (hang, run out of memory, crash the JVM) costs the
 * parent this process, not the scan: it reads the files that were in flight again, each alone
 * in a new process ({@link ForkedExtractor}), so only the file that fails alone is failed.
 */
public final class ExtractionChild {

  private ExtractionChild() {}

  /** No arguments: the limits come first on standard input ({@link Wire#LIMITS}). */
  public static void main(String[] args) throws IOException, InterruptedException {
    // Standard output carries the protocol: anything a library prints goes to stderr instead.
    DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(System.err);
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    // A scan killed with -9 cannot stop us: we stop when it is gone, even inside a parser
    // that never returns (at the end of a file, its closed pipe would tell us too).
    ProcessHandle.current().parent().ifPresent(parent ->
        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    // SLF4J binds its logger on first use; two threads asking at once (Tika's parsers loading,
    // Tesseract's languages asked for here) made it queue their calls and print three lines of
    // warnings about replaying them, on about half of all scans. Bound here, before either.
    LoggerFactory.getILoggerFactory();
    // Tika's configuration (every parser, a third of this process's classes) needs no limits:
    // it loads while the parent is still parsing its own command line and sends them.
    FutureTask<TikaParts> tika = new FutureTask<>(TikaParts::defaults);
    Thread loading = new Thread(tika, "shirabe-tika-config");
    loading.setDaemon(true);
    loading.start();
    ExtractionLimits limits;
    try {
      limits = readLimits(in);
    } catch (EOFException e) {
      return; // the parent went away before it needed us
    }
    Ocr.of(limits.ocr()); // asks Tesseract for its languages beside the parsers loading
    TikaExtractor extractor;
    try {
      extractor = new TikaExtractor(limits, tika.get());
    } catch (ExecutionException e) {
      throw new IllegalStateException("Tika's configuration did not load", e.getCause());
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    out.writeByte(Wire.READY);
    out.flush();
    Slots slots = new Slots(extractor, out, tmp);
    while (true) {
      byte tag;
      try {
        tag = in.readByte();
      } catch (EOFException e) {
        return; // the parent is done with us
      }
      if (tag != Wire.FILE) {
        throw new IOException("unexpected message " + tag);
      }
      int slot = in.readInt();
      slots.read(slot, Path.of(Wire.readString(in)));
    }
  }

  /**
   * The process's parsing threads, one per slot the parent uses, on one extractor (it is
   * thread-safe): the JIT's code and the heap serve them all. Each message goes out whole
   * under the output's lock.
   */
  private static final class Slots {
    private final TikaExtractor extractor;
    private final DataOutputStream out;
    private final Path tmp;
    private final Map<Integer, BlockingQueue<Path>> queues = new HashMap<>();
    /** When each slot's file began (ms since the epoch), for the temporary folder's clean-up. */
    private final Map<Integer, Long> started = new HashMap<>();

    Slots(TikaExtractor extractor, DataOutputStream out, Path tmp) {
      this.extractor = extractor;
      this.out = out;
      this.tmp = tmp;
    }

    void read(int slot, Path file) throws InterruptedException {
      if (slot < 0 || slot > 4096) {
        throw new IllegalStateException("slot " + slot + ": the stream is corrupt");
      }
      queues.computeIfAbsent(slot, this::start).put(file);
    }

    private BlockingQueue<Path> start(int slot) {
      BlockingQueue<Path> queue = new LinkedBlockingQueue<>();
      Thread parser = new Thread(() -> {
        try {
          while (true) {
            one(slot, queue.take());
          }
        } catch (InterruptedException e) {
          // the process is ending
        } catch (IOException | UncheckedIOException e) {
          Runtime.getRuntime().halt(1); // the parent went away
        } catch (RuntimeException | Error e) {
          // What no parser should throw: the process ends, as it did when this ran on its
          // main thread, and the parent reports it; a thread that died alone would leave its
          // file waiting for the time limit.
          e.printStackTrace();
          Runtime.getRuntime().halt(1);
        }
      }, "extract-slot-" + slot); // short: Linux shows threads' first 15 chars (tests look)
      parser.setDaemon(true); // the process ends when its input does
      parser.start();
      return queue;
    }

    private void one(int slot, Path file) throws IOException, InterruptedException {
      synchronized (started) {
        started.put(slot, System.currentTimeMillis());
      }
      try {
        extractor.extract(file, sink(slot, out));
        synchronized (out) {
          out.writeByte(Wire.DONE);
          out.writeInt(slot);
          out.flush();
        }
      } catch (ExtractionException e) {
        synchronized (out) {
          out.writeByte(Wire.FAILED);
          out.writeInt(slot);
          Wire.writeString(out, e.getMessage());
          out.flush();
        }
      }
      synchronized (started) {
        started.remove(slot);
        // Another slot's file made nothing before it began: what is older than the earliest
        // file still being read (less a margin for the file system's clock) is left over.
        long cutoff = started.values().stream().mapToLong(t -> t - 2000).min().orElse(Long.MAX_VALUE);
        // Cleaned under the lock: no slot begins a file meanwhile. Outside it, a slot could
        // begin after the cut-off was taken and lose a temporary file it had just made (seen
        // in CI: an xlsx attached to a mail, its Tika copy gone, NoSuchFileException).
        clean(tmp, cutoff);
      }
    }
  }

  private static PartSink sink(int slot, DataOutputStream out) {
    return new PartSink() {
      @Override
      public void part(Part part) {
        try {
          synchronized (out) {
            out.writeByte(Wire.PART);
            out.writeInt(slot);
            Wire.writeString(out, part.locator());
            Wire.writeString(out, part.text());
            out.writeInt(part.metadata().size());
            for (Map.Entry<String, String> e : part.metadata().entrySet()) {
              Wire.writeString(out, e.getKey());
              Wire.writeString(out, e.getValue());
            }
            // Now, not with the file's end: a part sent is kept if the parser then dies.
            out.flush();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void problem(String locator, String reason) {
        try {
          synchronized (out) {
            out.writeByte(Wire.PROBLEM);
            out.writeInt(slot);
            Wire.writeString(out, locator);
            Wire.writeString(out, reason);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /**
   * Removes what parsers left in the temporary folder (it is this process's alone): everything
   * last changed before {@code cutoff} (ms since the epoch), all of it when no file is in flight.
   */
  private static void clean(Path tmp, long cutoff) {
    try (Stream<Path> left = Files.walk(tmp)) {
      left.sorted(Comparator.reverseOrder())
          .filter(p -> !p.equals(tmp))
          .forEach(p -> {
            java.io.File f = p.toFile();
            if (cutoff == Long.MAX_VALUE || f.lastModified() < cutoff) {
              f.delete();
            }
          });
    } catch (IOException | UncheckedIOException e) {
      // The parent removes the folder with the process.
    }
  }

  /** The first message: the limits, as {@link #arguments} writes them. */
  static ExtractionLimits readLimits(DataInputStream in) throws IOException {
    if (in.readByte() != Wire.LIMITS) {
      throw new IOException("the first message was not the limits");
    }
    int n = in.readInt();
    if (n < 0 || n > 64) {
      throw new IOException(n + " limits: the stream is corrupt");
    }
    String[] args = new String[n];
    for (int i = 0; i < n; i++) {
      args[i] = Wire.readString(in);
    }
    return limits(args);
  }

  /**
   * Sends {@code limits} as a process's first message ({@link #readLimits} reads it). Public
   * for a process started by other means than {@link ForkedExtractor} (tests).
   */
  public static void writeLimits(DataOutputStream out, ExtractionLimits limits) throws IOException {
    String[] args = arguments(limits);
    out.writeByte(Wire.LIMITS);
    out.writeInt(args.length);
    for (String arg : args) {
      Wire.writeString(out, arg);
    }
    out.flush();
  }

  static String[] arguments(ExtractionLimits limits) {
    return new String[] {
      String.valueOf(limits.maxFileBytes()),
      String.valueOf(limits.maxPartChars()),
      String.valueOf(limits.maxFileChars()),
      String.valueOf(limits.maxDepth()),
      String.valueOf(limits.maxTime().toMillis()),
      String.valueOf(limits.maxEntryBytes()),
      String.valueOf(limits.maxTempBytes()),
      limits.ocr().tesseract(),
      limits.ocr().languages(),
      String.valueOf(limits.ocr().pageTime().toSeconds()),
    };
  }

  static ExtractionLimits limits(String[] args) {
    return new ExtractionLimits(
        Long.parseLong(args[0]),
        Integer.parseInt(args[1]),
        Long.parseLong(args[2]),
        Integer.parseInt(args[3]),
        Duration.ofMillis(Long.parseLong(args[4])),
        Long.parseLong(args[5]),
        Long.parseLong(args[6]),
        // Without them (an older parent's arguments), OCR as by default.
        args.length < 10 ? OcrSettings.DEFAULTS
            : new OcrSettings(args[7], args[8], Duration.ofSeconds(Long.parseLong(args[9]))));
  }
}
