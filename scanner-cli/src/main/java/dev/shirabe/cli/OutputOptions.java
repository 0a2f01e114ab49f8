package dev.shirabe.cli;

import dev.shirabe.report.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import picocli.CommandLine.Option;

/** Where and how results are written; shared by the commands that print findings. */
final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, jsonl, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write results to FILE (created readable by you only) instead of the terminal.")
  Path output;

  @Option(
      names = "--reveal",
      description = "Include raw values (text, normalized) in jsonl, json and csv output."
          + " Without it, only masked values are written.")
  boolean reveal;

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** The output stream: the file, created owner-only, or standard output (not closed). */
  OutputStream open() throws IOException {
    return open(output);
  }

  /**
   * {@code file} truncated for writing, created readable by its owner only (an existing one is
   * narrowed to that), or standard output, which closing leaves open, when {@code file} is null.
   */
  static OutputStream open(Path file) throws IOException {
    if (file == null) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path absolute = file.toAbsolutePath();
    if (!Files.exists(absolute)) {
      try {
        Files.createFile(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        Files.createFile(absolute); // not a POSIX file system
      }
    } else if (absolute.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(absolute, OWNER_ONLY);
    }
    return Files.newOutputStream(
        absolute, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return OutputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format; use table, jsonl, json or csv");
      }
    }
  }
}
