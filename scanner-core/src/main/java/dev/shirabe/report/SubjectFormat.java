package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import java.io.IOException;
import java.io.OutputStream;

/** The formats of {@code shirabe subject --format}. */
public enum SubjectFormat {
  /** Each place with its links and the subject's findings there, then a summary. */
  TABLE(RowFormat.TABLE),
  /** One JSON object per place per line, for tools. */
  JSONL(RowFormat.JSONL),
  /** One self-contained HTML page, in Japanese and English: the disclosure report. */
  HTML(RowFormat.HTML);

  private final RowFormat rows;

  SubjectFormat(RowFormat rows) {
    this.rows = rows;
  }

  /** The shared writer this format writes the report's rows with ({@link SubjectRows}). */
  public RowFormat rows() {
    return rows;
  }

  /** Writes the report with the default policy's labels. */
  public void write(SubjectReport report, OutputStream out, boolean reveal) throws IOException {
    write(report, out, reveal, Policy.defaults());
  }

  /**
   * Writes the report (and flushes; the stream is not closed).
   *
   * @param reveal show the request as typed and the excerpts the inventory keeps; without it,
   *     masked values only
   * @param policy the policy the scans classified by: the disclosure report and the table name
   *     categories and purposes by its labels (JSON Lines carries the ids)
   */
  public void write(SubjectReport report, OutputStream out, boolean reveal, Policy policy)
      throws IOException {
    write(report, out, reveal, policy, CaseView.none());
  }

  /**
   * Writes the report as part of a disclosure case, or with times in another zone.
   *
   * @param view the case id, the zone times are shown in (with their offset), the places' ids,
   *     the number excluded, what became of the places earlier runs of the case listed, and
   *     the values read again for {@code --reveal}
   */
  public void write(SubjectReport report, OutputStream out, boolean reveal, Policy policy,
      CaseView view) throws IOException {
    switch (this) {
      case TABLE -> SubjectTable.write(report, out, reveal, policy, view);
      case JSONL -> SubjectJsonLines.write(report, out, reveal, view);
      case HTML -> DisclosureHtml.write(report, out, reveal, policy, HtmlFrame.STANDALONE, view);
    }
  }

  /**
   * Writes the disclosure report (the {@link #HTML} form) inside {@code frame}: what the local
   * web page shows of a lookup, with the places' ids and times as {@code view} gives them.
   */
  public static void writeHtml(SubjectReport report, OutputStream out, boolean reveal,
      Policy policy, HtmlFrame frame, CaseView view) throws IOException {
    DisclosureHtml.write(report, out, reveal, policy, frame, view);
  }
}
