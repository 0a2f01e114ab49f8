package dev.shirabe.report;

import dev.shirabe.classify.Policy;
import dev.shirabe.inventory.StoredFinding;
import dev.shirabe.subject.Link;
import dev.shirabe.subject.Place;
import dev.shirabe.subject.SubjectReport;
import dev.shirabe.subject.cases.CaseView;
import dev.shirabe.subject.cases.PlaceChange;
import dev.shirabe.subject.cases.RevealedValues;
import java.io.IOException;
import java.io.OutputStream;
import dev.shirabe.report.rows.Medium;
import dev.shirabe.report.rows.RowFormat;
import dev.shirabe.report.rows.RowLayout;
import dev.shirabe.report.rows.RowWriter;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The subject report for a terminal: each place, how it was linked, the subject's findings
 * (a line each, written by the shared table rows from {@link SubjectRows#findings}), then what
 * became of the places a case listed before ({@link SubjectRows#changes}).
 */
final class SubjectTable {

  private SubjectTable() {}

  static void write(SubjectReport report, OutputStream stream, boolean reveal, Policy labels,
      CaseView view) throws IOException {
    Medium medium = Medium.of(RowFormat.TABLE, stream, false);
    PrintWriter out = medium.text();
    RowLayout<SubjectRows.FindingRow> findings = SubjectRows.findings(labels);
    if (view.isCase()) {
      out.println("Case: " + SafeText.escape(view.caseId()));
    }
    // Paths, members' names, subjects and excerpts came from files: shown escaped (SafeText).
    if (!report.query().isEmpty()) {
      out.println("Subject: " + SafeText.escape(SubjectTexts.request(report, reveal)));
    }
    out.println("Generated: " + SubjectTexts.time(report.generated(), view.zone()));
    out.println();
    for (int i = 0; i < report.places().size(); i++) {
      Place place = report.places().get(i);
      String id = view.placeId(i);
      out.println((id == null ? "" : "[" + id + "] ") + SafeText.escape(place.label()));
      for (Link link : place.links()) {
        out.println("  linked by " + SafeText.escape(link.describe()));
      }
      RevealedValues.Revealed revealed = view.revealed(i);
      if (revealed != null && revealed.state() != RevealedValues.State.READ) {
        out.println("  values not shown: " + revealed.state().reason());
      }
      // A finding a line (the shared table rows), its excerpt under it when revealed.
      try (RowWriter<SubjectRows.FindingRow> rows = RowFormat.TABLE.open(findings, medium)) {
        for (int j = 0; j < place.findings().size(); j++) {
          StoredFinding f = place.findings().get(j);
          rows.row(new SubjectRows.FindingRow(f, revealed == null ? null : revealed.value(j)));
          String excerpt = SubjectTexts.excerpt(f, reveal);
          if (excerpt != null) {
            out.println("      … " + SafeText.escape(excerpt.replaceAll("\\s+", " ").strip())
                + " …");
          }
        }
      }
      out.println();
    }
    if (!report.query().isEmpty()) {
      out.println(String.format(Locale.ROOT, "Places: %d in %d files; the subject's findings: %d%s",
        report.places().size(), report.fileCount(), report.findingCount(),
          report.found() ? " (" + SubjectTexts.perTypeLine(report) + ")" : ""));
    }
    for (Link link : report.followed()) {
      out.println("Followed: " + SafeText.escape(link.describe()));
    }
    for (String reason : report.notFollowed()) {
      out.println("Not followed: " + SafeText.escape(reason));
    }
    if (report.leftOut() > 0) {
      out.println("Left out: " + report.leftOut() + (report.leftOut() == 1 ? " place" : " places")
          + " where a correlated identifier stands beside another person's");
    }
    if (view.excluded() > 0 || view.isCase()) {
      out.println("Excluded: " + SubjectTexts.excluded(view));
    }
    if (!view.since().isEmpty()) {
      out.println();
      out.println("Since the earlier runs of case " + SafeText.escape(view.caseId()) + ": "
          + SubjectTexts.sinceLine(view));
      try (RowWriter<PlaceChange> rows =
          RowFormat.TABLE.open(SubjectRows.changes(view, ""), medium)) {
        for (PlaceChange c : view.since()) {
          rows.row(c);
        }
      }
    }
    out.println("Searched " + report.findingsSearched() + " findings at "
        + SubjectTexts.time(report.generated(), view.zone()));
    medium.close();
  }
}
