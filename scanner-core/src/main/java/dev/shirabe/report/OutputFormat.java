package dev.shirabe.report;

import java.io.OutputStream;

/** The formats of {@code shirabe scan --format}. */
public enum OutputFormat {
  /** Aligned columns for a person, ending with a summary. */
  TABLE,
  /** One JSON object per finding per line, for tools. */
  JSONL,
  /** One JSON document: findings, problems and summary. */
  JSON,
  /** Comma-separated, UTF-8 with a byte-order mark so that Excel reads Japanese right. */
  CSV;

  public FindingWriter writer(OutputStream out, boolean reveal) {
    return switch (this) {
      case TABLE -> new TableWriter(out);
      case JSONL -> new JsonLinesWriter(out, reveal);
      case JSON -> new JsonDocumentWriter(out, reveal);
      case CSV -> new CsvWriter(out, reveal);
    };
  }
}
