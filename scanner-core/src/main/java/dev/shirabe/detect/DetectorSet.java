package dev.shirabe.detect;

import dev.shirabe.detect.names.JapaneseNameModel;
import dev.shirabe.detect.names.JapanesePersonDetector;
import dev.shirabe.detect.names.OfficeStyleNames;
import dev.shirabe.vocabulary.Finding;
import dev.shirabe.vocabulary.FindingType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Runs every detector over a text and settles overlaps: where two findings share chars, the
 * more confident one stays (the longer one on a tie). A person finding inside the font and
 * style names of office files ({@link OfficeStyleNames}) is dropped, whichever detector made
 * it. Thread-safe when its detectors are.
 */
public final class DetectorSet {

  private static final Comparator<Finding> PREFERRED =
      Comparator.comparingDouble(Finding::confidence)
          .thenComparingInt(f -> f.end() - f.start())
          .reversed()
          .thenComparingInt(Finding::start);

  /** Texts longer than this are analysed in segments. */
  public static final int SEGMENT_CHARS = 256 * 1024;

  /** Below this, after context, a candidate is not reported. */
  public static final double MIN_CONFIDENCE = 0.4;

  private final List<Detector> detectors;
  private final ContextScorer context;

  public DetectorSet(List<Detector> detectors) {
    this(detectors, new ContextScorer());
  }

  /** With a context window of one's own. */
  public DetectorSet(List<Detector> detectors, ContextScorer context) {
    this.detectors = List.copyOf(detectors);
    this.context = context;
  }

  /** Every detector Shirabe has, with its default settings. */
  public static DetectorSet standard() {
    return new DetectorSet(registered());
  }

  /** Every detector, with the Japanese name model given (training measures one this way). */
  public static DetectorSet standard(JapaneseNameModel japaneseNames) {
    List<Detector> detectors = new ArrayList<>(registered());
    detectors.replaceAll(d -> d instanceof JapanesePersonDetector
        ? new JapanesePersonDetector(japaneseNames) : d);
    return new DetectorSet(detectors);
  }

  /**
   * The detectors the registry lists, in its order: each line of {@code
   * META-INF/services/dev.shirabe.detect.Detector} names a detector's class (public, with a public
   * constructor without arguments), read by {@link ServiceLoader}. A new kind of personal data is
   * its {@link FindingType}, its detector on a line there, and its context words.
   */
  static List<Detector> registered() {
    List<Detector> detectors = new ArrayList<>();
    ServiceLoader.load(Detector.class, DetectorSet.class.getClassLoader()).forEach(detectors::add);
    if (detectors.isEmpty()) {
      throw new IllegalStateException("no detector is registered: "
          + "META-INF/services/dev.shirabe.detect.Detector is missing from the class path");
    }
    return detectors;
  }

  /**
   * The same set with only the named detectors ({@link Detector#name()}).
   *
   * @throws IllegalArgumentException when a name matches no detector
   */
  public DetectorSet only(java.util.Collection<String> names) {
    for (String name : names) {
      if (detectors.stream().noneMatch(d -> d.name().equals(name))) {
        throw new IllegalArgumentException("no detector named '" + name + "'; the detectors are "
            + detectors.stream().map(Detector::name).toList());
      }
    }
    return new DetectorSet(
        detectors.stream().filter(d -> names.contains(d.name())).toList(), context);
  }

  public List<Detector> detectors() {
    return detectors;
  }

  /**
   * Findings of all detectors, each detector's only where it starts in a span of its {@link
   * Detector#scope() language scope}, their confidence weighed by context ({@link ContextScorer}),
   * those still at {@link #MIN_CONFIDENCE} or more, without overlaps, in text order.
   *
   * <p>A long text is analysed in segments of about {@link #SEGMENT_CHARS} chars cut at line
   * ends, so that what detectors build per text (Kuromoji's tokens, table layouts) stays
   * bounded whatever the size of a part; a value broken across a cut may be missed.
   */
  public List<Finding> detect(String text) {
    return analyse(text).findings();
  }

  /**
   * {@link #detect}'s findings with the languages of the text, which every segment's
   * {@link DetectionText} computes once for its detectors and the report.
   */
  public Analysis analyse(String text) {
    if (text.length() <= SEGMENT_CHARS) {
      return analyseSegment(text);
    }
    List<Finding> all = new ArrayList<>();
    List<Languages> languages = new ArrayList<>();
    analyse(text, segment -> {
      all.addAll(segment.findings());
      languages.add(segment.languages());
    });
    // Each segment's languages are already placed in the whole text.
    return new Analysis(all,
        Languages.concatenate(languages, Collections.nCopies(languages.size(), 0)));
  }

  /**
   * {@link #analyse(String)} one segment at a time, in text order: each segment's findings
   * (offsets into the whole text) and languages go to {@code segments} as soon as it is done,
   * so that a part of a million findings (a customer export) need never be held whole.
   */
  public void analyse(String text, Consumer<Analysis> segments) {
    if (text.length() <= SEGMENT_CHARS) {
      segments.accept(analyseSegment(text));
      return;
    }
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + SEGMENT_CHARS);
      if (end < text.length()) {
        int newline = text.lastIndexOf('\n', end);
        end = newline > start ? newline + 1 : end;
      }
      Analysis segment = analyseSegment(text.substring(start, end));
      List<Finding> shifted = new ArrayList<>(segment.findings().size());
      for (Finding finding : segment.findings()) {
        shifted.add(finding.shiftedBy(start));
      }
      segments.accept(new Analysis(shifted,
          Languages.concatenate(List.of(segment.languages()), List.of(start))));
      start = end;
    }
  }

  private Analysis analyseSegment(String segment) {
    DetectionText view = new DetectionText(segment);
    List<Finding> all = new ArrayList<>();
    Languages languages = view.languages();
    for (Detector detector : detectors) {
      LanguageScope scope = detector.scope();
      for (Finding finding : detector.detect(view)) {
        if (!scope.reads(languages.languageAt(finding.start()), finding.text())) {
          continue; // another language's detector reads that span
        }
        if (finding.type() == FindingType.PERSON
            && OfficeStyleNames.standard().covers(view.folded(), finding.start(), finding.end())) {
          continue; // a font or a style of an office file ("Times New Roman", "游明朝")
        }
        Finding scored = context.apply(view, finding);
        if (scored.confidence() >= MIN_CONFIDENCE) {
          all.add(scored);
        }
      }
    }
    return new Analysis(withoutOverlaps(all), languages);
  }

  static List<Finding> withoutOverlaps(List<Finding> findings) {
    if (findings.size() < 2) {
      return List.copyOf(findings);
    }
    List<Finding> ranked = new ArrayList<>(findings);
    ranked.sort(PREFERRED);
    // Kept findings never overlap, so ordered by start they are ordered by end too: a
    // candidate need only be checked against its two neighbours.
    TreeMap<Integer, Finding> kept = new TreeMap<>();
    for (Finding candidate : ranked) {
      Map.Entry<Integer, Finding> before = kept.floorEntry(candidate.start());
      Map.Entry<Integer, Finding> after = kept.ceilingEntry(candidate.start());
      boolean clash =
          (before != null && before.getValue().overlaps(candidate))
              || (after != null && after.getValue().overlaps(candidate));
      if (!clash) {
        kept.put(candidate.start(), candidate);
      }
    }
    return List.copyOf(kept.values());
  }
}
