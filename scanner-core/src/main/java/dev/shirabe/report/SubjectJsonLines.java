package dev.shirabe.report;

import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowWriter;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One JSON object per place per line ({@link SubjectRows#places}); with {@code --case}, what
 * became of the places earlier runs of the case listed follows, a line each ({@link
 * SubjectRows#changes}). Both through the shared JSON Lines rows.
 */
final class SubjectJsonLines {

  private SubjectJsonLines() {}

  static void write(SubjectReport report, OutputStream out, boolean reveal, CaseView view)
      throws IOException {
    String generated = SubjectRows.generated(report.generated(), view);
    try (Medium medium = Medium.of(RowFormat.JSONL, out, false)) {
      try (RowWriter<SubjectRows.PlaceRow> places =
          RowFormat.JSONL.open(SubjectRows.places(view, reveal, generated), medium)) {
        for (int i = 0; i < report.places().size(); i++) {
          places.row(new SubjectRows.PlaceRow(i, report.places().get(i)));
        }
      }
      try (RowWriter<PlaceChange> changes =
          RowFormat.JSONL.open(SubjectRows.changes(view, generated), medium)) {
        for (PlaceChange c : view.since()) {
          changes.row(c);
        }
      }
    }
  }
}
