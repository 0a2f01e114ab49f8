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
   * The output stream for {@code --output}: the file, created (or narrowed to) owner-only, or
   * standard output when null (not closed by closing the stream).
   */
  static OutputStream open(Path output) throws IOException {
    if (output == null) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    Path file = output.toAbsolutePath();
    if (!Files.exists(file)) {
      try {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not a POSIX file system
      }
    } else if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
    return Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
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
