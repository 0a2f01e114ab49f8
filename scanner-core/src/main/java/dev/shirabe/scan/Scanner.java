package dev.shirabe.scan;

import dev.shirabe.classify.Classifier;
import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.Ocr;
import dev.shirabe.extract.OcrSettings;
import dev.shirabe.extract.TikaExtractor;
import dev.shirabe.extract.forked.ForkedExtractor;
import dev.shirabe.inventory.InventorySink;
import dev.shirabe.inventory.KeyedHasher;
import dev.shirabe.pipeline.FileScan;
import dev.shirabe.pipeline.IncrementalPlan;
import dev.shirabe.pipeline.ScanListener;
import dev.shirabe.pipeline.ScanOptions;
import dev.shirabe.pipeline.ScanPipeline;
import dev.shirabe.pipeline.ScanPlan;
import dev.shirabe.source.LocalSource;
import dev.shirabe.source.Source;
import dev.shirabe.vocabulary.ScanSummary;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A scan, wired: source → plan → extract → detect → classify → inventory. Built once with what
 * the scan is to use ({@link #builder}), it scans a source ({@link #scan}) into its inventory,
 * reading only what changed since the inventory's last scan, and reports each result to the
 * caller's listener as it comes.
 *
 * <p>What the builder makes (an extractor, a policy's classifier, an inventory it opens), the
 * scanner closes; what it is handed ready-made stays the caller's to close.
 */
public final class Scanner implements AutoCloseable {

  /** Makes a part of the scan when the scanner is built; may fail as opening a file does. */
  @FunctionalInterface
  public interface Maker<T> {
    T make() throws IOException;
  }

  private final ScanOptions options;
  private final InventorySink inventory;
  private final boolean readAll;
  private final ScanPipeline pipeline;
  private final FileScan fileScan;
  /** What the scanner made, in the order made; closed in reverse. */
  private final List<AutoCloseable> made;
  private List<String> warnings = List.of();

  private Scanner(ScanOptions options, Extractor extractor, DetectorSet detectors,
      Classifier classifier, InventorySink inventory, boolean readAll, List<AutoCloseable> made) {
    this.options = options;
    this.inventory = inventory;
    this.readAll = readAll;
    this.pipeline = new ScanPipeline(options, extractor, detectors, classifier);
    this.fileScan = new FileScan(options, extractor, detectors, classifier);
    this.made = made;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Scans the local file system's roots, with the options' include and exclude patterns. */
  public ScanSummary scan(List<Path> roots, ScanListener listener) throws InterruptedException {
    return scan(new LocalSource(roots, options.include(), options.exclude()), listener);
  }

  /** Scans the local file system's roots into the inventory alone: no one else listens. */
  public ScanSummary scan(List<Path> roots) throws InterruptedException {
    if (inventory == null) {
      throw new IllegalStateException("a scan heard by no one needs an inventory");
    }
    return scan(new LocalSource(roots, options.include(), options.exclude()), null);
  }

  /**
   * Scans the source's items, reporting each result to the listener; returns when everything
   * is done. With an inventory, only new and changed items are read (all with {@link
   * Builder#readAll}) and the others are reported from the inventory; items gone from a
   * complete listing are removed from it.
   */
  public ScanSummary scan(Source source, ScanListener listener) throws InterruptedException {
    if (inventory == null) {
      warnings = List.of();
      return pipeline.run(source, listener, ScanPlan.READ_ALL);
    }
    IncrementalPlan<?> plan = new IncrementalPlan<>(source, inventory, readAll,
        options.limits().maxFileBytes());
    try {
      // The inventory hears each result first: a listener that fails cannot lose it.
      return pipeline.run(source,
          listener == null ? inventory : ScanListener.both(inventory, listener), plan);
    } finally {
      warnings = plan.warnings();
    }
  }

  /**
   * The work on one item with this scanner's parts, for a caller that hands items to workers
   * itself (a cluster's tasks); it keeps no inventory.
   */
  public FileScan fileScan() {
    return fileScan;
  }

  /** Whether scans keep an inventory. */
  public boolean keepsInventory() {
    return inventory != null;
  }

  /** What the last scan chose not to do and the user should know (a root found empty). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * Closes what the scanner made: the classifier, the extractor and the inventory, in that
   * order, each whatever the others throw.
   *
   * @throws IOException when the inventory could not be written during a scan, or a part
   *     could not be closed
   */
  @Override
  public void close() throws IOException {
    closeAll(made);
  }

  private static void closeAll(List<AutoCloseable> parts) throws IOException {
    Throwable first = null;
    for (int i = parts.size() - 1; i >= 0; i--) {
      try {
        parts.get(i).close();
      } catch (Exception | Error e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first instanceof IOException e) {
      throw e;
    } else if (first instanceof RuntimeException e) {
      throw e;
    } else if (first instanceof Error e) {
      throw e;
    } else if (first != null) {
      throw new IOException(first.getMessage(), first);
    }
  }

  /** What a scan uses. Every part has a default but the inventory, which is none. */
  public static final class Builder {

    private ScanOptions options = ScanOptions.defaults();
    private DetectorSet detectors;
    private Maker<? extends Extractor> extractor;
    private boolean extractorMade;
    private Maker<? extends Classifier> classifier = () -> Classifier.NONE;
    private boolean classifierMade;
    private Maker<InventorySink> inventory;
    private boolean inventoryMade;
    private boolean readAll;

    private Builder() {}

    /** Patterns, threads, limits and queues (default {@link ScanOptions#defaults}). */
    public Builder options(ScanOptions options) {
      this.options = options;
      return this;
    }

    /** The detectors (default {@link DetectorSet#standard}). */
    public Builder detectors(DetectorSet detectors) {
      this.detectors = detectors;
      return this;
    }

    /** Classifies findings by this classifier, the caller's (default: none, no purpose). */
    public Builder classifier(Classifier classifier) {
      this.classifier = () -> classifier;
      this.classifierMade = false;
      return this;
    }

    /** Classifies findings by the policy; the scanner makes the classifier and closes it. */
    public Builder policy(Policy policy) {
      return classifier(() -> new PolicyClassifier(policy));
    }

    /**
     * Classifies findings by the classifier made at {@link #build}, last, after the extractor
     * and the inventory; the scanner closes it when it is {@link AutoCloseable}.
     */
    public Builder classifier(Maker<? extends Classifier> maker) {
      this.classifier = maker;
      this.classifierMade = true;
      return this;
    }

    /** Reads with this extractor, the caller's (default: Tika in this process). */
    public Builder extractor(Extractor extractor) {
      this.extractor = () -> extractor;
      this.extractorMade = false;
      return this;
    }

    /** Reads with the extractor made at {@link #build}, first of all parts. */
    public Builder extractor(Maker<? extends Extractor> maker) {
      this.extractor = maker;
      this.extractorMade = true;
      return this;
    }

    /**
     * Reads in isolated extraction processes, one per thread ({@link ForkedExtractor}), with
     * these JVM options; each line they log goes to {@code log}, naming its file.
     */
    public Builder isolatedExtraction(List<String> jvmOptions, Consumer<String> log) {
      return extractor(() -> new ForkedExtractor(options.limits(), options.threads(),
          jvmOptions, log));
    }

    /**
     * Reads as the user chose ({@link ReadOptions}: patterns, limits, OCR, isolation) with
     * {@code threads} threads: sets the options and the extractor, which the scanner makes and
     * closes. Each line extraction processes log goes to {@code log}, naming its file.
     *
     * @throws IllegalArgumentException naming the option when a value is out of range
     */
    public Builder read(ReadOptions read, int threads, Consumer<String> log) {
      ScanOptions chosen = read.scanOptions(threads);
      this.options = chosen;
      return extractor(() -> read.extractor(chosen, log));
    }

    /** Keeps the inventory in {@code folder} (created when missing or empty). */
    public Builder inventory(Path folder, KeyedHasher hasher, InventorySink.Settings settings) {
      return inventory(() -> InventorySink.open(folder, hasher, settings));
    }

    /** Keeps this inventory, the caller's (null: none). */
    public Builder inventory(InventorySink inventory) {
      this.inventory = inventory == null ? null : () -> inventory;
      this.inventoryMade = false;
      return this;
    }

    /**
     * Keeps the inventory opened at {@link #build}, after the extractor is made (a scan refused
     * because another one is running closes that extractor again); none when it gives null.
     */
    public Builder inventory(Maker<InventorySink> maker) {
      this.inventory = maker;
      this.inventoryMade = true;
      return this;
    }

    /**
     * Reads every item, changed or not (a full rescan; also needed to reveal raw values, which
     * the inventory does not keep). Off by default.
     */
    public Builder readAll(boolean readAll) {
      this.readAll = readAll;
      return this;
    }

    /**
     * Makes the parts and the scanner: the extractor first, then (the default detectors loading
     * on another thread meanwhile, when none were given) the inventory and the classifier. When
     * one cannot be made, those made before are closed.
     *
     * <p>The extractor comes first because isolated extraction processes (a JVM loading Tika's
     * parsers, the longest part of a short scan's start) boot while this JVM opens the
     * inventory (Lucene's classes), reads the policy and loads the dictionaries. A scan refused
     * because another one holds the inventory stops that process again at once.
     *
     * @throws IOException when the inventory cannot be opened
     */
    public Scanner build() throws IOException {
      List<AutoCloseable> made = new ArrayList<>();
      probeOcr(options.limits().ocr());
      try {
        Extractor ex;
        if (extractor == null) {
          ex = new TikaExtractor(options.limits());
          made.add(ex);
        } else {
          ex = extractor.make();
          if (extractorMade) {
            made.add(ex);
          }
        }
        // The default detectors load on another thread while this one opens the inventory and
        // makes the classifier (each some half a second of CPU at a start): on two cores a
        // short scan waits for the longer of the two, not for both.
        FutureTask<DetectorSet> standard = null;
        if (detectors == null) {
          FutureTask<DetectorSet> task = new FutureTask<>(DetectorSet::standard);
          standard = task;
          Thread loading = new Thread(() -> {
            task.run();
            warmUp(task);
          }, "shirabe-detectors");
          loading.setDaemon(true); // a scan that fails meanwhile does not wait for it
          loading.start();
        }
        InventorySink sink = inventory == null ? null : inventory.make();
        if (sink != null && inventoryMade) {
          made.add(sink);
        }
        Classifier cl = classifier.make();
        if (classifierMade && cl instanceof AutoCloseable c) {
          made.add(c);
        }
        return new Scanner(options, ex, detectors != null ? detectors : loaded(standard),
            cl, sink, readAll, made);
      } catch (IOException | RuntimeException | Error e) {
        try {
          closeAll(made);
        } catch (IOException | RuntimeException | Error suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }

    /**
     * Asks now, on a thread of its own, whether Tesseract is here ({@link Ocr#of}, which the
     * analysis fingerprint names): a program started and waited for, 0.1–0.3 s of wall time and
     * little CPU, which the scan's thread otherwise waited for after the build. Same answer; a
     * failure here is the fingerprint's to meet when it asks again.
     */
    private static void probeOcr(OcrSettings settings) {
      Thread probe = new Thread(() -> {
        try {
          Ocr.of(settings);
        } catch (RuntimeException e) {
          // asked again, and reported, where the answer is needed
        }
      }, "shirabe-ocr-probe");
      probe.setDaemon(true);
      probe.start();
    }

    /**
     * A short Japanese text with a name, a phone number and an address: detecting it once
     * loads what the detectors load only when a text first needs it (ENAMDICT's names and
     * readings, the office-style names: most of a second on a loaded machine), here while the
     * extraction process still boots instead of after the first file came back from it.
     */
    private static final String WARM_UP = "担当：山田太郎 090-1234-5678 東京都千代田区丸の内1-1-1";

    /** Detects {@link #WARM_UP} with the loaded detectors, if they loaded; results unchanged. */
    private static void warmUp(FutureTask<DetectorSet> loading) {
      try {
        loading.get().detect(WARM_UP);
      } catch (InterruptedException | ExecutionException | RuntimeException e) {
        // the scan hears of a loading failure through loaded(); a warm-up only saves time
      }
    }

    /** The detectors another thread loaded, or what it threw. */
    private static DetectorSet loaded(FutureTask<DetectorSet> loading) throws IOException {
      try {
        return loading.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while the detectors loaded");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error r) {
          throw r;
        }
        throw new IllegalStateException("the detectors could not be loaded", e.getCause());
      }
    }
  }
}
