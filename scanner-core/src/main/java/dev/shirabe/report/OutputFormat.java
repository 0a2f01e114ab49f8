package dev.shirabe.report;

import dev.shirabe.classify.Policy;
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

  /** The writer; the table names categories by the default policy's labels. */
  public FindingWriter writer(OutputStream out, boolean reveal) {
    return writer(out, reveal, Policy.defaults());
  }

  /**
   * The writer.
   *
   * @param labels the policy that classified the findings: the table names their categories by
   *     its labels (the other formats carry the ids)
   */
  public FindingWriter writer(OutputStream out, boolean reveal, Policy labels) {
    return switch (this) {
      case TABLE -> new TableWriter(out, labels);
      case JSONL -> new JsonLinesWriter(out, reveal);
      case JSON -> new JsonDocumentWriter(out, reveal);
      case CSV -> new CsvWriter(out, reveal);
    };
  }
}
