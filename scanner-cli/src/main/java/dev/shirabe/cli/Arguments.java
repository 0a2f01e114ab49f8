package dev.shirabe.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of command arguments shared by the commands. */
final class Arguments {

  /**
   * {@code smb://server/share}, {@code \\server\share}, {@code //server/share}: the server and
   * the rest of the path.
   */
  private static final Pattern SHARE =
      Pattern.compile("(?i)(?:(?:smb|cifs):/+|\\\\\\\\|//)([^/\\\\]+)([/\\\\].*)?");

  private Arguments() {}

  /**
   * A path that does not exist is a usage error (exit 2), not a failed file. A network share
   * named by its address is one too, with how to read it: Shirabe reads mounted folders only,
   * and the JDK would turn {@code smb://server/share} into the local path
   * {@code smb:/server/share}, missing.
   */
  static void requireExisting(CommandSpec spec, List<Path> paths) {
    List<String> given = spec.commandLine().getParseResult() == null ? List.of()
        : spec.commandLine().getParseResult().originalArgs();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        String share = networkShare(path, given);
        if (share != null) {
          throw new ParameterException(spec.commandLine(), "the network share " + share
              + ": mount it first and scan the folder it is mounted on (mount.cifs or gio mount"
              + " on Linux, a drive letter on Windows; see docs/scanning.md, Network shares)");
        }
        throw new ParameterException(spec.commandLine(), "No such file or folder: " + path);
      }
    }
  }

  /**
   * The share as {@code smb://server/share/...} when the path was given as a share's address
   * (the argument as typed: the path has lost the second slash), else null.
   */
  static String networkShare(Path path, List<String> given) {
    for (String arg : given) {
      Matcher m = SHARE.matcher(arg);
      if (m.matches() && samePath(arg, path)) {
        String rest = m.group(2) == null ? "" : m.group(2).replace('\\', '/');
        return "smb://" + m.group(1) + rest;
      }
    }
    return null;
  }

  private static boolean samePath(String arg, Path path) {
    try {
      return Path.of(arg).equals(path);
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
