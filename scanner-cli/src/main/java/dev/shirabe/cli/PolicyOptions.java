package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import dev.shirabe.classify.PolicyClassifier;
import dev.shirabe.classify.PolicyFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Which policy findings are classified by; shared by the commands that classify. */
final class PolicyOptions {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Classify findings by this policy file (categories, purposes, signals;"
          + " format: dictionaries/…/policy/README.md) instead of the default policy.")
  Path policy;

  /** The classifier of the chosen policy; a missing or malformed file is a usage error. */
  PolicyClassifier classifier(CommandSpec spec) {
    return new PolicyClassifier(policy(spec));
  }

  /** The chosen policy; a missing or malformed file is a usage error. */
  Policy policy(CommandSpec spec) {
    return load(spec, policy);
  }

  /** The policy in {@code policy}, or the default when null; a bad file is a usage error. */
  static Policy load(CommandSpec spec, Path policy) {
    if (policy == null) {
      return Policy.defaults();
    }
    if (!Files.isRegularFile(policy)) {
      throw new ParameterException(spec.commandLine(), "--policy: no such file: " + policy);
    }
    try {
      return Policy.read(policy);
    } catch (PolicyFormatException e) {
      throw new ParameterException(spec.commandLine(), "--policy: " + e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--policy: cannot read " + policy + ": "
          + e.getMessage());
    }
  }
}
