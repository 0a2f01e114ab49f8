package dev.shirabe.cli;

import dev.shirabe.report.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where and how results are written; shared by the commands that print findings. */
final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = "table, jsonl, json or csv (default: ${DEFAULT-VALUE}). Every file that"
          + " failed, was read in part or was skipped is listed too: in jsonl as a line"
          + " {\"record\":\"problem\",\"status\":\"failed|partial|skipped\",\"file\",\"part\","
          + "\"reason\"}, in csv as a row with its problem and reason columns filled. Control"
          + " characters in names and subjects are shown escaped in table and csv (\\x1b, \\n,"
          + " \\u{202e}); json and jsonl carry them exactly.")
  OutputFormat format;

  @Mixin OutputFile file;

  @Option(
      names = "--reveal",
      description = "Include raw values (text, normalized) in jsonl, json and csv output."
          + " Without it, only masked values are written.")
  boolean reveal;

  /** The output stream: the file, created owner-only, or standard output (not closed). */
  OutputStream open() throws IOException {
    return file.open();
  }

  /** Accepts the format names in any case. */
  static final class FormatConverter extends FormatNames<OutputFormat> {
    FormatConverter() {
      super(OutputFormat.class);
    }
  }
}
