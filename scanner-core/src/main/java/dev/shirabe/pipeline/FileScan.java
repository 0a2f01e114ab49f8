package dev.shirabe.pipeline;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.Analysis;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionException;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.ExtractorUnavailableException;
import dev.shirabe.extract.PartSink;
import dev.shirabe.source.SourceItem;
import dev.shirabe.vocabulary.Classification;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingRecord;
import dev.shirabe.vocabulary.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The work on one item: read it into parts, analyse each part, classify its findings. {@link
 * ScanPipeline} runs the two steps ({@link #read}, {@link #analyse}) on its two pools of
 * threads; {@link #scan} runs them one after the other in the caller's thread, for a caller
 * that spreads items over workers itself (a cluster's tasks). Either way a file gives the
 * same findings and problems, with the same reasons.
 *
 * <p>Thread-safe when its extractor, detectors and classifier are (the standard ones are).
 */
public final class FileScan {

  private final ScanOptions options;
  private final Extractor extractor;
  private final DetectorSet detectors;
  private final Classifier classifier;
  /** Analyses of the longer texts read so far, for a text read again (an attachment sent twice). */
  private final RepeatedTexts repeats = new RepeatedTexts();

  public FileScan(
      ScanOptions options, Extractor extractor, DetectorSet detectors, Classifier classifier) {
    this.options = options;
    this.extractor = extractor;
    this.detectors = detectors;
    this.classifier = classifier;
  }

  /** What analyses the items: the fingerprint an inventory keeps with their findings. */
  public AnalysisFingerprint fingerprint() {
    return AnalysisFingerprint.of(extractor, options.limits(), detectors, classifier);
  }

  /**
   * Scans one item whole in this thread, reporting to the listener as the pipeline does: each
   * part's findings a segment at a time ({@link ScanListener#part}), problems inside the item,
   * {@link ScanListener#fileFailed} when none of it could be read, then {@link
   * ScanListener#fileDone}. Nothing is held beyond one segment's findings.
   *
   * @return how the item's scan ended, as {@code fileDone} was told
   * @throws ExtractorUnavailableException when no item can be read (no extraction process
   *     starts)
   */
  public FileOutcome scan(SourceItem item, ScanListener listener) throws InterruptedException {
    int[] parts = {0};
    int[] findings = {0};
    String error = read(item, new PartSink() {
      @Override
      public void part(Part part) {
        parts[0]++;
        boolean[] reported = {false};
        String failure = analyse(item, part, segment -> {
          findings[0] += segment.size();
          reported[0] = true;
          listener.part(item, part, segment);
        });
        if (failure != null) {
          listener.problem(item, part.locator(), failure);
          if (!reported[0]) {
            listener.part(item, part, List.of());
          }
        }
      }

      @Override
      public void problem(String locator, String reason) {
        listener.problem(item, locator, reason);
      }
    });
    if (error != null) {
      listener.fileFailed(item, error);
    }
    FileOutcome outcome = new FileOutcome(item, parts[0], findings[0], error);
    listener.fileDone(outcome);
    return outcome;
  }

  /**
   * Reads the item into parts, handing each to the sink as soon as it is complete; problems
   * confined to a part go to the sink too.
   *
   * @return why the item could not be read at all (over the size limit, unreadable, a parser
   *     that failed on it), or null when it was read
   * @throws ExtractorUnavailableException when no item can be read, and whatever the sink
   *     throws: the caller's own failures are not the item's
   */
  String read(SourceItem item, PartSink sink) throws InterruptedException {
    if (item.size() > options.limits().maxFileBytes()) {
      return "larger than the limit of " + options.limits().maxFileBytes() + " bytes";
    }
    RuntimeException[] fromSink = {null};
    PartSink guarded = new PartSink() {
      @Override
      public void part(Part part) throws InterruptedException {
        try {
          sink.part(part);
        } catch (RuntimeException e) {
          fromSink[0] = e;
          throw e;
        }
      }

      @Override
      public void problem(String locator, String reason) {
        sink.problem(locator, reason);
      }
    };
    try {
      extractor.extract(item, guarded);
      return null;
    } catch (ExtractionException e) {
      return e.getMessage();
    } catch (ExtractorUnavailableException e) {
      throw e; // no file can be read: the scan stops and says why
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      if (e == fromSink[0]) {
        throw (RuntimeException) e;
      }
      // A parser bug or a hostile file must not end the scan.
      return "extraction failed: " + e;
    }
  }

  /**
   * Analyses one part of the item and classifies its findings, handing them to {@code
   * segments} a segment at a time in text order (one call for a part of ordinary size), so that
   * a part's findings need not be held at once. A longer text equal to one analysed before
   * takes that analysis ({@link RepeatedTexts}); its findings are classified for this part.
   *
   * @return why the analysis failed part-way (what was handed on stays), or null
   */
  String analyse(SourceItem item, Part part, Consumer<List<FindingRecord>> segments) {
    String text = part.text();
    try {
      Analysis known = repeats.get(text);
      if (known != null) {
        segments.accept(records(item, part, known));
        return null;
      }
      detectors.analyse(text, segment -> {
        repeats.put(text, segment); // only a text of one segment is kept
        segments.accept(records(item, part, segment));
      });
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      return "analysis failed: " + e;
    }
  }

  private List<FindingRecord> records(SourceItem item, Part part, Analysis analysis) {
    List<Finding> findings = analysis.findings();
    if (findings.isEmpty()) {
      return List.of();
    }
    List<Classification> classes = classifier.classify(item.path(), part, findings);
    List<FindingRecord> records = new ArrayList<>(findings.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      records.add(new FindingRecord(item.location(), part.locator(), finding, classes.get(i),
          analysis.languageOf(finding)));
    }
    return records;
  }
}
