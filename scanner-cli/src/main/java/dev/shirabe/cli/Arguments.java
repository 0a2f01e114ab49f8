package dev.shirabe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of command arguments shared by the commands. */
final class Arguments {

  private Arguments() {}

  /** A path that does not exist is a usage error (exit 2, with help), not a failed file. */
  static void requireExisting(CommandSpec spec, List<Path> paths) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParameterException(spec.commandLine(), "No such file or folder: " + path);
      }
    }
  }
}
