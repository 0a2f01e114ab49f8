package dev.shirabe.cli;

import dev.shirabe.classify.Policy;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --policy FILE} for the commands that show what scans classified (report, subject):
 * the policy whose category and purpose labels they print, not one that classifies anew.
 */
final class LabelPolicy {

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "The policy whose category and purpose labels to show (the one the scans"
          + " used; default: the built-in policy).")
  Path file;

  /** The policy; a missing or malformed file is a usage error. */
  Policy load(CommandSpec spec) {
    return PolicyOptions.load(spec, file);
  }
}
