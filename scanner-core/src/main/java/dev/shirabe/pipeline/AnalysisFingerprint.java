package dev.shirabe.pipeline;

import dev.shirabe.classify.Classifier;
import dev.shirabe.detect.Detector;
import dev.shirabe.detect.DetectorSet;
import dev.shirabe.extract.ExtractionLimits;
import dev.shirabe.extract.Extractor;
import dev.shirabe.extract.Ocr;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * What analysed a file: an incremental scan answers an unchanged file from its stored findings
 * only when they were made by the same analysis, and reads it again otherwise. Three short
 * ids, each a digest, so that a scan can say which one moved:
 *
 * @param build the code and data that analyse ({@link BuildDigest}: Shirabe's classes and
 *     dictionaries, and the versions of the libraries they run on)
 * @param policy what classified the findings ({@link Classifier#fingerprint()}: the policy's
 *     digest)
 * @param settings the rest that changes the findings: the extractor and its limits on what it
 *     reads of a file (depth of embedded documents, characters, whether OCR reads images),
 *     the detectors chosen, and what the inventory keeps of them ({@link #with})
 */
public record AnalysisFingerprint(long build, long policy, long settings) {

  /** The fingerprint of a pipeline's analysis, computed once per run (the build once per process). */
  public static AnalysisFingerprint of(Extractor extractor, ExtractionLimits limits,
      DetectorSet detectors, Classifier classifier) {
    List<String> names = new ArrayList<>();
    for (Detector d : detectors.detectors()) {
      names.add(d.name());
    }
    String settings = "extractor=" + extractor.name()
        + ";depth=" + limits.maxDepth()
        + ";partChars=" + limits.maxPartChars()
        + ";fileChars=" + limits.maxFileChars()
        + ";detectors=" + String.join(",", names)
        // A file found image-only is read again once Tesseract is installed.
        + ";ocr=" + Ocr.of(limits.ocr()).describe();
    return new AnalysisFingerprint(id(BuildDigest.value()), id(classifier.fingerprint()),
        id(settings));
  }

  /** The same analysis, with a setting of the store that changes what it keeps of findings. */
  public AnalysisFingerprint with(String setting) {
    return new AnalysisFingerprint(build, policy, id(Long.toHexString(settings) + ";" + setting));
  }

  /**
   * Why findings stored under {@code stored} are not this analysis's, or null when they are.
   *
   * @param stored the fingerprint of a stored file, null for one stored before they were kept
   */
  public String reasonToReread(AnalysisFingerprint stored) {
    if (stored == null) {
      return "read by an older Shirabe";
    }
    List<String> why = new ArrayList<>(3);
    if (stored.build != build) {
      why.add("another build of Shirabe");
    }
    if (stored.policy != policy) {
      why.add("another policy");
    }
    if (stored.settings != settings) {
      why.add("other detectors or options");
    }
    return why.isEmpty() ? null : String.join(", ", why);
  }

  /** The first 64 bits of the SHA-256 of the text. */
  private static long id(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        v = v << 8 | (d[i] & 0xff);
      }
      return v;
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
