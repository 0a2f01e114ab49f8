package dev.shirabe.cli;

import dev.shirabe.classify.Classifier;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.detect.DetectorSet;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What the benchmarks that run the detectors share (bench throughput, detection, rescan): how
 * many rounds, which detectors, and whether and by which policy findings are classified.
 */
final class BenchRuns {

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
      description = "Measured rounds per configuration, after one warm-up (default:"
          + " ${DEFAULT-VALUE}); the median is shown.")
  int rounds;

  @Option(names = "--detectors", split = ",", paramLabel = "NAME",
      description = "Run only these detectors (by name, e.g. email,phone); all by default.")
  List<String> detectorNames;

  @Option(names = "--no-classify",
      description = "Leave findings unclassified (the cost of the policy classifier is the"
          + " difference to a run without this option).")
  boolean noClassify;

  @Mixin PolicyOptions policy;

  /** The chosen detectors; a bad round count or an unknown detector name is a usage error. */
  DetectorSet detectors(CommandSpec spec) {
    if (rounds < 1) {
      throw new ParameterException(spec.commandLine(), "--rounds must be at least 1");
    }
    DetectorSet detectors = DetectorSet.standard();
    if (detectorNames == null) {
      return detectors;
    }
    try {
      return detectors.only(detectorNames);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The policy's classifier, or null with --no-classify; the caller closes it. */
  PolicyClassifier policyClassifier(CommandSpec spec) {
    return noClassify ? null : policy.classifier(spec);
  }

  /** {@code policyClassifier} as the classifier a benchmark runs: none when it is null. */
  static Classifier orNone(PolicyClassifier policyClassifier) {
    return policyClassifier == null ? Classifier.NONE : policyClassifier;
  }
}
