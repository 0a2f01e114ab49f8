package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import java.io.OutputStream;

/** The formats of {@code shirabe scan --format}. */
public enum OutputFormat {
  /** Aligned columns for a person, ending with a summary. */
  TABLE(RowFormat.TABLE),
  /** One JSON object per finding per line, for tools. */
  JSONL(RowFormat.JSONL),
  /** One JSON document: findings, problems and summary. */
  JSON(RowFormat.JSON),
  /** Comma-separated, UTF-8 with a byte-order mark so that Excel reads Japanese right. */
  CSV(RowFormat.CSV);

  private final RowFormat rows;

  OutputFormat(RowFormat rows) {
    this.rows = rows;
  }

  /** The shared writer this format writes the findings' rows with. */
  public RowFormat rows() {
    return rows;
  }

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
    // One layout for every format: the table is always masked (it shows the masked column).
    RowLayout<ScanRow> layout = FindingRows.layout(reveal, labels);
    return switch (this) {
      case TABLE -> new TableWriter(layout, out, labels);
      case JSON -> new JsonDocumentWriter(layout, out);
      case JSONL, CSV -> new StreamedRows(rows, layout, out);
    };
  }
}
